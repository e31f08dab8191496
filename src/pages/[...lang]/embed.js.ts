/** The embeddable status notice, in each of the site's languages (see src/outputs/embed.ts). */
import type { APIRoute } from 'astro';
import { inEveryLanguage, model } from '../../model/current.ts';
import { embedScript } from '../../outputs/embed.ts';

/** The script in each of the site's languages. */
export const getStaticPaths = () => inEveryLanguage();

export const GET: APIRoute = ({ locals }) => {
  const root = locals.locale === model.site.locale ? '' : `${locals.locale}/`;
  return new Response(embedScript(locals.locale, root), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
