/**
 * `npm run screenshots`: the sample site's home (with a day's popover open), history,
 * an incident, the June 2026 review and SLA report, uptime and subscribe pages, and the home
 * page during an ongoing major outage (the `ongoing` fixture), the Danish fixture's home,
 * incident and review pages and the sample's Arabic home page, at 1280 and 375 px, in light
 * and dark, into tests/screenshots/ (git-ignored); and the SLA report as printed: its A4 PDF
 * and a PNG of print media at the A4 printable width.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from '../scripts/browser.ts';
import { ROOT } from './helpers/build.ts';
import { SITES, build, origin, serve, type Site } from './e2e/sites.ts';

/** `popover`: the component whose day popover is opened, `back` days before today (by keyboard). */
const PAGES: Array<{ name: string; site: Site; path: string; popover?: string; back?: number }> = [
  { name: 'home', site: SITES.sample, path: '' },
  { name: 'home-popover', site: SITES.sample, path: '', popover: 'Web application', back: 12 },
  { name: 'home-major-outage', site: SITES.ongoing, path: '', popover: 'Public API' },
  { name: 'history', site: SITES.sample, path: 'history/' },
  { name: 'incident', site: SITES.sample, path: 'incidents/2026-11-18-payments-page-errors/' },
  { name: 'review-2026-06', site: SITES.sample, path: 'reviews/2026-06/' },
  { name: 'report-2026-06', site: SITES.sample, path: 'reports/2026-06/' },
  { name: 'uptime', site: SITES.sample, path: 'uptime/' },
  { name: 'subscribe', site: SITES.sample, path: 'subscribe/' },
  // Section 10: a Danish site (its content partly translated) and the sample in Arabic, right to left.
  { name: 'da-home', site: SITES.danish, path: '' },
  { name: 'da-incident', site: SITES.danish, path: 'incidents/emails-queued/' },
  { name: 'da-review-2026-06', site: SITES.danish, path: 'reviews/2026-06/' },
  { name: 'ar-home', site: SITES.languages, path: 'ar/' },
  { name: 'ar-home-popover', site: SITES.languages, path: 'ar/', popover: 'Web application', back: 12 },
];
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'mobile', width: 375, height: 812 },
];
const SCHEMES = ['light', 'dark'] as const;

const sites = [...new Set(PAGES.map((page) => page.site))];
const out = join(ROOT, 'tests/screenshots');
mkdirSync(out, { recursive: true });
for (const site of sites) build(site);
const servers = sites.map(serve);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
try {
  for (const site of sites) await waitForServer(origin(site));
  for (const viewport of VIEWPORTS) {
    for (const colorScheme of SCHEMES) {
      const page = await browser.newPage({ viewport, colorScheme, reducedMotion: 'reduce' });
      for (const { name, site, path, popover, back = 0 } of PAGES) {
        await page.goto(origin(site) + path, { waitUntil: 'networkidle' });
        if (popover) {
          // Open its group (folded while all is well), then, as a keyboard user would, focus the
          // component's row of bars, which opens today's popover, and go back `back` days.
          const row = page.locator(`ol.bars[aria-label^="${popover}:"]`);
          await page.locator('details', { has: row }).evaluate((details) => ((details as HTMLDetailsElement).open = true));
          await row.focus();
          // Right to left, the older days are drawn to the right.
          const older = (await row.evaluate((r) => getComputedStyle(r).direction)) === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
          for (let day = 0; day < back; day++) await page.keyboard.press(older);
          await page.locator('#bar-pop').waitFor();
        }
        const file = join(out, `${name}-${viewport.name}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
      }
      await page.close();
    }
  }
  await printReport('report-2026-06', `${origin(SITES.sample)}reports/2026-06/`);
} finally {
  await browser.close();
  for (const server of servers) server.kill();
}

/** A report as printed: Chromium's A4 PDF, and print media at the printable width (180 mm) as a PNG. */
async function printReport(name: string, url: string): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 680, height: 962 }, colorScheme: 'light' });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.emulateMedia({ media: 'print' });
  const pdf = join(out, `${name}.pdf`);
  await page.pdf({ path: pdf, format: 'A4' });
  console.log(pdf);
  const png = join(out, `${name}-print-a4.png`);
  await page.screenshot({ path: png, fullPage: true });
  console.log(png);
  await page.close();
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
