import { describe, expect, it } from 'vitest';
import { ANY, dayLevel, indexDays } from './days.ts';
import {
  apiDown as api,
  loadedIncident as loaded,
  pastSlow as past,
  scenarioAsOf as asOf,
} from '../../tests/helpers/fixtures.ts';

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
