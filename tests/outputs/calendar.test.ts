import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ical, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { TEST_SITES, type TestSite } from '../helpers/sites.ts';

const events = (site: TestSite) => {
  const text = readFileSync(join(site.out, 'maintenance.ics'), 'utf8');
  return { text, events: Object.values(ical.sync.parseICS(text)).filter((c) => c?.type === 'VEVENT') as VEvent[] };
};

describe('maintenance.ics', () => {
  it('holds the upcoming maintenance with a stable UID, DTSTAMP and STATUS', () => {
    const { events: list, text } = events(TEST_SITES.sample);
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(list).toHaveLength(1);
    const [event] = list;
    expect(event!.uid).toBe('2026-12-06-database-maintenance@status.tallyfox.example');
    expect(event!.summary).toBe('Maintenance: Planned database maintenance');
    expect(event!.start.toISOString()).toBe('2026-12-06T05:00:00.000Z');
    expect(event!.end!.toISOString()).toBe('2026-12-06T06:00:00.000Z');
    expect(event!.dtstamp.toISOString()).toBe('2026-11-26T11:00:00.000Z');
    expect(event!.status).toBe('CONFIRMED');
    expect((event!.url as unknown as { val: string }).val).toBe(
      'https://status.tallyfox.example/incidents/2026-12-06-database-maintenance/',
    );
  });

  it('keeps maintenance of the last 90 days and gets times right across a DST change', () => {
    const { events: list } = events(TEST_SITES.ongoing);
    const byUid = new Map(list.map((event) => [event.uid, event]));
    expect([...byUid.keys()].sort()).toEqual(['dst-maintenance@status.fixture.example', 'upgrade@status.fixture.example']);
    // 01:30 CET to 03:30 CEST on 29 March 2026: one hour of real time.
    const dst = byUid.get('dst-maintenance@status.fixture.example')!;
    expect(dst.start.toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(dst.end!.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(byUid.get('upgrade@status.fixture.example')!.start.toISOString()).toBe('2026-06-20T04:00:00.000Z');
  });

  it('gives the same bytes for the same content and as-of instant', () => {
    // DTSTAMP is the maintenance's last change, so rebuilding never changes the file.
    expect(events(TEST_SITES.ongoing).text).not.toMatch(/DTSTAMP:2026061/);
  });
});
