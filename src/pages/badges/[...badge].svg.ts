import type { APIRoute } from 'astro';
import { model } from '../../model/current.ts';
import { badgeSvg, badges } from '../../outputs/badges.ts';

const all = badges(model);

export function getStaticPaths() {
  return all.map((badge) => ({ params: { badge: badge.name } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(badgeSvg(all.find((b) => b.name === params['badge'])!), { headers: { 'Content-Type': 'image/svg+xml' } });
