/**
 * `dist/_headers`, read by Netlify and Cloudflare Pages (other hosts: docs/publishing.md).
 * Status data is read across origins (widgets, dashboards, Statuspage clients), so the API,
 * feeds, badges and calendar allow any origin; HTML and JSON are cached for a minute, so a
 * CDN never serves an outage as green for long; assets with hashed names for a year; the
 * logo and favicon, whose names never change, for a day; embed.js, which a deploy may change
 * under the same name, for five minutes; robots.txt for an hour.
 * No path gets Cache-Control from two rules: both hosts join repeated headers with a comma.
 */

/** How long each kind of file may be cached, in seconds. */
export const CACHE_SECONDS = {
  page: 60,
  data: 60,
  feed: 300,
  badge: 300,
  calendar: 900,
  asset: 31_536_000,
  image: 86_400,
  script: 300,
  robots: 3_600,
} as const;

interface Rule {
  path: string;
  headers: Record<string, string>;
}

/**
 * The rules for a site served under `base` (e.g. `/status`).
 *
 * @example
 * headerRules('/').find((rule) => rule.path === '/api/*')?.headers['Access-Control-Allow-Origin'] //=> '*'
 */
export function headerRules(base: string, languages: readonly string[] = []): Rule[] {
  const root = base.replace(/\/?$/, '/');
  // Pages, feeds and embed.js exist in each language: the default's at the root, the others' under /<code>/.
  const roots = [root, ...languages.map((code) => `${root}${code}/`)];
  const cache = (seconds: number, extra = ', must-revalidate') => `public, max-age=${seconds}${extra}`;
  const shared = { 'Access-Control-Allow-Origin': '*' };
  return [
    { path: `${root}*`, headers: { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin' } },
    ...roots.flatMap((at) =>
      ['', 'incidents/*', 'history/*', 'reviews/*', 'reports/*', 'uptime/*', 'subscribe/*', 'groups/*', '404.html'].map(
        (path) => ({ path: `${at}${path}`, headers: { 'Cache-Control': cache(CACHE_SECONDS.page) } }),
      ),
    ),
    { path: `${root}api/*`, headers: { ...shared, 'Cache-Control': cache(CACHE_SECONDS.data) } },
    ...roots.map((at) => ({ path: `${at}feeds/*`, headers: { ...shared, 'Cache-Control': cache(CACHE_SECONDS.feed) } })),
    { path: `${root}badges/*`, headers: { ...shared, 'Cache-Control': cache(CACHE_SECONDS.badge) } },
    { path: `${root}maintenance.ics`, headers: { ...shared, 'Cache-Control': cache(CACHE_SECONDS.calendar) } },
    { path: `${root}_astro/*`, headers: { 'Cache-Control': cache(CACHE_SECONDS.asset, ', immutable') } },
    // The logo was checked for scripts; if one slipped through, a browser opening it still runs none.
    {
      path: `${root}logo.svg`,
      headers: {
        'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
        'Cache-Control': cache(CACHE_SECONDS.image),
      },
    },
    // One path each: a splat inside a name (`logo.*`) is not read the same way by every host.
    ...['logo.png', 'logo.webp', 'favicon.svg'].map((path) => ({
      path: `${root}${path}`,
      headers: { 'Cache-Control': cache(CACHE_SECONDS.image) },
    })),
    ...roots.map((at) => ({ path: `${at}embed.js`, headers: { 'Cache-Control': cache(CACHE_SECONDS.script) } })),
    { path: `${root}robots.txt`, headers: { 'Cache-Control': cache(CACHE_SECONDS.robots) } },
  ];
}

/** The `_headers` file: a path line, then its headers indented by two spaces. */
export function headersFile(base: string, languages: readonly string[] = []): string {
  const lines = ['# Written by Statusbook (src/outputs/headers.ts); see docs/publishing.md for other hosts.'];
  for (const rule of headerRules(base, languages)) {
    lines.push(rule.path, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`));
  }
  return `${lines.join('\n')}\n`;
}
