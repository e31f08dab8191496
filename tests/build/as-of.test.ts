/**
 * The sample built at instants around the payments incident (18 November, 14:05–14:27
 * local, "resolved" written for 14:27) and the December maintenance (announced 26 November
 * 12:00, runs 6 December 06:00–07:00): every page, feed and API document shows what had
 * happened by the instant, and nothing written for later (content contract, section 8).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import type { NextChangeJson, UptimeJson } from '../../src/outputs/api.ts';
import type { StatuspageApi } from '../../src/outputs/statuspage.ts';
import { copyFixture, runBuild, tempDir } from '../helpers/build.ts';
import { REPLAYS, type TestSite } from '../helpers/sites.ts';

const PAYMENTS = '2026-11-18-payments-page-errors';
const DATABASE = '2026-12-06-database-maintenance';
const read = (site: TestSite, path: string) => readFileSync(join(site.out, path), 'utf8');
const json = <T>(site: TestSite, path: string) => JSON.parse(read(site, path)) as T;
const text = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
const page = (site: TestSite, path: string) => text(read(site, `${path}/index.html`));
const incidents = (site: TestSite) => json<StatuspageApi['incidents']>(site, 'api/v2/incidents.json').incidents;
const maintenances = (site: TestSite) =>
  json<StatuspageApi['scheduledMaintenances']>(site, 'api/v2/scheduled-maintenances.json').scheduled_maintenances;
const november = (site: TestSite) => json<UptimeJson>(site, 'api/uptime.json').months.find((m) => m.month === '2026-11')!;
const parser = new Parser();
const feedEntry = async (site: TestSite, feed: 'rss' | 'atom', slug: string) => {
  const parsed = await parser.parseString(read(site, `feeds/incidents.${feed}`));
  return parsed.items.find((item) => item.link?.includes(slug));
};

describe('the payments incident at 14:06, before any update', () => {
  const site = REPLAYS.paymentsStarted;

  it('is unresolved, investigating, with no updates and last updated at its start', () => {
    const [unresolved] = json<StatuspageApi['unresolved']>(site, 'api/v2/incidents/unresolved.json').incidents;
    expect(unresolved?.id).toBe(PAYMENTS);
    expect(unresolved?.status).toBe('investigating');
    expect(unresolved?.incident_updates).toEqual([]);
    expect(unresolved?.updated_at).toBe('2026-11-18T14:05:00.000+01:00');
  });

  it('shows no end, no Public API window (it starts at 14:10) and no post-mortem, as summary.json', () => {
    const incidentPage = page(site, `incidents/${PAYMENTS}`);
    expect(incidentPage).toContain('Ended Not yet Duration 1 minute so far');
    expect(incidentPage).not.toContain('Planned end');
    expect(incidentPage).not.toContain('14:27');
    expect(incidentPage).toContain(
      'Affected components Component Impact From To Web application Partial outage 18 Nov 2026, 14:05 CET Ongoing',
    );
    expect(incidentPage).not.toContain('Public API');
    expect(incidentPage).not.toContain('post-mortem');
    expect(page(site, '')).toContain('Partial outage · Ongoing · 18 Nov 2026, 14:05 CET Affects Web application ');
    const summary = json<StatuspageApi['summary']>(site, 'api/v2/summary.json');
    expect(summary.components.find((c) => c.id === 'api')?.status).toBe('operational');
    expect(summary.incidents.map((i) => [i.id, i.resolved_at, i.components.map((c) => c.id)])).toEqual([
      [PAYMENTS, null, ['web-app']],
    ]);
    expect(read(site, 'feeds/updates/api.atom')).not.toContain(PAYMENTS);
  });

  it('says so on its page and counts one minute of partial outage', () => {
    expect(page(site, `incidents/${PAYMENTS}`)).toContain('Duration 1 minute so far');
    expect(page(site, `incidents/${PAYMENTS}`)).not.toContain('Updates');
    expect(november(site).components['web-app']).toMatchObject({ minutes: 25_326, partial: 1 });
  });
});

describe('the payments incident at 14:15, when "identified" is posted', () => {
  const site = REPLAYS.paymentsIdentified;

  it('shows "identified" everywhere and never the "resolved" written for 14:27', async () => {
    const api = incidents(site).find((i) => i.id === PAYMENTS)!;
    expect(api.status).toBe('identified');
    expect(api.incident_updates.map((u) => [u.id, u.status])).toEqual([
      [`${PAYMENTS}-2`, 'identified'],
      [`${PAYMENTS}-1`, 'investigating'],
    ]);
    expect(api.updated_at).toBe('2026-11-18T14:15:00.000+01:00');
    expect(api.resolved_at).toBeNull();
    const unresolved = json<StatuspageApi['unresolved']>(site, 'api/v2/incidents/unresolved.json').incidents;
    expect(unresolved.map((i) => i.id)).toEqual([PAYMENTS]);

    const incidentPage = page(site, `incidents/${PAYMENTS}`);
    expect(incidentPage).toContain('State Ongoing');
    expect(incidentPage).toContain('Ended Not yet Duration 10 minutes so far');
    expect(incidentPage).not.toContain('14:27');
    expect(incidentPage).not.toContain('post-mortem');
    expect(incidentPage).toContain('Identified · 18 Nov 2026, 14:15 CET');
    expect(incidentPage).not.toContain('the payments page works');
    for (const feed of ['rss', 'atom'] as const) {
      const entry = await feedEntry(site, feed, PAYMENTS);
      expect(entry?.title).toBe('[Ongoing] Errors on the payments page');
      expect(entry?.contentSnippet ?? entry?.content ?? entry?.summary).toContain('for 10 minutes so far');
      expect(read(site, `feeds/incidents.${feed}`)).not.toContain('the payments page works');
    }
    const atomEntry = /<entry>(?:(?!<\/entry>)[\s\S])*?payments-page-errors[\s\S]*?<\/entry>/.exec(
      read(site, 'feeds/incidents.atom'),
    )?.[0];
    expect(atomEntry).toContain('<updated>2026-11-18T13:15:00.000Z</updated>');
    expect(atomEntry).toContain('<published>2026-11-18T13:05:00.000Z</published>');
  });

  it('puts the banner at partial outage as of 14:15, and the latest visible update under "Happening now"', () => {
    expect(page(site, '')).toContain('Partial outage 1 incident ongoing · As of 18 Nov 2026, 14:15 CET');
    expect(page(site, '')).toContain(
      'Happening now Errors on the payments page Partial outage · Ongoing · 18 Nov 2026, 14:05 CET Affects Web application, Public API Identified – A release caused the errors.',
    );
    expect(json<StatuspageApi['status']>(site, 'api/v2/status.json').status.indicator).toBe('major');
  });

  it('counts 10 minutes of partial outage and 5 of degraded performance so far', () => {
    expect(november(site).components['web-app']).toMatchObject({ minutes: 25_335, partial: 10, degraded: 0 });
    expect(november(site).components['api']).toMatchObject({ partial: 0, degraded: 5 });
    // Mean of six components: web-app 100 × (1 − 0.3 × 10 / 25,335), email 100 × (1 − 0.3 × 8 / 25,335) (4 November), four at 100.
    expect(november(site).uptime).toBeCloseTo(99.9964476, 6);
  });

  it('hides the maintenance announced on 26 November', () => {
    expect(maintenances(site).map((m) => m.id)).not.toContain(DATABASE);
    expect(read(site, 'maintenance.ics')).not.toContain(DATABASE);
  });

  it('names the next change: the API component recovers at 14:20', () => {
    expect(json<NextChangeJson>(site, 'api/next-change.json')).toEqual({
      at: '2026-11-18T13:20:00.000Z',
      reason: `"Errors on the payments page" (${PAYMENTS}) stops affecting api`,
      asOf: '2026-11-18T13:15:00.000Z',
    });
  });
});

describe('the payments incident at 14:30, resolved', () => {
  const site = REPLAYS.paymentsResolved;

  it('is resolved at 14:27 after 22 minutes, with all three updates', () => {
    const api = incidents(site).find((i) => i.id === PAYMENTS)!;
    expect([api.status, api.resolved_at, api.updated_at]).toEqual([
      'resolved',
      '2026-11-18T14:27:00.000+01:00',
      '2026-11-18T14:27:00.000+01:00',
    ]);
    expect(api.incident_updates).toHaveLength(3);
    expect(json<StatuspageApi['unresolved']>(site, 'api/v2/incidents/unresolved.json').incidents).toEqual([]);
    expect(page(site, `incidents/${PAYMENTS}`)).toContain(
      'Ended 18 Nov 2026, 14:27 CET Duration 22 minutes Category Deployment rollback Post-mortem Read the post-mortem',
    );
    expect(november(site).components['web-app']).toMatchObject({ partial: 22 });
    expect(json<StatuspageApi['status']>(site, 'api/v2/status.json').status.indicator).toBe('none');
  });
});

describe('the December maintenance', () => {
  it('is upcoming from its announcement on, last updated then', () => {
    const site = REPLAYS.maintenanceAnnounced;
    const upcoming = json<StatuspageApi['upcoming']>(site, 'api/v2/scheduled-maintenances/upcoming.json').scheduled_maintenances;
    expect(upcoming.map((m) => [m.id, m.status, m.updated_at, m.scheduled_for, m.scheduled_until])).toEqual([
      [DATABASE, 'scheduled', '2026-11-26T12:00:00.000+01:00', '2026-12-06T06:00:00.000+01:00', '2026-12-06T07:00:00.000+01:00'],
    ]);
    expect(read(site, 'maintenance.ics')).toContain('DTSTAMP:20261126T110000Z');
    expect(read(site, 'maintenance.ics')).toContain('SEQUENCE:1\r\n');
    expect(read(site, 'maintenance.ics').endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('runs at 06:30, in progress for 30 minutes so far, planned to end at 07:00', async () => {
    const site = REPLAYS.maintenanceRunning;
    const active = json<StatuspageApi['active']>(site, 'api/v2/scheduled-maintenances/active.json').scheduled_maintenances;
    expect(active.map((m) => [m.id, m.status, m.resolved_at, m.scheduled_until])).toEqual([
      [DATABASE, 'in_progress', null, '2026-12-06T07:00:00.000+01:00'],
    ]);
    const maintenancePage = page(site, `incidents/${DATABASE}`);
    expect(maintenancePage).toContain('State In progress');
    expect(maintenancePage).toContain('Planned end 6 Dec 2026, 07:00 CET Duration 30 minutes so far');
    expect(maintenancePage).not.toContain('Ended');
    // The updates written ahead: "in progress" (06:00) is shown, "completed" (07:00) is not yet.
    expect(maintenancePage).toContain('The database upgrade has started.');
    expect(maintenancePage).not.toContain('The database upgrade is complete.');
    expect(active[0]?.incident_updates.map((u) => u.status)).toEqual(['in_progress', 'scheduled']);
    expect(active[0]?.updated_at).toBe('2026-12-06T06:00:00.000+01:00');
    expect(page(site, '')).toContain('Maintenance in progress 1 maintenance in progress · As of 6 Dec 2026, 06:30 CET');
    expect(page(site, '')).toContain('Happening now Planned database maintenance Maintenance · In progress');
    expect((await feedEntry(site, 'rss', DATABASE))?.title).toBe('[In progress] Planned database maintenance');
    expect(json<NextChangeJson>(site, 'api/next-change.json').at).toBe('2026-12-06T05:45:00.000Z');
  });
});

describe('a replay', () => {
  it('hides an incident that starts after its instant, printing the count (--as-of)', () => {
    const content = copyFixture('minimal');
    const incident = join(content, 'incidents/emails-queued.md');
    writeFileSync(
      incident,
      readFileSync(incident, 'utf8').replace(/2026-06-04T09:(\d\d):00\+02:00/g, '2099-12-04T09:$1:00+01:00'),
    );
    const out = join(tempDir(), 'dist');
    const result = runBuild({ content, out, now: '', args: ['--as-of', '2026-11-30T12:00:00Z', '--verbose'] });
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('Hidden as of 2026-11-30T13:00:00+01:00: 0 updates, 1 incident, 0 reviews.');
    expect(result.output).toMatch(/2099-12-04T09:12:00\+01:00 {2}incident emails-queued \(.*emails-queued\.md\)/);
    expect(() => readFileSync(join(out, 'incidents/emails-queued/index.html'))).toThrow();
  });

  it('refuses an instant that is not a date-time with an offset, building nothing', () => {
    for (const bad of ['yesterday', '2026-11-18', '1763471700', '2026-11-18T13:15:00', '9999-01-01T00:00:00Z']) {
      const result = runBuild({ content: copyFixture('minimal'), out: join(tempDir(), 'dist'), now: bad });
      expect(result.status, bad).toBe(1);
      expect(result.output).toMatch(/\(environment\) — STATUSBOOK_NOW — .* — write an ISO 8601 date-time with an offset/);
      expect(result.output).not.toMatch(/\n\s+at /);
    }
  });
});
