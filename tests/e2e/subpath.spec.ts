import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SITES, origin } from './sites.ts';
import { expect, test } from './guards.ts';

test('a sub-path build has no broken internal link', async ({ request }) => {
  const site = SITES.subpath;
  const root = origin(site);
  const pages = readdirSync(site.out, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && file !== '404.html')
    .map((file) => root + relative('.', file).replace(/index\.html$/, ''));
  expect(pages.length).toBeGreaterThan(50);

  const html = new Map<string, string>();
  const broken: string[] = [];
  const checked = new Set<string>();
  const fetchPage = async (url: string) => {
    if (!html.has(url)) {
      const response = await request.get(url);
      if (!response.ok()) broken.push(`${url} → ${response.status()}`);
      html.set(url, response.ok() && (response.headers()['content-type'] ?? '').includes('html') ? await response.text() : '');
    }
    return html.get(url)!;
  };

  for (const page of pages) {
    const text = await fetchPage(page);
    for (const [, link] of text.matchAll(/(?:href|src)="([^"]+)"/g)) {
      const target = new URL(link!.replaceAll('&amp;', '&'), page);
      if (target.origin !== new URL(root).origin) continue;
      const key = `${page} → ${target.href}`;
      if (checked.has(key)) continue;
      checked.add(key);
      if (!target.pathname.startsWith(`${site.base}/`)) {
        broken.push(`${page} links outside the base: ${link}`);
        continue;
      }
      const targetText = await fetchPage(target.href.replace(/#.*$/, ''));
      if (target.hash && !targetText.includes(`id="${decodeURIComponent(target.hash.slice(1))}"`))
        broken.push(`${page} → missing anchor ${target.href}`);
    }
  }
  expect(broken).toEqual([]);
  expect(join(site.base, '/')).toBe('/status/');
});
