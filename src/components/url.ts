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
