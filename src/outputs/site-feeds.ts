/**
 * Feeds, computed once per build and language from the model and shared by the RSS and
 * Atom endpoints; each language's entries link to that language's pages.
 */
import { absoluteUrl } from '../format/url.ts';
import { feeds as buildFeeds, type FeedDefinition } from './feeds.ts';
import { inEveryLanguage, model } from '../model/current.ts';
import type { Locale } from '../i18n/catalog.ts';

const built = new Map<Locale, FeedDefinition[]>();

/** The site's feeds in one of its languages. */
export function feedsIn(locale: Locale): FeedDefinition[] {
  let feeds = built.get(locale);
  if (!feeds) built.set(locale, (feeds = buildFeeds(model, (path) => absoluteUrl(path, locale), locale)));
  return feeds;
}

/** The feed endpoints' paths in every language; each path carries its feed, so no page looks it up among all of them. */
export function feedPaths() {
  return inEveryLanguage((locale) =>
    feedsIn(locale).map((feed) => ({ params: { feed: feed.path.replace(/^feeds\//, '') }, props: { feed } })),
  );
}
