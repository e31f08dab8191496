/** RSS 2.0 feeds: incidents, reviews, and one per component (see src/outputs/feeds.ts). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../../../format/url.ts';
import { feedPaths } from '../../../outputs/site-feeds.ts';
import type { FeedDefinition } from '../../../outputs/feeds.ts';

export const getStaticPaths = feedPaths;

export const GET: APIRoute<{ feed: FeedDefinition }> = ({ props, locals }) => {
  const { locale } = locals;
  const feed = props.feed;
  return rss({
    title: feed.title,
    description: feed.description,
    site: absoluteUrl('', locale),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${locale}</language><atom:link href="${absoluteUrl(`${feed.path}.rss`, locale)}" rel="self" type="application/rss+xml"/>`,
    items: feed.entries.map((entry) => ({
      title: entry.title,
      link: entry.link,
      // The entry's last change, so readers see an incident move when it gets an update.
      pubDate: entry.updated,
      description: entry.summary,
      categories: entry.categories,
      // An update's guid is its id (`<slug>-<n>`), not the incident's URL it links to.
      ...(entry.guid ? { customData: `<guid isPermaLink="false">${entry.guid}</guid>` } : {}),
    })),
  });
};
