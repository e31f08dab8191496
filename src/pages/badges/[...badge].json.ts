import type { APIRoute } from 'astro';
import { model } from '../../model/current.ts';
import { badges, shieldsEndpoint } from '../../outputs/badges.ts';

const all = badges(model);

export function getStaticPaths() {
  return all.map((badge) => ({ params: { badge: badge.name } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(`${JSON.stringify(shieldsEndpoint(all.find((b) => b.name === params['badge'])!))}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
