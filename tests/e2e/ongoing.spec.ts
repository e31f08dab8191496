import { SITES, origin } from './sites.ts';
import { expect, test } from './guards.ts';

test('the banner switches to the ongoing incident when the as-of instant falls inside it', async ({ page }) => {
  await page.goto(origin(SITES.ongoing));
  const banner = page.getByRole('region', { name: 'Major outage' });
  await expect(banner.getByRole('heading', { level: 2, name: 'Major outage' })).toBeVisible();
  await expect(banner.getByRole('link', { name: '1 incident ongoing' })).toBeVisible();
  const now = page.getByRole('region', { name: 'Happening now' });
  await expect(now.getByRole('link', { name: 'API requests failing' })).toBeVisible();
  await expect(now).toContainText(
    'Identified – A database node is down; we are failing over to the standby. (10 Jun 2026, 10:45 CEST)',
  );
  await expect(now.getByText('Ongoing')).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Upcoming maintenance' }).getByRole('link', { name: 'Database upgrade' }),
  ).toBeVisible();
  const components = page.getByRole('region', { name: 'Components' });
  await expect(components.getByRole('listitem').filter({ hasText: 'Public API' }).getByText('Major outage')).toBeVisible();
  await expect(
    components.getByRole('listitem').filter({ hasText: 'Web application' }).getByText('Degraded performance'),
  ).toBeVisible();
});

test('the ongoing incident page counts its duration so far', async ({ page }) => {
  await page.goto(`${origin(SITES.ongoing)}incidents/api-down/`);
  await expect(page.getByRole('definition').filter({ hasText: '20 minutes so far' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'Not yet' })).toBeVisible();
});
