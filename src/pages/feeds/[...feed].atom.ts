/** Atom 1.0 feeds, the same entries as the RSS ones (see src/outputs/feeds.ts). */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../../format/url.ts';
import { model } from '../../model/current.ts';
import { feeds as all } from '../../outputs/site-feeds.ts';
import { atomXml } from '../../outputs/feeds.ts';

export function getStaticPaths() {
  return all.map((feed) => ({ params: { feed: feed.path.replace(/^feeds\//, '') } }));
}

export const GET: APIRoute = ({ params }) => {
  const definition = all.find((f) => f.path === `feeds/${params['feed']}`)!;
  const links = {
    self: absoluteUrl(`${definition.path}.atom`),
    site: absoluteUrl(),
    author: model.site.name,
    updated: model.uptime.asOf,
  };
  return new Response(atomXml(definition, links), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
