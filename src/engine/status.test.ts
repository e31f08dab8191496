import { describe, expect, it } from 'vitest';
import { ANY, dayLevel, indexDays } from './days.ts';
import { currentStatus, latestUpdate } from './status.ts';
import { incidentMinutes, incidentState } from './incident.ts';
import { loadedIncident as loaded } from '../../tests/helpers/fixtures.ts';
const asOf = new Date('2026-06-10T12:00:00Z');

const api = loaded(
  {
    title: 'API down',
    impact: 'major',
    start: '2026-06-10T11:00:00Z',
    components: ['api', { id: 'web', impact: 'degraded' }],
    updates: [
      { at: '2026-06-10T11:05:00Z', status: 'investigating', body: 'Looking.' },
      { at: '2026-06-10T11:30:00Z', status: 'identified', body: 'Found it.' },
    ],
  },
  'api-down',
);
const upgrade = loaded(
  { title: 'Upgrade', impact: 'maintenance', start: '2026-06-12T06:00:00Z', end: '2026-06-12T07:00:00Z', components: ['db'] },
  'upgrade',
);
const running = loaded(
  {
    title: 'Patch',
    impact: 'maintenance',
    start: '2026-06-10T11:50:00Z',
    end: '2026-06-10T12:30:00Z',
    components: ['db', 'web'],
  },
  'patch',
);
const past = loaded(
  { title: 'Slow', impact: 'partial', start: '2026-06-09T23:30:00Z', end: '2026-06-10T00:30:00Z', components: ['web'] },
  'slow',
);

describe('currentStatus', () => {
  it('shows the worst ongoing incident with its latest update', () => {
    const status = currentStatus([api, upgrade, running, past], ['api', 'web', 'db'], asOf);
    expect(status.banner.state).toBe('major');
    expect(status.banner.incident?.slug).toBe('api-down');
    expect(status.banner.update?.body).toBe('Found it.');
    expect(Object.fromEntries(status.componentState)).toEqual({ api: 'major', web: 'degraded', db: 'maintenance' });
    expect(status.maintenanceInProgress.map((i) => i.slug)).toEqual(['patch']);
    expect(status.upcomingMaintenance.map((i) => i.slug)).toEqual(['upgrade']);
  });

  it('says maintenance when only maintenance runs, and operational otherwise', () => {
    expect(currentStatus([running, past], ['db'], asOf).banner.state).toBe('maintenance');
    expect(currentStatus([past, upgrade], ['web'], asOf).banner).toEqual({ state: 'operational' });
  });
});

describe('incidentState and incidentMinutes', () => {
  it('tell ongoing, resolved, scheduled, in-progress and completed apart', () => {
    expect([api, past, upgrade, running].map((i) => incidentState(i, asOf))).toEqual([
      'ongoing',
      'resolved',
      'scheduled',
      'in-progress',
    ]);
    expect(incidentState(upgrade, new Date('2026-06-12T07:00:00Z'))).toBe('completed');
    expect(incidentMinutes(api, asOf)).toBe(60);
    expect(incidentMinutes(past, asOf)).toBe(60);
    expect(latestUpdate(api)?.status).toBe('identified');
  });
});

describe('dayLevel', () => {
  const day = (minutes: Partial<Record<'major' | 'partial' | 'degraded' | 'maintenance', number>>) => ({
    major: 0,
    partial: 0,
    degraded: 0,
    maintenance: 0,
    ...minutes,
  });

  it('colours a day by the worst state it had, whatever that state weighs', () => {
    expect(dayLevel(undefined)).toBe('none');
    expect(dayLevel(day({}))).toBe('operational');
    // Degraded weighs 0 by default: still never green.
    expect(dayLevel(day({ degraded: 35 }))).toBe('degraded');
    expect(dayLevel(day({ maintenance: 60 }))).toBe('maintenance');
    expect(dayLevel(day({ maintenance: 60, degraded: 1 }))).toBe('degraded');
    expect(dayLevel(day({ partial: 1, degraded: 300 }))).toBe('partial');
    // One minute of major outage outranks hours of anything else.
    expect(dayLevel(day({ major: 1, partial: 600, maintenance: 60 }))).toBe('major');
  });
});

describe('indexDays', () => {
  const index = indexDays([api, past], 'Europe/Copenhagen', asOf);

  it('files an incident under every local day and component it touched', () => {
    // 23:30Z on 9 June is 01:30 on 10 June in Copenhagen: one local day.
    expect(index.byDay('web', '2026-06-10').map((i) => i.slug)).toEqual(['slow', 'api-down']);
    expect(index.byDay('web', '2026-06-09')).toEqual([]);
    expect(index.byDay('api', '2026-06-10').map((i) => i.slug)).toEqual(['api-down']);
    expect(index.byDay(ANY, '2026-06-10')).toHaveLength(2);
  });

  it('splits at local midnight and lists the months touched', () => {
    const utc = indexDays([api, past], 'UTC', asOf);
    expect(utc.byDay('web', '2026-06-09').map((i) => i.slug)).toEqual(['slow']);
    expect(utc.byDay('web', '2026-06-10').map((i) => i.slug)).toEqual(['slow', 'api-down']);
    const spanning = loaded(
      { title: 'Night', impact: 'partial', start: '2026-06-30T21:30:00Z', end: '2026-06-30T22:30:00Z', components: ['web'] },
      'night',
    );
    expect(indexDays([spanning], 'Europe/Copenhagen', new Date('2026-07-02T00:00:00Z')).monthsBySlug.get('night')).toEqual([
      '2026-06',
      '2026-07',
    ]);
  });
});
