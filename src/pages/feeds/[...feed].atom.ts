/** Atom 1.0 feeds, the same entries as the RSS ones (see src/lib/feeds.ts). */
import type { APIRoute } from 'astro';
import { Feed } from 'feed';
import { absoluteUrl } from '../../components/url.ts';
import { model } from '../../data/model.ts';
import { feeds as all } from '../../data/outputs.ts';

export function getStaticPaths() {
  return all.map((feed) => ({ params: { feed: feed.path.replace(/^feeds\//, '') } }));
}

export const GET: APIRoute = ({ params }) => {
  const definition = all.find((f) => f.path === `feeds/${params['feed']}`)!;
  const self = absoluteUrl(`${definition.path}.atom`);
  const feed = new Feed({
    id: self,
    title: definition.title,
    description: definition.description,
    link: absoluteUrl(),
    language: 'en',
    updated: definition.entries[0]?.updated ?? model.uptime.asOf,
    generator: 'Statusbook',
    copyright: model.site.name,
    feedLinks: { atom: self, rss: absoluteUrl(`${definition.path}.rss`) },
    author: { name: model.site.name, link: absoluteUrl() },
  });
  for (const entry of definition.entries) {
    feed.addItem({
      id: entry.id,
      title: entry.title,
      link: entry.link,
      date: entry.updated,
      published: entry.published,
      description: entry.summary,
      category: entry.categories.map((name) => ({ name, term: name })),
    });
  }
  return new Response(feed.atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
