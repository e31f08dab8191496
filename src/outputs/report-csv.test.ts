/**
 * The report CSV read back with a real CSV parser (csv-parse, strict RFC 4180 quoting):
 * quoting, CRLF, formula injection, and the same numbers as the report model.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildSiteModel } from '../model/site.ts';
import { slaReport } from '../model/reports.ts';
import { REPORT_CSV_COLUMNS, csvField, reportCsv, safeText } from './report-csv.ts';
import { loadedContent, loadedIncident } from '../../tests/helpers/fixtures.ts';

const hostileName = 'Mail, "bulk"\nand transactional';
const content = loadedContent({
  site: { name: 'Tally, "fox"', timezone: 'UTC', uptimeTarget: 99.9 },
  components: [
    { id: 'web', name: 'Web app' },
    { id: 'mail', name: hostileName, target: 99.95 },
    { id: 'calc', name: '=HYPERLINK("https://evil.example","click")' },
    { id: 'plus', name: '+1 line' },
    { id: 'minus', name: '-2 lines' },
    { id: 'at', name: '@SUM(A1)' },
  ],
  incidents: [
    loadedIncident(
      {
        title: 'Mail stuck',
        impact: 'partial',
        start: '2026-06-04T10:00:00Z',
        end: '2026-06-04T11:16:00Z',
        components: ['mail'],
      },
      'mail-stuck',
    ),
    loadedIncident(
      { title: 'Web down', impact: 'major', start: '2026-06-10T08:00:00Z', end: '2026-06-10T08:30:00Z', components: ['web'] },
      'web-down',
    ),
  ],
});
const model = buildSiteModel(content, new Date('2026-07-01T00:00:00Z'));
const csv = reportCsv(slaReport(model, '2026-06')!);
const records = parse(csv, { columns: true, record_delimiter: '\r\n' }) as Array<Record<string, string>>;
const row = (id: string) => records.find((record) => record['scope'] === 'component' && record['id'] === id)!;

describe('reportCsv', () => {
  it('writes a header, the site first, then one row per component, every line ending in CRLF', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(REPORT_CSV_COLUMNS.join(','));
    expect(csv.replace(/\r\n/g, '').replace(/"[^"]*(?:""[^"]*)*"/g, '')).not.toMatch(/[\r\n]/);
    expect(records.map((record) => [record['scope'], record['id']])).toEqual([
      ['site', ''],
      ['component', 'web'],
      ['component', 'mail'],
      ['component', 'calc'],
      ['component', 'plus'],
      ['component', 'minus'],
      ['component', 'at'],
    ]);
  });

  it('quotes a name holding a comma, a quote and a newline, and the parser gets it back whole', () => {
    expect(csv).toContain('"Mail, ""bulk""\nand transactional"');
    expect(row('mail')['name']).toBe(hostileName);
    expect(records[0]!['name']).toBe('Tally, "fox"');
  });

  it('puts a quote before a name a spreadsheet would run as a formula', () => {
    expect(row('calc')['name']).toBe('\'=HYPERLINK("https://evil.example","click")');
    expect(row('plus')['name']).toBe("'+1 line");
    expect(row('minus')['name']).toBe("'-2 lines");
    expect(row('at')['name']).toBe("'@SUM(A1)");
    expect(row('web')['name']).toBe('Web app');
  });

  it('writes the numbers unrounded, with what the page shows beside them', () => {
    // Web: 30 min major of 43,200 → uptime 100 × (1 − 30 / 43,200) = 99.930555…; 30 of 43.2 minutes = 69.4%.
    expect(row('web')).toMatchObject({
      month: '2026-06',
      target: '99.9',
      minutes: '43200',
      uptime_shown: '99.93%',
      downtime_minutes: '30',
      weighted_downtime_minutes: '30',
      incidents: '1',
      maintenances: '0',
      budget_used_shown: '69%',
      overspent: 'false',
    });
    expect(Number(row('web')['uptime'])).toBeCloseTo(99.930555556, 8);
    expect(Number(row('web')['budget_allowed_minutes'])).toBeCloseTo(43.2, 9);
    expect(Number(row('web')['budget_remaining_minutes'])).toBeCloseTo(13.2, 9);
    // Mail: 76 min × 0.3 = 22.8 of (1 − 0.9995) × 43,200 = 21.6 → 105%, overspent; a negative remainder is a number, not a formula.
    expect(row('mail')).toMatchObject({ target: '99.95', downtime_minutes: '0', budget_used_shown: '105%', overspent: 'true' });
    expect(Number(row('mail')['weighted_downtime_minutes'])).toBeCloseTo(22.8, 9);
    expect(Number(row('mail')['budget_remaining_minutes'])).toBeCloseTo(-1.2, 9);
    expect(row('mail')['budget_remaining_minutes']).toMatch(/^-1\.2/);
  });

  it('gives the site its mean uptime and the union of major-outage minutes', () => {
    // (30 + 22.8 + 0 × 4) / 6 = 8.8 weighted minutes; 8.8 / 43.2 = 20.37% → 20%.
    const site = records[0]!;
    expect(site).toMatchObject({
      name: 'Tally, "fox"',
      target: '99.9',
      downtime_minutes: '30',
      incidents: '2',
      budget_used_shown: '20%',
    });
    expect(Number(site['weighted_downtime_minutes'])).toBeCloseTo(8.8, 9);
    expect(Number(site['uptime'])).toBeCloseTo(99.97962963, 8);
  });

  it('leaves the budget cells empty without a target', () => {
    const untargeted = buildSiteModel(
      loadedContent({ site: { timezone: 'UTC' }, components: [{ id: 'web', name: 'Web app' }], incidents: [] }),
      new Date('2026-06-15T00:00:00Z'),
    );
    const [site] = parse(reportCsv(slaReport(untargeted, '2026-06')!), { columns: true }) as Array<Record<string, string>>;
    expect(site).toMatchObject({ target: '', budget_allowed_minutes: '', budget_used: '', overspent: '', uptime: '100' });
  });
});

describe('csvField and safeText', () => {
  it('quote only what RFC 4180 requires, and mark formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a\rb')).toBe('"a\rb"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(safeText('\tTab')).toBe("'\tTab");
    expect(safeText('\rCR')).toBe("'\rCR");
    expect(safeText('Sign-in')).toBe('Sign-in');
  });
});
