/**
 * The sample's SLA report for June 2026 (built by tests/global-setup.ts as of
 * 2026-11-30T12:00:00Z): the CSV read with a real parser and the HTML page, both against a
 * hand calculation, and against uptime.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { UptimeJson } from '../../src/outputs/api.ts';
import { TEST_SITES } from '../helpers/sites.ts';

const out = TEST_SITES.sample.out;
const text = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
const read = (path: string) => readFileSync(join(out, path), 'utf8');

describe('the June 2026 SLA report of the sample', () => {
  let raw: string;
  let rows: Array<Record<string, string>>;
  let json: UptimeJson;
  const row = (id: string) => rows.find((r) => r['scope'] === 'component' && r['id'] === id)!;

  beforeAll(() => {
    raw = read('reports/2026-06.csv');
    rows = parse(raw, { columns: true, record_delimiter: '\r\n' }) as Array<Record<string, string>>;
    json = JSON.parse(read('api/uptime.json')) as UptimeJson;
  });

  it('has the site first, then the six components in components.yaml order, CRLF line ends', () => {
    expect(raw.split('\r\n').at(-1)).toBe('');
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(rows.map((r) => r['id'] || r['scope'])).toEqual(['site', 'web-app', 'auth', 'api', 'imports', 'email', 'webhooks']);
  });

  it('gives the site 5.0333 of 43.2 minutes: 11% of the budget', () => {
    // June is 30 days: 43,200 minutes; (1 − 0.999) × 43,200 = 43.2 allowed.
    // Weighted minutes: web-app 18 min partial × 0.3 = 5.4, imports 2 major, email 76 partial × 0.3 = 22.8, others 0;
    // the mean uptime spends (5.4 + 2 + 22.8) / 6 = 5.0333 minutes; 5.0333 / 43.2 = 11.65% → 11%; 38.1667 left.
    const site = rows[0]!;
    expect(site).toMatchObject({
      month: '2026-06',
      name: 'Tallyfox',
      target: '99.9',
      minutes: '43200',
      uptime_shown: '99.98%',
      downtime_minutes: '2',
      incidents: '13',
      maintenances: '1',
      budget_used_shown: '11%',
      overspent: 'false',
    });
    expect(Number(site['weighted_downtime_minutes'])).toBeCloseTo(30.2 / 6, 9);
    expect(Number(site['budget_allowed_minutes'])).toBeCloseTo(43.2, 9);
    expect(Number(site['budget_remaining_minutes'])).toBeCloseTo(43.2 - 30.2 / 6, 9);
    expect(Number(site['budget_used'])).toBeCloseTo(30.2 / 6 / 43.2, 9);
    expect(Number(site['uptime'])).toBeCloseTo(100 * (1 - 30.2 / 6 / 43_200), 9);
  });

  it('gives email 22.8 of 43.2 minutes (52%) and imports 2 (4%)', () => {
    // Email: 76 min partial × 0.3 = 22.8; uptime 100 × (1 − 22.8 / 43,200) = 99.9472… → 99.94%; 22.8 / 43.2 = 52.7% → 52%.
    expect(row('email')).toMatchObject({
      name: 'Email delivery',
      target: '99.9',
      minutes: '43200',
      uptime_shown: '99.94%',
      downtime_minutes: '0',
      weighted_downtime_minutes: '22.8',
      budget_used_minutes: '22.8',
      budget_used_shown: '52%',
      overspent: 'false',
    });
    expect(Number(row('email')['uptime'])).toBeCloseTo(99.947222222, 8);
    expect(Number(row('email')['budget_remaining_minutes'])).toBeCloseTo(20.4, 9);
    // Imports: 2 min major; 100 × (1 − 2 / 43,200) = 99.99537… → 99.99%; 2 / 43.2 = 4.6% → 4%.
    expect(row('imports')).toMatchObject({
      uptime_shown: '99.99%',
      downtime_minutes: '2',
      weighted_downtime_minutes: '2',
      incidents: '1',
      budget_used_shown: '4%',
    });
    expect(Number(row('imports')['uptime'])).toBeCloseTo(99.99537037, 8);
    expect(Number(row('imports')['budget_remaining_minutes'])).toBeCloseTo(41.2, 9);
  });

  it('has exactly the numbers of uptime.json', () => {
    const june = json.months.find((m) => m.month === '2026-06')!;
    expect(Number(rows[0]!['uptime'])).toBe(june.uptime);
    expect(Number(rows[0]!['budget_used_minutes'])).toBe(june.budget!.usedMinutes);
    for (const r of rows.slice(1)) {
      const own = june.components[r['id']!]!;
      expect(Number(r['uptime']), r['id']).toBe(own.uptime);
      expect(Number(r['budget_allowed_minutes']), r['id']).toBe(own.budget!.allowedMinutes);
      expect(Number(r['budget_used']), r['id']).toBe(own.budget!.used);
    }
  });

  it('shows the same numbers on /reports/2026-06/', () => {
    const page = text(read('reports/2026-06/index.html'));
    expect(page).toContain('SLA report: June 2026');
    expect(page).toContain('Average uptime 99.98% Target met (99.9% target)');
    expect(page).toContain('Downtime 2 minutes of major outage');
    expect(page).toContain('Incidents 13 1 maintenance');
    expect(page).toContain('Error budget used 11% 5 of 43 minutes, 88% left');
    expect(page).toContain('Email delivery 99.94% 99.9% 23 minutes 6 / 0 23 of 43 minutes (52%) 47% left');
    expect(page).toContain('Bank and file imports 99.99% 99.9% 2 minutes 1 / 0 2 of 43 minutes (4%) 95% left');
    // What spent the budget: the imports incident's 2 minutes, 2 / 43.2 = 4.6% → 4%.
    expect(page).toMatch(
      /Bank and file imports · 2 of 43 minutes Server errors when importing files after a deployment \( 10 Jun 2026 \): 2 minutes \(4% of the budget\)/,
    );
    expect(read('reports/2026-06/index.html')).toContain('href="/incidents/2026-06-10-import-server-errors/"');
    expect(read('reports/2026-06/index.html')).toContain('href="/reports/2026-06.csv"');
  });

  it('is linked from the month’s history and review pages', () => {
    for (const path of ['history/2026-06/index.html', 'reviews/2026-06/index.html']) {
      const html = read(path);
      expect(html, path).toContain('href="/reports/2026-06/"');
      expect(html, path).toContain('href="/reports/2026-06.csv"');
      expect(text(html), path).toContain('SLA report for June 2026 (printable) · CSV');
    }
  });

  it('has a report for May: 6.3167 of 44.64 minutes', () => {
    // May is 31 days: 44,640 minutes, (1 − 0.999) × 44,640 = 44.64 allowed.
    const [site] = parse(read('reports/2026-05.csv'), { columns: true }) as Array<Record<string, string>>;
    expect(Number(site!['budget_allowed_minutes'])).toBeCloseTo(44.64, 9);
    expect(Number(site!['budget_used_minutes'])).toBeCloseTo(6.316666667, 8);
    expect(site!['budget_used_shown']).toBe('14%'); // 6.3167 / 44.64 = 14.15%
  });
});
