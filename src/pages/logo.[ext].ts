/** `/logo.svg` (or .png, .webp): the logo site.yaml names, checked by the content check (input/logo.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentDirectory } from '../input/environment.ts';
import { logoType } from '../input/logo.ts';
import { model } from '../model/current.ts';

export const getStaticPaths = (() => {
  const logo = model.site.logo;
  return logo ? [{ params: { ext: logo.split('.').at(-1)! } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = () => {
  const logo = model.site.logo!;
  return new Response(readFileSync(join(contentDirectory(), logo)), { headers: { 'Content-Type': logoType(logo) } });
};
