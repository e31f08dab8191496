import type { Locator, Page } from '@playwright/test';
import { SITES, origin } from './sites.ts';
import { expect, test } from './guards.ts';

/** A component's row of bars (the sample's groups are folded while all is well: open them first). */
async function row(page: Page, component: string): Promise<Locator> {
  const bars = page.locator(`ol.bars[aria-label^="${component}:"]`);
  const group = page.locator('details', { has: bars });
  if ((await group.count()) > 0 && !(await group.evaluate((details) => (details as HTMLDetailsElement).open))) {
    await group.locator('summary').click();
  }
  return bars;
}

/** A bar by the start of its sentence (its `data-title` once the script has run). */
const bar = (bars: Locator, sentence: string) => bars.locator(`li[data-title^="${sentence}"]`);
const colour = (element: Locator) => element.evaluate((node) => getComputedStyle(node).backgroundColor);
const keyColour = (page: Page, label: string) =>
  colour(
    page
      .getByRole('list', { name: /Colours of the day bars/ })
      .getByRole('listitem')
      .filter({ hasText: label })
      .locator('span'),
  );
const popover = (page: Page) => page.locator('#bar-pop');

test.describe('day bars', () => {
  test('are coloured by the worst state of the day, like the key: partial, degraded, operational (sample)', async ({ page }) => {
    await page.goto(origin(SITES.sample));
    const web = await row(page, 'Web application');
    await expect(web.locator('li')).toHaveCount(90);
    // 18 Nov: 22 minutes of partial outage on the web app.
    const partial = bar(web, '18 Nov 2026: Partial outage, 99.54% uptime (22 min partial outage).');
    await expect(partial).toHaveClass('bar-partial');
    expect(await colour(partial)).toBe(await keyColour(page, 'Partial outage'));
    // 21 Oct: 35 minutes of degraded sign-in, which weighs nothing: amber, not green.
    const signIn = await row(page, 'Sign-in');
    const degraded = bar(signIn, '21 Oct 2026: Degraded performance, 100.00% uptime (35 min degraded performance).');
    await expect(degraded).toHaveClass('bar-degraded');
    expect(await colour(degraded)).toBe(await keyColour(page, 'Degraded performance'));
    expect(await colour(degraded)).not.toBe(await keyColour(page, 'Operational'));
    // A quiet day is green (the bars' default: no class), like the key's "Operational".
    const quiet = bar(web, '30 Nov 2026: Operational, 100.00% uptime.');
    await expect(quiet).not.toHaveAttribute('class');
    expect(await colour(quiet)).toBe(await keyColour(page, 'Operational'));
  });

  test('show a maintenance day blue, and an ongoing major outage red today (fixture)', async ({ page }) => {
    await page.goto(origin(SITES.ongoing));
    const api = await row(page, 'Public API');
    const today = api.locator('li').last();
    await expect(today).toHaveClass('bar-major');
    await expect(today).toHaveAttribute('data-title', /^10 Jun 2026: Major outage, 96\.92% uptime \(20 min major outage\)\./);
    expect(await colour(today)).toBe(await keyColour(page, 'Major outage'));
    const web = await row(page, 'Web application');
    await expect(web.locator('li').last()).toHaveClass('bar-degraded');
    // 29 Mar: an hour of planned network maintenance (01:30 to 03:30 across the clock change) on the web app (weight 0: 100% uptime).
    const maintenance = bar(web, '29 Mar 2026: Maintenance, 100.00% uptime (60 min maintenance).');
    await expect(maintenance).toHaveClass('bar-maintenance');
    expect(await colour(maintenance)).toBe(await keyColour(page, 'Maintenance'));
  });

  test('open a popover by keyboard: the row is one stop, the arrows pick a day, Tab reaches its incidents', async ({ page }) => {
    await page.goto(origin(SITES.sample));
    const web = await row(page, 'Web application');
    await web.focus();
    await expect(popover(page)).toBeVisible();
    await expect(popover(page)).toHaveText('30 Nov 2026: Operational, 100.00% uptime.');
    for (let day = 0; day < 12; day++) await page.keyboard.press('ArrowLeft');
    await expect(popover(page)).toContainText('18 Nov 2026: Partial outage, 99.54% uptime (22 min partial outage).');
    const link = popover(page).getByRole('link', { name: 'Errors on the payments page' });
    await expect(link).toHaveAttribute('href', '/incidents/2026-11-18-payments-page-errors/');
    await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/incidents\/2026-11-18-payments-page-errors\/$/);
  });

  test('the keyboard reads every day of a row, Home and End jump, Escape closes', async ({ page }) => {
    await page.goto(origin(SITES.sample));
    const web = await row(page, 'Web application');
    await web.focus();
    const days = new Set<string>();
    for (let day = 0; day < 95; day++) {
      days.add((await popover(page).locator('strong').textContent()) ?? '');
      await page.keyboard.press('ArrowLeft');
    }
    expect(days.size).toBe(90);
    await expect(popover(page).locator('strong')).toHaveText('2 Sept 2026:');
    await page.keyboard.press('End');
    await expect(popover(page).locator('strong')).toHaveText('30 Nov 2026:');
    await page.keyboard.press('Escape');
    await expect(popover(page)).toBeHidden();
  });

  test('open a popover on hover', async ({ page }) => {
    await page.goto(origin(SITES.sample));
    const web = await row(page, 'Web application');
    await bar(web, '18 Nov 2026').hover();
    await expect(popover(page)).toContainText('18 Nov 2026: Partial outage');
    await expect(popover(page).getByRole('link', { name: 'Errors on the payments page' })).toBeVisible();
    // The pointer can move into the popover to follow its link.
    await popover(page).getByRole('link').hover();
    await expect(popover(page)).toBeVisible();
  });

  test('every interactive target around the bars is at least 24 × 24 px', async ({ page }) => {
    await page.goto(origin(SITES.sample));
    const rows = page.locator('ol.bars');
    for (const summary of await page.locator('summary').all()) await summary.click();
    // The bars themselves are not separate targets: one row is.
    await expect(page.locator('ol.bars a, ol.bars button, ol.bars [tabindex]')).toHaveCount(0);
    expect(await rows.count()).toBe(6);
    for (const each of await rows.all()) {
      const box = (await each.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(24);
      expect(box.width).toBeGreaterThanOrEqual(24);
    }
    for (const summary of await page.locator('summary').all()) {
      expect((await summary.boundingBox())!.height).toBeGreaterThanOrEqual(24);
    }
    await bar(rows.first(), '18 Nov 2026').hover();
    await expect(popover(page).getByRole('link')).toHaveCount(1);
    for (const link of await popover(page).getByRole('link').all()) {
      expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(24);
    }
  });
});

test.describe('day bars on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } });

  test('a tap opens the popover for that day, and its link leads to the incident', async ({ page }) => {
    await page.goto(origin(SITES.sample));
    const web = await row(page, 'Web application');
    // Narrow screens show the last 30 days.
    await expect(web.locator('li:visible')).toHaveCount(30);
    await bar(web, '18 Nov 2026').tap();
    await expect(popover(page)).toBeVisible();
    await expect(popover(page)).toContainText('18 Nov 2026: Partial outage, 99.54% uptime (22 min partial outage).');
    // The popover stays within the screen.
    const box = (await popover(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    // Another tap on another day moves it; a tap elsewhere closes it.
    await bar(web, '30 Nov 2026').tap();
    await expect(popover(page)).toHaveText('30 Nov 2026: Operational, 100.00% uptime.');
    await page.getByRole('heading', { level: 1 }).tap();
    await expect(popover(page)).toBeHidden();
    await bar(web, '18 Nov 2026').tap();
    await popover(page).getByRole('link', { name: 'Errors on the payments page' }).tap();
    await expect(page).toHaveURL(/\/incidents\/2026-11-18-payments-page-errors\/$/);
  });
});
