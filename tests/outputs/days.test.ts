/** /api/days.json: what the home page's day bars show, per component and day, unrounded. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DaysJson } from '../../src/outputs/days.ts';
import { TEST_SITES, type TestSite } from '../helpers/sites.ts';

const days = (site: TestSite) => JSON.parse(readFileSync(join(site.out, 'api/days.json'), 'utf8')) as DaysJson;

describe('/api/days.json', () => {
  it('lists the last 90 local days of every component, oldest first', () => {
    const sample = days(TEST_SITES.sample);
    expect(sample.asOf).toBe('2026-11-30T12:00:00.000Z');
    expect(sample.timeZone).toBe('Europe/Copenhagen');
    expect(sample.days).toHaveLength(90);
    expect([sample.days[0], sample.days.at(-1)]).toEqual(['2026-09-02', '2026-11-30']);
    expect(Object.keys(sample.components)).toEqual(['web-app', 'auth', 'api', 'imports', 'email', 'webhooks']);
    for (const list of Object.values(sample.components)) expect(list.map((entry) => entry.day)).toEqual(sample.days);
  });

  it('gives a day its worst state, unrounded uptime, minutes per state and incidents with links', () => {
    const sample = days(TEST_SITES.sample);
    const web = sample.components['web-app']!.find((entry) => entry.day === '2026-11-18')!;
    // 22 minutes of partial outage at weight 0.3 in a day of 1,440 minutes.
    expect(web).toEqual({
      day: '2026-11-18',
      level: 'partial',
      uptime: 100 * (1 - (0.3 * 22) / 1440),
      minutes: { major: 0, partial: 22, degraded: 0, maintenance: 0 },
      incidents: [{ title: 'Errors on the payments page', url: '/incidents/2026-11-18-payments-page-errors/' }],
      history: '/history/2026-11/#day-2026-11-18',
    });
    const signIn = sample.components['auth']!.find((entry) => entry.day === '2026-10-21')!;
    expect([signIn.level, signIn.uptime, signIn.minutes.degraded]).toEqual(['degraded', 100, 35]);
  });

  it('says an ongoing major outage today (fixture)', () => {
    const ongoing = days(TEST_SITES.ongoing);
    const today = ongoing.components['api']!.at(-1)!;
    expect(today).toMatchObject({ day: '2026-06-10', level: 'major', minutes: { major: 20 } });
    expect(today.incidents.map((incident) => incident.title)).toEqual(['API requests failing']);
  });
});
