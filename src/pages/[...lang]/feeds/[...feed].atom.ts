/** Atom 1.0 feeds, the same entries as the RSS ones (see src/outputs/feeds.ts). */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../../../format/url.ts';
import { model } from '../../../model/current.ts';
import { feedPaths } from '../../../outputs/site-feeds.ts';
import type { FeedDefinition } from '../../../outputs/feeds.ts';
import { atomXml } from '../../../outputs/feeds.ts';

export const getStaticPaths = feedPaths;

export const GET: APIRoute<{ feed: FeedDefinition }> = ({ props, locals }) => {
  const { locale } = locals;
  const definition = props.feed;
  const links = {
    self: absoluteUrl(`${definition.path}.atom`, locale),
    site: absoluteUrl('', locale),
    author: model.site.name,
    updated: model.uptime.asOf,
    lang: locale,
  };
  return new Response(atomXml(definition, links), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
