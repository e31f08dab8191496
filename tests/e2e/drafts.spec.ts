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

test.describe('scheduled content', () => {
  test('npm run dev shows scheduled updates and reviews, labelled with when they appear', async ({ page }) => {
    await page.goto(`${origin(SITES.dev)}incidents/2026-12-06-database-maintenance/`);
    const scheduled = page.getByRole('region', { name: /Scheduled updates/ });
    await expect(scheduled.getByText('Scheduled for 6 Dec 2026, 06:00 CET')).toBeVisible();
    await expect(scheduled.getByText('The database upgrade has started.')).toBeVisible();
    await page.goto(`${origin(SITES.dev)}reviews/2026-11/`);
    await expect(page.getByRole('heading', { level: 1, name: 'How Tallyfox performed in November 2026' })).toBeVisible();
    await expect(page.getByText(/Scheduled for 8 Dec 2026, 10:00 CET/)).toBeVisible();
  });

  test('npm run build leaves them out until their time', async ({ page }) => {
    await page.goto(`${origin(SITES.sample)}incidents/2026-12-06-database-maintenance/`);
    await expect(page.getByText('The database upgrade has started.')).toHaveCount(0);
    await expect(page.getByRole('region', { name: /Scheduled updates/ })).toHaveCount(0);
    await page.goto(`${origin(SITES.sample)}reviews/2026-11/`);
    await expect(page.getByRole('heading', { level: 1, name: 'November 2026: computed report' })).toBeVisible();
  });
});
