/** Internal links under the configured `base` (e.g. `/status/`), so the site works under a sub-path. */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/**
 * A site-internal URL.
 *
 * @example
 * url('reviews/2026-06/') //=> '/status/reviews/2026-06/' when base is '/status'
 */
export function url(path = ''): string {
  return base + path.replace(/^\//, '');
}

/** An absolute URL on the published site (`site.url` in content/site.yaml, under `base`). */
export function absoluteUrl(path = ''): string {
  const site = import.meta.env.SITE;
  return site ? new URL(url(path), site).href : url(path);
}
