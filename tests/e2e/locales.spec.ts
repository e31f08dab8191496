/**
 * Every shipped language, as its readers see it (section 10): axe finds nothing, no page
 * scrolls sideways at 320 px, and Arabic reads right to left, its day bars and their arrow
 * keys included.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { OTHER_LOCALES } from '../helpers/sites.ts';
import { SITES, origin } from './sites.ts';
import { expect, test } from './guards.ts';

const PAGES = ['', 'incidents/2026-06-10-import-server-errors/', 'reviews/2026-06/', 'uptime/', 'subscribe/', 'reports/2026-06/'];

const violations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(', ')}`,
  );

/** Opens folded groups and chart tables, so that they are checked too. */
const unfold = async (page: Page) => {
  for (const details of await page.locator('details').all())
    await details.evaluate((d) => ((d as HTMLDetailsElement).open = true));
};

for (const locale of OTHER_LOCALES) {
  test.describe(`/${locale}/`, () => {
    for (const path of PAGES) {
      test(`/${locale}/${path} has no axe violations and no sideways scroll at 320 px`, async ({ page }) => {
        await page.goto(`${origin(SITES.languages)}${locale}/${path}`, { waitUntil: 'networkidle' });
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await unfold(page);
        expect(await violations(page)).toEqual([]);
        await page.setViewportSize({ width: 320, height: 640 });
        await page.reload({ waitUntil: 'networkidle' });
        await unfold(page);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      });
    }
  });
}

test('the language switcher, folded under the current language, keeps the reader on the same page', async ({ page }) => {
  await page.goto(`${origin(SITES.languages)}de/reviews/2026-06/`, { waitUntil: 'networkidle' });
  const languages = page.getByRole('navigation', { name: 'Sprache' });
  await languages.locator('summary', { hasText: 'Deutsch' }).click();
  await languages.getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(`${origin(SITES.languages)}fr/reviews/2026-06/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  // Two languages are listed as they are, beside the menu.
  await page.goto(origin(SITES.danish), { waitUntil: 'networkidle' });
  await page.getByRole('navigation', { name: 'Sprog' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(`${origin(SITES.danish)}en/`);
});

test('the Danish site: home, incident and review pass axe in both languages', async ({ page }) => {
  for (const path of [
    '',
    'incidents/emails-queued/',
    'reviews/2026-06/',
    'en/',
    'en/incidents/emails-queued/',
    'en/reviews/2026-06/',
  ]) {
    await page.goto(origin(SITES.danish) + path, { waitUntil: 'networkidle' });
    await unfold(page);
    expect({ path, violations: await violations(page) }).toEqual({ path, violations: [] });
  }
});

test.describe('Arabic, right to left', () => {
  test('the page and its day bars run right to left', async ({ page }) => {
    await page.goto(`${origin(SITES.languages)}ar/`, { waitUntil: 'networkidle' });
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const row = page.locator('ol.bars').first();
    await row.evaluate((element) => element.closest('details')?.setAttribute('open', ''));
    const bars = row.locator(':scope > li');
    const oldest = (await bars.first().boundingBox())!;
    const newest = (await bars.last().boundingBox())!;
    // The oldest day is on the right, today on the left: time runs the way the page reads.
    expect(oldest.x).toBeGreaterThan(newest.x);
  });

  test('the left arrow key moves to the day drawn on the left, an older one in left-to-right pages, a newer one here', async ({
    page,
  }) => {
    await page.goto(`${origin(SITES.languages)}ar/`, { waitUntil: 'networkidle' });
    const row = page.locator('ol.bars').first();
    await row.evaluate((element) => element.closest('details')?.setAttribute('open', ''));
    await row.focus();
    // Focus opens today's popover; the right arrow goes back a day (drawn to the right of today).
    const current = () => row.locator(':scope > li.is-current').evaluate((bar) => [...bar.parentElement!.children].indexOf(bar));
    const today = await current();
    await page.keyboard.press('ArrowRight');
    expect(await current()).toBe(today - 1);
    await page.keyboard.press('ArrowLeft');
    expect(await current()).toBe(today);
    await expect(page.locator('#bar-pop')).toBeVisible();
  });
});
