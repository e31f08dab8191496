/**
 * `npm run screenshots`: home, an incident and the June 2026 review of the sample site,
 * at desktop and 375 px widths, in light and dark, into tests/screenshots/ (git-ignored).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from '../scripts/browser.ts';
import { ROOT } from './helpers/build.ts';
import { SITES, build, origin, serve } from './e2e/sites.ts';

const PAGES = [
  { name: 'home', path: '' },
  { name: 'incident', path: 'incidents/2026-06-10-import-server-errors/' },
  { name: 'review-2026-06', path: 'reviews/2026-06/' },
  { name: 'subscribe', path: 'subscribe/' },
];
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'mobile', width: 375, height: 812 },
];
const SCHEMES = ['light', 'dark'] as const;

const site = SITES.sample;
const out = join(ROOT, 'tests/screenshots');
mkdirSync(out, { recursive: true });
build(site);
const server = serve(site);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
try {
  await waitForServer(origin(site));
  for (const viewport of VIEWPORTS) {
    for (const colorScheme of SCHEMES) {
      const page = await browser.newPage({ viewport, colorScheme, reducedMotion: 'reduce' });
      for (const { name, path } of PAGES) {
        await page.goto(origin(site) + path, { waitUntil: 'networkidle' });
        const file = join(out, `${name}-${viewport.name}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}

async function waitForServer(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet: try again shortly.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer`);
}
