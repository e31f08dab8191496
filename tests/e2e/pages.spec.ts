import type { Page } from '@playwright/test';
import { SITES, origin } from './sites.ts';
import { expect, test } from './guards.ts';

const site = origin(SITES.sample);

test.describe('each page type renders its key content', () => {
  test('home: banner with its instant, upcoming maintenance, folded groups, past incidents by day, company links', async ({
    page,
  }) => {
    await page.goto(site);
    await expect(page.getByRole('heading', { level: 1, name: 'Tallyfox status' })).toBeVisible();
    const banner = page.getByRole('region', { name: 'All systems operational' });
    await expect(banner).toContainText('As of 30 Nov 2026, 13:00 CET');
    const upcoming = page.getByRole('region', { name: 'Upcoming maintenance' });
    await expect(upcoming.getByRole('link', { name: 'Planned database maintenance' })).toBeVisible();
    await expect(upcoming).toContainText('starts 6 Dec 2026, 06:00 CET, ends 6 Dec 2026, 07:00 CET');
    await expect(upcoming).toContainText('Affects Web application, Public API, Bank and file imports');
    const components = page.getByRole('region', { name: 'Components' });
    await expect(components).toContainText('Uptime is the share of time a component worked');
    await expect(components.getByRole('link', { name: 'How we compute uptime' })).toHaveAttribute('href', '/uptime/#how');
    // All is well: every group is folded, and says so with its uptime.
    const summaries = components.locator('summary');
    await expect(summaries).toHaveText([
      /^Core\s*99\.99% uptime, 90 days\s*✓\s*Operational$/,
      /^Data\s*100\.00% uptime, 90 days\s*✓\s*Operational$/,
      /^Messaging\s*99\.99% uptime, 90 days\s*✓\s*Operational$/,
    ]);
    await expect(components.getByRole('heading', { level: 3 })).toHaveCount(0);
    for (const summary of await summaries.all()) await summary.click();
    await expect(components.getByRole('heading', { level: 3 })).toHaveText([
      'Web application',
      'Sign-in',
      'Public API',
      'Bank and file imports',
      'Email delivery',
      'Webhooks',
    ]);
    const key = components.getByRole('list', { name: /Colours of the day bars/ });
    await expect(key.getByRole('listitem')).toHaveText([
      'Operational',
      'Degraded performance',
      'Partial outage',
      'Major outage',
      'Maintenance',
      'Not tracked yet',
    ]);
    // The last seven days, newest first; all quiet.
    const past = page.getByRole('region', { name: 'Past incidents' });
    await expect(past.getByRole('heading', { level: 3 })).toHaveText([
      '30 Nov 2026',
      '29 Nov 2026',
      '28 Nov 2026',
      '27 Nov 2026',
      '26 Nov 2026',
      '25 Nov 2026',
      '24 Nov 2026',
    ]);
    await expect(past.getByText('No incidents reported.')).toHaveCount(7);
    // The company's logo (served by the site) and links back.
    await expect(page.locator('.brand img')).toHaveAttribute('src', '/logo.svg');
    expect(await page.locator('.brand img').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    await expect(page.getByRole('link', { name: 'Tallyfox website' })).toHaveAttribute('href', 'https://tallyfox.example/');
    await expect(page.getByRole('link', { name: 'Contact support' })).toHaveAttribute('href', 'https://tallyfox.example/support');
  });

  test('home during a major outage: the banner counts and links, the incident is told once, groups open', async ({ page }) => {
    await page.goto(origin(SITES.ongoing));
    const banner = page.getByRole('region', { name: 'Major outage' });
    await expect(banner).toContainText('1 incident ongoing · As of 10 Jun 2026, 10:50 CEST');
    await expect(banner.getByRole('link', { name: '1 incident ongoing' })).toHaveAttribute('href', '#active');
    // The latest update is in "Happening now", not repeated in the banner.
    await expect(banner).not.toContainText('failing over');
    await expect(page.getByRole('region', { name: 'Happening now' })).toContainText('A database node is down');
    await expect(page.locator('details.group')).toHaveJSProperty('open', true);
    const past = page.getByRole('region', { name: 'Past incidents' });
    await expect(past.getByRole('region', { name: '10 Jun 2026' }).getByRole('link')).toHaveText(['API requests failing']);
    await expect(past.getByRole('region', { name: '9 Jun 2026' })).toContainText('No incidents reported.');
    await expect(past.getByRole('region', { name: '8 Jun 2026' }).getByRole('link')).toHaveText(['Emails delayed']);
  });

  test('incident: facts, components with their own windows, updates newest first, body', async ({ page }) => {
    await page.goto(`${site}incidents/2026-06-10-import-server-errors/`);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Server errors when importing files after a deployment' }),
    ).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: 'Major outage' })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: /^Resolved$/ })).toBeVisible();
    await expect(page.locator('time[datetime="2026-06-10T08:41:00.000Z"]').first()).toHaveText('10 Jun 2026, 10:41 CEST');
    await expect(page.getByRole('definition').filter({ hasText: '17 minutes' })).toBeVisible();
    const rows = page.getByRole('region', { name: 'Affected components' }).getByRole('row');
    await expect(rows.nth(1)).toContainText(['Bank and file imports']);
    await expect(rows.nth(1)).toContainText('10 Jun 2026, 10:43 CEST');
    await expect(rows.nth(2)).toContainText('Degraded performance');
    const updates = page.getByRole('region', { name: 'Updates' }).getByRole('listitem');
    await expect(updates).toHaveCount(3);
    await expect(updates.first()).toContainText('Resolved');
    await expect(updates.last()).toContainText('Identified');
    await expect(page.getByRole('link', { name: 'Read the post-mortem' })).toHaveAttribute(
      'href',
      'https://blog.tallyfox.example/2026/06/import-rollback',
    );
    await expect(page.getByRole('link', { name: 'the review of June 2026' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Details' })).toContainText('rolled the release back');
  });

  test('history: every month, and a month with its incidents by day and prev/next', async ({ page }) => {
    await page.goto(`${site}history/`);
    await expect(page.getByRole('row')).toHaveCount(12);
    await page.getByRole('link', { name: 'June 2026', exact: true }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'June 2026' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Read our review of June 2026/ })).toBeVisible();
    await expect(
      page.locator('#day-2026-06-10').getByRole('link', { name: 'Server errors when importing files after a deployment' }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: '← May 2026' })).toBeVisible();
    await page.getByRole('link', { name: 'July 2026 →' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'July 2026' })).toBeVisible();
    await expect(page.getByRole('link', { name: /computed report for July 2026/ })).toBeVisible();
  });

  test('review: the written review first, then headline, components, charts, prev/next', async ({ page }) => {
    await page.goto(`${site}reviews/2026-06/`);
    await expect(page.getByRole('heading', { level: 1, name: 'How Tallyfox performed in June 2026' })).toBeVisible();
    const figures = page.getByRole('region', { name: 'June 2026 in figures' });
    const figure = (term: string) => figures.getByRole('term').filter({ hasText: term }).locator('+ dd');
    await expect(figure('Average uptime')).toHaveText(/^\s*99\.98%\s*Target met \(99\.9% target\)\s*$/);
    // Downtime is major outage only; the minutes of each state say what the other incidents cost.
    await expect(figure('Downtime')).toHaveText(
      /^\s*2 minutes\s*4 minutes in May 2026 \(down 2 minutes\)\s*2 min major outage · 1 h 34 min partial outage · 3 h 47 min degraded performance · 45 min maintenance\s*$/,
    );
    await expect(figures).toContainText('Downtime is the time during which at least one component had a major outage');
    await expect(figure('Incidents')).toHaveText(/^\s*13\s*7 in May 2026 \(up 6\)\s*$/);
    await expect(figures.getByRole('row', { name: /Bank and file imports/ })).toContainText('2 minutes');
    // The written review lists its incidents itself: no second list by category.
    await expect(page.getByRole('region', { name: 'Incidents by category' })).toHaveCount(0);
    const sections = await page
      .locator('article > section')
      .evaluateAll((all) => all.map((section) => section.getAttribute('aria-labelledby')));
    expect(sections).toEqual(['review', 'figures', 'budget', 'charts']);
    await expect(page.locator('canvas')).toHaveCount(2);
    // The chart charts the headline's measure: its days add up to the 2 minutes of downtime.
    // (The data table is in a closed <details>, which role queries skip.)
    const downtime = page.locator('figure').filter({ hasText: 'Downtime per day in June 2026: minutes of major outage' });
    const perDay = (await downtime.locator('tbody td').allTextContents()).map((cell) => Number.parseFloat(cell));
    expect(perDay).toHaveLength(30);
    expect(perDay.reduce((sum, minutes) => sum + minutes, 0)).toBeCloseTo(2, 5);
    await expect(page.getByRole('region', { name: 'Review' })).toContainText(
      'up 99.98% of the time in June, above our target of 99.9%',
    );
    await expect(page.getByRole('link', { name: 'July 2026 →' })).toBeVisible();
  });

  test('history: incident titles month by month, filtered by component and by impact', async ({ page }) => {
    await page.goto(`${site}history/`);
    const august = page.getByRole('region', { name: 'August 2026' });
    await expect(august.getByRole('link', { name: /^(?!August)/ })).toHaveText(['API unavailable', 'API responding slowly']);
    await expect(page.getByRole('region', { name: 'October 2026' })).toContainText('Slow sign-in');
    const filters = page.getByRole('navigation', { name: 'Filter the history' });
    await expect(filters.getByRole('link', { name: 'All incidents' })).toHaveAttribute('aria-current', 'page');
    await filters.getByRole('link', { name: 'Public API' }).click();
    await expect(page).toHaveURL(/\/history\/components\/api\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Incident history: Public API' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'August 2026' }).getByRole('link', { name: /^API/ })).toHaveCount(2);
    await expect(page.getByRole('region', { name: 'September 2026' })).toContainText('No incidents reported.');
    await page.getByRole('navigation', { name: 'Filter the history' }).getByRole('link', { name: 'Major outage' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Incident history: Major outage' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'August 2026' }).getByRole('link', { name: /^(?!August)/ })).toHaveText([
      'API unavailable',
    ]);
    await expect(page.getByRole('region', { name: 'November 2026' })).toContainText('No incidents reported.');
  });

  test('reviews: the index marks generated reports, and a month without a review gets one', async ({ page }) => {
    await page.goto(`${site}reviews/`);
    await expect(page.getByRole('row', { name: /June 2026/ })).toContainText('How Tallyfox performed in June 2026');
    await expect(page.getByRole('row', { name: /July 2026/ })).toContainText('Generated report');
    await page.getByRole('link', { name: 'July 2026' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'July 2026: computed report' })).toBeVisible();
    await expect(page.getByText(/This report was generated/)).toBeVisible();
  });

  test('uptime: a component × month table for 12 months, and all months', async ({ page }) => {
    await page.goto(`${site}uptime/`);
    await expect(page.getByRole('heading', { level: 1, name: 'Uptime, last 12 months' })).toBeVisible();
    const table = page.getByRole('table', { name: /newest first/ });
    await expect(table.getByRole('columnheader')).toHaveText([
      'Month',
      'Web application',
      'Sign-in',
      'Public API',
      'Bank and file imports',
      'Email delivery',
      'Webhooks',
      'Average',
    ]);
    await expect(
      table
        .getByRole('row', { name: /February 2026/ })
        .getByRole('cell')
        .nth(5),
    ).toHaveText('–');
    await page.getByRole('link', { name: /Show all/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Uptime, every month' })).toBeVisible();
  });

  test('404: says so and links home', async ({ page }) => {
    const response = await page.goto(`${site}no-such-page/`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Current status' })).toHaveAttribute('href', '/');
  });
});

test.describe('JavaScript only where a chart is shown', () => {
  const withoutCharts = [
    'incidents/2026-06-10-import-server-errors/',
    'history/',
    'history/2026-06/',
    'reviews/',
    'reports/2026-06/',
    'api/',
    'no-such-page/',
  ];
  for (const path of withoutCharts) {
    test(`/${path} loads no script`, async ({ page }) => {
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(request.url());
      });
      await page.goto(site + path);
      await expect(page.locator('script')).toHaveCount(0);
      expect(scripts).toEqual([]);
    });
  }

  test('the home page has only the small inline script of the bars popover', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(site, { waitUntil: 'networkidle' });
    expect(scripts).toEqual([]);
    const inline = page.locator('script');
    await expect(inline).toHaveCount(1);
    expect((await inline.textContent())!.length).toBeLessThan(4_000);
  });

  test('a review page loads its chart script from the site itself', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${site}reviews/2026-06/`, { waitUntil: 'networkidle' });
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script.startsWith(site)).toBe(true);
  });
});

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  // Every page type, with folded groups and chart tables opened.
  const paths = [
    '',
    'incidents/2026-06-10-import-server-errors/',
    'incidents/2026-11-18-payments-page-errors/',
    'history/',
    'history/2026-06/',
    'history/components/imports/',
    'history/impacts/degraded/',
    'reviews/',
    'reviews/2026-06/',
    'reviews/2026-07/',
    'reports/2026-06/',
    'uptime/',
    'uptime/all/',
    'groups/messaging/',
    'api/',
    'subscribe/',
    'no-such-page/',
  ];
  const sideways = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  for (const path of paths) {
    test(`/${path} does not scroll sideways`, async ({ page }) => {
      await page.goto(site + path, { waitUntil: 'networkidle' });
      for (const details of await page.locator('details').all())
        await details.evaluate((d) => ((d as HTMLDetailsElement).open = true));
      expect(await sideways(page)).toBe(0);
    });
  }
  test("the home page during a major outage, with a day's popover open, does not scroll sideways", async ({ page }) => {
    await page.goto(origin(SITES.ongoing), { waitUntil: 'networkidle' });
    await page.locator('ol.bars').first().focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('End');
    await expect(page.locator('#bar-pop')).toBeVisible();
    expect(await sideways(page)).toBe(0);
  });
});
