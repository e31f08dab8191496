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
    const bar = page.getByRole('link', { name: '18 Nov 2026: 99.54% uptime, Errors on the payments page' });
    await expect(bar).toHaveCount(1);
    await expect(bar).toHaveAttribute('title', '18 Nov 2026: 99.54% uptime, Errors on the payments page');
    await expect(bar).toHaveAttribute('href', '/incidents/2026-11-18-payments-page-errors/');
    await expect(bars.last()).toHaveAccessibleName('30 Nov 2026: 100.00% uptime, no incidents');
    await expect(bars.first()).toHaveAccessibleName('2 Sept 2026: 100.00% uptime, no incidents');
  });

  test('are coloured by the day’s weighted downtime, and say it in words too', async ({ page }) => {
    const background = (title: string) =>
      page
        .locator(`.bars a[title^="${title}"]`)
        .first()
        .evaluate((a) => getComputedStyle(a).backgroundColor);
    // 18 Nov: 6.6 weighted minutes (partial); 30 Nov: none.
    await expect(page.locator('.bars a[title^="18 Nov 2026: 99.54%"]')).toHaveClass('bar-partial');
    await expect(page.locator('.bars a[title^="30 Nov 2026"]').first()).toHaveClass('bar-ok');
    expect(await background('18 Nov 2026: 99.54%')).not.toBe(await background('30 Nov 2026'));
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
