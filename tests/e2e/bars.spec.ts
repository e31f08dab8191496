import { SITES, origin } from './sites.ts';
import { expect, test } from './guards.ts';

test.describe('day bars', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(origin(SITES.sample));
  });

  test('give the date, the uptime and the incidents in their name and tooltip', async ({ page }) => {
    const bars = page.getByRole('list', { name: 'Web application, uptime per day for the last 90 days' }).getByRole('link');
    await expect(bars).toHaveCount(90);
    // 18 Nov 2026: 22 minutes of partial outage, 0.3 × 22 = 6.6 weighted minutes of 1,440.
    const bar = page.getByRole('link', { name: '18 Nov 2026: Partial outage, 99.54% uptime, Errors on the payments page' });
    await expect(bar).toHaveCount(1);
    await expect(bar).toHaveAttribute('title', '18 Nov 2026: Partial outage, 99.54% uptime, Errors on the payments page');
    await expect(bar).toHaveAttribute('href', '/incidents/2026-11-18-payments-page-errors/');
    await expect(bars.last()).toHaveAccessibleName('30 Nov 2026: 100.00% uptime, no incidents');
    await expect(bars.first()).toHaveAccessibleName('2 Sept 2026: 100.00% uptime, no incidents');
  });

  test('are coloured by the worst state of the day, with a key, and say it in words too', async ({ page }) => {
    const bar = (title: string) => page.locator(`.bars a[title^="${title}"]`).first();
    const background = (title: string) => bar(title).evaluate((a) => getComputedStyle(a).backgroundColor);
    const key = (label: string) =>
      page
        .getByRole('list', { name: /Colours of the day bars/ })
        .getByRole('listitem')
        .filter({ hasText: label })
        .locator('span')
        .evaluate((swatch) => getComputedStyle(swatch).backgroundColor);
    // 18 Nov: 22 minutes of partial outage on the web app.
    await expect(bar('18 Nov 2026: Partial outage')).toHaveClass('bar-partial');
    expect(await background('18 Nov 2026: Partial outage')).toBe(await key('Partial outage'));
    // 21 Oct: 35 minutes of degraded sign-in, which weighs nothing: amber, not green.
    const signIn = page.getByRole('list', { name: /^Sign-in, uptime per day/ });
    await expect(signIn.locator('a[title^="21 Oct 2026: Degraded performance, 100.00% uptime, Slow sign-in"]')).toHaveClass(
      'bar-degraded',
    );
    expect(await signIn.locator('a[title^="21 Oct 2026"]').evaluate((a) => getComputedStyle(a).backgroundColor)).toBe(
      await key('Degraded performance'),
    );
    // A quiet day is green (the bars' default: no class), like the key's "Operational".
    await expect(bar('30 Nov 2026')).not.toHaveAttribute('class');
    expect(await background('30 Nov 2026')).toBe(await key('Operational'));
    expect(await background('30 Nov 2026')).not.toBe(await key('Degraded performance'));
  });

  test('show an ongoing major outage in red today, and a degraded day amber (fixture)', async ({ page }) => {
    await page.goto(origin(SITES.ongoing));
    const today = (component: string) =>
      page
        .getByRole('list', { name: new RegExp(`^${component}, uptime per day`) })
        .getByRole('link')
        .last();
    await expect(today('Public API')).toHaveClass('bar-major');
    await expect(today('Public API')).toHaveAccessibleName(/^10 Jun 2026: Major outage, /);
    await expect(today('Web application')).toHaveClass('bar-degraded');
    const red = await page.locator('.bars-key .bar-major').evaluate((swatch) => getComputedStyle(swatch).backgroundColor);
    expect(await today('Public API').evaluate((a) => getComputedStyle(a).backgroundColor)).toBe(red);
  });

  test('the keyboard reaches every bar', async ({ page }) => {
    const total = await page.locator('.bars a').count();
    expect(total).toBe(6 * 90);
    const reached = new Set<string>();
    await page.locator('.bars a').first().focus();
    for (let i = 0; i < total + 5; i++) {
      const name = await page.evaluate(() => {
        const element = document.activeElement;
        if (!element?.closest('.bars')) return null;
        return `${element.closest('.bars')!.getAttribute('aria-label')}|${element.getAttribute('title')}`;
      });
      if (name) reached.add(name);
      await page.keyboard.press('Tab');
    }
    expect(reached.size).toBe(total);
  });
});
