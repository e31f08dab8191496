/**
 * Content cannot put script into a reader's browser: the hostile fixture carries script tags,
 * event handlers, javascript: links and control characters in every text field. Every page
 * type opens with no dialog, no console error (guards.ts) and no script of the content run;
 * its javascript: links are gone.
 */
import { SITES, origin } from './sites.ts';
import { expect, test } from './guards.ts';

const PAGES = {
  home: '',
  'incident (Markdown body with raw HTML)': 'incidents/2026-06-04-hostile/',
  'ongoing incident': 'incidents/2026-06-20-ongoing/',
  maintenance: 'incidents/2026-06-25-maintenance/',
  'history index': 'history/',
  'history month': 'history/2026-06/',
  'history of a component': 'history/components/web-app/',
  'history of an impact': 'history/impacts/major/',
  'reviews index': 'reviews/',
  'review in Markdown': 'reviews/2026-06/',
  'review in MDX': 'reviews/2026-05/',
  uptime: 'uptime/',
  'all months': 'uptime/all/',
  'API index': 'api/',
  subscribe: 'subscribe/',
  'not found': 'no-such-page/',
};

for (const [name, path] of Object.entries(PAGES)) {
  test(`the ${name} page runs no script from content`, async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${origin(SITES.hostile)}${path}`);
    await page.waitForLoadState('networkidle');
    // Hover and open whatever content could hide a handler behind.
    for (const details of await page.locator('details').all())
      await details.evaluate((element) => ((element as HTMLDetailsElement).open = true));
    await page.mouse.move(10, 10);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(
      await page
        .locator(
          'a[href^="javascript:" i], [onerror], [onload], [ontoggle], [onmouseover], iframe, script:not([type="module"]):not([src])',
        )
        .count(),
    ).toBe(0);
  });
}

test('the incident page shows hostile text as text', async ({ page }) => {
  await page.goto(`${origin(SITES.hostile)}incidents/2026-06-04-hostile/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Errors <script>window.__pwned=1</script> ]]> and ]]> [31mred',
  );
  await expect(page.getByText('reset your password', { exact: true })).not.toHaveAttribute('href', /.+/);
});

test("a day's popover shows hostile titles as text, read from /api/days.json", async ({ page }) => {
  await page.goto(origin(SITES.hostile));
  const row = page.locator('ol.bars').first();
  await page.locator('details', { has: row }).evaluate((details) => ((details as HTMLDetailsElement).open = true));
  await row.locator('li[data-title^="4 Jun 2026"]').hover();
  const link = page.locator('#bar-pop').getByRole('link');
  await expect(link).toHaveText('Errors <script>window.__pwned=1</script> ]]> and ]]> [31mred');
  await expect(link).toHaveAttribute('href', '/incidents/2026-06-04-hostile/');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});
