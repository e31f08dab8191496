/** Internal links under the configured `base` (e.g. `/status/`), so the site works under a sub-path. */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** The language of the pages at `/` (site.yaml's `locale`); the others are under `/<code>/`. */
const siteLocale = import.meta.env.STATUSBOOK_LOCALE ?? 'en';

/**
 * A site-internal URL, in a language of the site when given one (section 10).
 *
 * @example
 * url('reviews/2026-06/') //=> '/status/reviews/2026-06/' when base is '/status'
 * url('reviews/2026-06/', 'da') //=> '/da/reviews/2026-06/' when the site's own language is en
 */
export function url(path = '', locale?: string): string {
  const prefix = locale && locale !== siteLocale ? `${locale}/` : '';
  return base + prefix + path.replace(/^\//, '');
}

/** An absolute URL on the published site (`site.url` in content/site.yaml, under `base`). */
export function absoluteUrl(path = '', locale?: string): string {
  const site = import.meta.env.SITE;
  return site ? new URL(url(path, locale), site).href : url(path, locale);
}

/**
 * A page's path within its language, from the path it is served at: what `url(path, locale)`
 * turns back into the same page in another language.
 *
 * @example
 * pathInLanguage('/status/da/reviews/2026-06/', 'da') //=> 'reviews/2026-06/' when base is '/status' and the site is in en
 */
export function pathInLanguage(pathname: string, locale: string): string {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  const prefix = locale === siteLocale ? '' : `${locale}/`;
  return rest.startsWith(prefix) ? rest.slice(prefix.length) : rest;
}
