import type { APIRoute } from 'astro';
import type { Badge } from '../../outputs/badges.ts';
import { model } from '../../model/current.ts';
import { badgeSvg, badges } from '../../outputs/badges.ts';

const all = badges(model);

export function getStaticPaths() {
  // Each path carries its badge: no page looks it up among all of them.
  return all.map((badge) => ({ params: { badge: badge.name }, props: { badge } }));
}

export const GET: APIRoute<{ badge: Badge }> = ({ props }) =>
  new Response(badgeSvg(props.badge), { headers: { 'Content-Type': 'image/svg+xml' } });
