import type { UptimeJson } from '../../src/outputs/api.ts';
import { SITES, origin } from './sites.ts';
import { expect, test } from './guards.ts';

const site = origin(SITES.sample);
const truncate = (uptime: number) => (Math.floor(uptime * 100 + 1e-9) / 100).toFixed(2);

test.describe('charts', () => {
  test('draw on the canvas', async ({ page }) => {
    await page.goto(`${site}reviews/2026-06/`, { waitUntil: 'networkidle' });
    const canvases = page.locator('canvas[data-chart]');
    await expect(canvases).toHaveCount(2);
    for (const canvas of await canvases.all()) {
      await expect
        .poll(() =>
          canvas.evaluate((element) => {
            const c = element as HTMLCanvasElement;
            const pixels = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
            let painted = 0;
            for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) painted++;
            return painted;
          }),
        )
        .toBeGreaterThan(1_000);
    }
  });

  test('hold the same numbers in their tables as uptime.json', async ({ page, request }) => {
    const json = (await (await request.get(`${site}api/uptime.json`)).json()) as UptimeJson;
    await page.goto(`${site}uptime/all/`);
    // The first chart is the uptime per month; the budget charts follow it.
    const rows = page.locator('.chart').first().locator('.chart__table tbody tr');
    await expect(rows).toHaveCount(json.months.length);
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('td')!.textContent!.trim()));
    expect(cells).toEqual(json.months.map((month) => `${truncate(month.uptime)}%`));
    // The chart draws from the same data as its table.
    const spec = JSON.parse((await page.locator('canvas[data-chart]').first().getAttribute('data-chart'))!) as {
      series: Array<{ data: number[] }>;
    };
    expect(spec.series[0]!.data.map((value) => `${value.toFixed(2)}%`)).toEqual(cells);
  });

  test('show the review month’s daily weighted downtime', async ({ page }) => {
    await page.goto(`${site}reviews/2026-06/`);
    const table = page.locator('.chart__table').first();
    await expect(table.locator('tbody tr')).toHaveCount(30);
    // 10 June: 2 major minutes on imports (weight 1) = 2.0.
    const tenth = table.locator('tbody tr').nth(9);
    await expect(tenth.locator('th')).toHaveText('10');
    await expect(tenth.locator('td')).toHaveText('2 min');
  });
});
