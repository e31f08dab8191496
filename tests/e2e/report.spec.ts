/**
 * The printable SLA report in Chromium: the print layout (no site chrome, tables within the
 * A4 printable width) and the PDF Chromium makes of it (page count, a page per section,
 * whole tables), read back with unpdf.
 */
import { extractText } from 'unpdf';
import { SITES, origin } from './sites.ts';
import { expect, test } from './guards.ts';

const report = `${origin(SITES.sample)}reports/2026-06/`;
/** A4 is 210 mm wide; less the report's 15 mm margins, 180 mm at 96 CSS px per inch. */
const PRINTABLE_WIDTH = Math.floor((180 / 25.4) * 96); // 680 px

test.describe('the June 2026 SLA report in print', () => {
  test('leaves out the site’s header, navigation, skip link and footer', async ({ page }) => {
    await page.goto(report);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 1, name: 'SLA report: June 2026' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeHidden();
    await expect(page.getByRole('link', { name: 'Download as CSV' })).toBeHidden();
  });

  test('fits every table inside the A4 printable width, none scrolling', async ({ page }) => {
    await page.setViewportSize({ width: PRINTABLE_WIDTH, height: 1000 });
    await page.goto(report);
    await page.emulateMedia({ media: 'print' });
    const tables = await page.locator('table').evaluateAll((all) =>
      all.map((table) => ({
        scrollWidth: table.scrollWidth,
        clientWidth: table.clientWidth,
        right: table.getBoundingClientRect().right,
        wrapScrolls: table.parentElement!.scrollWidth > table.parentElement!.clientWidth,
      })),
    );
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      expect(table.scrollWidth).toBeLessThanOrEqual(table.clientWidth);
      expect(table.right).toBeLessThanOrEqual(PRINTABLE_WIDTH);
      expect(table.wrapScrolls).toBe(false);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PRINTABLE_WIDTH);
  });

  test('prints on A4 as a page per section, each table whole on one page', async ({ page }) => {
    await page.goto(report);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    const { totalPages, text } = await extractText(new Uint8Array(pdf), { mergePages: false });
    // Summary, components, what spent the budget, how it is computed: four sections, each from a new page.
    expect(totalPages).toBeGreaterThanOrEqual(4);
    expect(totalPages).toBeLessThanOrEqual(6);
    const pages = text.map((t) => t.replace(/\s+/g, ' '));
    expect(pages[0]).toContain('SLA report: June 2026');
    expect(pages[0]).toContain('Summary');
    expect(pages[0]).toContain('5 of 43 minutes, 88% left');
    expect(pages[0]).not.toContain('Components');
    for (const hidden of ['Skip to content', 'Monthly reviews', 'Subscribe', 'Maintenance calendar'])
      expect(pages.join(' '), hidden).not.toContain(hidden);
    // The component table starts a page and ends on it: every row, with its last column.
    const table = pages.findIndex((t) => t.trimStart().startsWith('Components'));
    expect(table).toBe(1);
    for (const cell of ['Web application', 'Webhooks', 'Error budget used', '23 of 43 minutes (52%)', '47% left'])
      expect(pages[table], cell).toContain(cell);
    expect(pages.findIndex((t) => t.trimStart().startsWith('What spent the budget'))).toBe(2);
    expect(pages.findIndex((t) => t.includes('How we compute these figures'))).toBeGreaterThan(2);
  });
});

test('the report’s CSV is served as text/csv', async ({ request }) => {
  const response = await request.get(`${origin(SITES.sample)}reports/2026-06.csv`);
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toMatch(/^text\/csv/);
  expect((await response.text()).split('\r\n')[0]).toMatch(/^month,scope,id,name,target,/);
});
