import AxeBuilder from '@axe-core/playwright';
import { SITES, origin } from './sites.ts';
import { expect, test } from './guards.ts';

const PAGES = {
  home: '',
  incident: 'incidents/2026-06-10-import-server-errors/',
  'history index': 'history/',
  'history month': 'history/2026-06/',
  'history of a component': 'history/components/api/',
  'history of an impact': 'history/impacts/major/',
  'reviews index': 'reviews/',
  review: 'reviews/2026-06/',
  'generated report': 'reviews/2026-07/',
  'SLA report': 'reports/2026-06/',
  uptime: 'uptime/',
  'uptime, all months': 'uptime/all/',
  'a group': 'groups/core/',
  'API index': 'api/',
  subscribe: 'subscribe/',
  '404': 'no-such-page/',
};

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe in ${colorScheme} mode`, () => {
    test.use({ colorScheme });
    for (const [name, path] of Object.entries(PAGES)) {
      test(`${name} has no violations`, async ({ page }) => {
        await page.goto(origin(SITES.sample) + path, { waitUntil: 'networkidle' });
        // Open folded chart tables so they are checked too.
        for (const details of await page.locator('details').all())
          await details.evaluate((d) => ((d as HTMLDetailsElement).open = true));
        const results = await new AxeBuilder({ page }).analyze();
        expect(
          results.violations.map(
            (v) =>
              `${v.id}: ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 5)
                .join(', ')}`,
          ),
        ).toEqual([]);
      });
    }
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the ongoing-incident home page, with a day's popover open, has no violations in ${colorScheme} mode`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(origin(SITES.ongoing));
    await page.locator('ol.bars').first().focus();
    await expect(page.locator('#bar-pop')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
