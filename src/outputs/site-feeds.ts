/**
 * Feeds, computed once per build and language from the model and shared by the RSS and
 * Atom endpoints; each language's entries link to that language's pages.
 */
import { absoluteUrl } from '../format/url.ts';
import { feeds as buildFeeds, type FeedDefinition } from './feeds.ts';
import { model } from '../model/current.ts';
import type { Locale } from '../i18n/catalog.ts';

const built = new Map<Locale, FeedDefinition[]>();

/** The site's feeds in one of its languages. */
export function feedsIn(locale: Locale): FeedDefinition[] {
  let feeds = built.get(locale);
  if (!feeds) built.set(locale, (feeds = buildFeeds(model, (path) => absoluteUrl(path, locale), locale)));
  return feeds;
}
