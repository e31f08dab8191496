import { describe, expect, it } from 'vitest';
import { headersFile } from './headers.ts';

/** The rules of a `_headers` file, as Netlify and Cloudflare Pages read it. */
function parse(text: string): Array<{ path: string; headers: Map<string, string> }> {
  const rules: Array<{ path: string; headers: Map<string, string> }> = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!line.startsWith(' ')) rules.push({ path: line, headers: new Map() });
    else {
      const [name, ...value] = line.trim().split(': ');
      rules.at(-1)!.headers.set(name!, value.join(': '));
    }
  }
  return rules;
}

/** Splat matching: `*` matches the rest of the path. */
const matches = (rule: string, path: string) => (rule.endsWith('*') ? path.startsWith(rule.slice(0, -1)) : rule === path);

const headersFor = (text: string, path: string) => {
  const found = new Map<string, string[]>();
  for (const rule of parse(text).filter((r) => matches(r.path, path))) {
    for (const [name, value] of rule.headers) found.set(name, [...(found.get(name) ?? []), value]);
  }
  return found;
};

describe('headersFile', () => {
  const file = headersFile('/');

  it('lets any origin read the API, feeds, badges and calendar', () => {
    for (const path of [
      '/api/v2/summary.json',
      '/api/uptime.json',
      '/feeds/incidents.rss',
      '/badges/status.svg',
      '/maintenance.ics',
    ]) {
      expect(headersFor(file, path).get('Access-Control-Allow-Origin'), path).toEqual(['*']);
    }
    expect(headersFor(file, '/').get('Access-Control-Allow-Origin')).toBeUndefined();
  });

  it('caches pages and JSON for a minute, hashed assets for a year, each path by one rule', () => {
    expect(headersFor(file, '/').get('Cache-Control')).toEqual(['public, max-age=60, must-revalidate']);
    expect(headersFor(file, '/incidents/2026-06-10-import/').get('Cache-Control')).toEqual([
      'public, max-age=60, must-revalidate',
    ]);
    expect(headersFor(file, '/api/v2/status.json').get('Cache-Control')).toEqual(['public, max-age=60, must-revalidate']);
    expect(headersFor(file, '/_astro/Chart.abc123.js').get('Cache-Control')).toEqual(['public, max-age=31536000, immutable']);
    expect(headersFor(file, '/feeds/incidents.atom').get('Cache-Control')).toEqual(['public, max-age=300, must-revalidate']);
    for (const path of [
      '/',
      '/history/2026-06/',
      '/reviews/',
      '/reports/2026-06/',
      '/reports/2026-06.csv',
      '/uptime/all/',
      '/404.html',
      '/maintenance.ics',
      '/badges/x.svg',
    ]) {
      expect(headersFor(file, path).get('Cache-Control'), path).toHaveLength(1);
    }
  });

  it('caches the logo and favicon for a day, embed.js for five minutes and robots.txt for an hour, each by one rule', () => {
    const cacheOf = (path: string) => headersFor(file, path).get('Cache-Control');
    for (const path of ['/logo.svg', '/logo.png', '/logo.webp', '/favicon.svg']) {
      expect(cacheOf(path), path).toEqual(['public, max-age=86400, must-revalidate']);
    }
    expect(cacheOf('/embed.js')).toEqual(['public, max-age=300, must-revalidate']);
    expect(cacheOf('/robots.txt')).toEqual(['public, max-age=3600, must-revalidate']);
    expect(headersFor(headersFile('/status'), '/status/logo.svg').get('Cache-Control')).toEqual([
      'public, max-age=86400, must-revalidate',
    ]);
  });

  it('prefixes every rule with the base path', () => {
    const under = parse(headersFile('/status'));
    expect(under.every((rule) => rule.path.startsWith('/status/'))).toBe(true);
    expect(headersFor(headersFile('/status'), '/status/api/v2/summary.json').get('Access-Control-Allow-Origin')).toEqual(['*']);
  });
});
