import type { APIRoute } from 'astro';
import { model } from '../../data/model.ts';
import { badges, shieldsEndpoint } from '../../lib/badges.ts';

const all = badges(model);

export function getStaticPaths() {
  return all.map((badge) => ({ params: { badge: badge.name } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(`${JSON.stringify(shieldsEndpoint(all.find((b) => b.name === params['badge'])!))}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
