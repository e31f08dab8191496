import { SITES, origin } from './sites.ts';
import { expect, test } from './guards.ts';

test.describe('drafts', () => {
  test('npm run dev shows them with a visible draft label', async ({ page }) => {
    await page.goto(origin(SITES.dev));
    const drafts = page.getByRole('region', { name: /Drafts/ });
    await expect(drafts.getByRole('link', { name: 'Report exports delayed' })).toBeVisible();
    await expect(drafts.getByText('Draft', { exact: true })).toBeVisible();
    await drafts.getByRole('link', { name: 'Report exports delayed' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Draft\s+Report exports delayed/ })).toBeVisible();
    await expect(page.getByText(/shown only by npm run dev/)).toBeVisible();
  });

  test('npm run build leaves them out', async ({ page, request }) => {
    await page.goto(origin(SITES.sample));
    await expect(page.getByRole('region', { name: /Drafts/ })).toHaveCount(0);
    expect((await request.get(`${origin(SITES.sample)}incidents/2026-11-27-draft-report-delays/`)).status()).toBe(404);
  });
});
