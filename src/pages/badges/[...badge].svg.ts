import type { APIRoute } from 'astro';
import { model } from '../../data/model.ts';
import { badgeSvg, badges } from '../../lib/badges.ts';

const all = badges(model);

export function getStaticPaths() {
  return all.map((badge) => ({ params: { badge: badge.name } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(badgeSvg(all.find((b) => b.name === params['badge'])!), { headers: { 'Content-Type': 'image/svg+xml' } });
