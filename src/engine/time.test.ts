import { describe, expect, it } from 'vitest';
import { dayOf, dayPeriod, daysEndingAt, monthOf, monthPeriod, monthsBetween, offsetOfLocalTime } from './time.ts';

const minutes = ({ start, end }: { start: number; end: number }) => (end - start) / 60_000;

describe('monthPeriod', () => {
  describe('in Europe/Copenhagen', () => {
    it('makes March 44,580 minutes long, as the clocks go forward', () => {
      expect(minutes(monthPeriod('2026-03', 'Europe/Copenhagen'))).toBe(44_580);
    });
    it('makes October 44,700 minutes long, as the clocks go back', () => {
      expect(minutes(monthPeriod('2026-10', 'Europe/Copenhagen'))).toBe(44_700);
    });
    it('starts a month at local midnight', () => {
      expect(new Date(monthPeriod('2026-06', 'Europe/Copenhagen').start).toISOString()).toBe('2026-05-31T22:00:00.000Z');
      expect(new Date(monthPeriod('2026-12', 'Europe/Copenhagen').end).toISOString()).toBe('2026-12-31T23:00:00.000Z');
    });
  });
  it('makes every month of a year without DST a whole number of days', () => {
    expect(minutes(monthPeriod('2026-02', 'UTC'))).toBe(40_320);
    expect(minutes(monthPeriod('2028-02', 'Asia/Kolkata'))).toBe(41_760);
  });
});

describe('monthOf and dayOf', () => {
  it('cut months and days at local midnight, not UTC midnight', () => {
    const instant = Date.parse('2026-06-30T22:30:00Z');
    expect(monthOf(instant, 'Europe/Copenhagen')).toBe('2026-07');
    expect(monthOf(instant, 'UTC')).toBe('2026-06');
    expect(dayOf(instant, 'Europe/Copenhagen')).toBe('2026-07-01');
  });
});

describe('dayPeriod', () => {
  it('makes the spring-forward day 23 hours long', () => {
    expect(minutes(dayPeriod('2026-03-29', 'Europe/Copenhagen'))).toBe(23 * 60);
  });
});

describe('daysEndingAt', () => {
  it('lists the local days up to the one containing the instant, across a month end', () => {
    expect(daysEndingAt(Date.parse('2026-07-01T23:30:00Z'), 3, 'Europe/Copenhagen')).toEqual([
      '2026-06-30',
      '2026-07-01',
      '2026-07-02',
    ]);
  });
});

describe('monthsBetween', () => {
  it('crosses a year end', () => {
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
  });
});

describe('offsetOfLocalTime', () => {
  it('gives Copenhagen winter time in December and summer time in June', () => {
    expect(offsetOfLocalTime('2026-12-01T22:50:00', 'Europe/Copenhagen')).toBe('+01:00');
    expect(offsetOfLocalTime('2026-06-01T22:50:00', 'Europe/Copenhagen')).toBe('+02:00');
  });
  it('writes a zero offset as Z', () => {
    expect(offsetOfLocalTime('2026-12-01T22:50:00', 'UTC')).toBe('Z');
  });
  it('keeps the sign and minutes of zones west of UTC and on half hours', () => {
    expect(offsetOfLocalTime('2026-01-15T08:00:00', 'America/New_York')).toBe('-05:00');
    expect(offsetOfLocalTime('2026-01-15T08:00:00', 'Asia/Kolkata')).toBe('+05:30');
  });
  it('reads the offset on the local side of a DST change, not the UTC side', () => {
    // Clocks go from 02:00 to 03:00 local: 03:30 read as UTC would land before the change.
    expect(offsetOfLocalTime('2026-03-29T03:30:00', 'Europe/Copenhagen')).toBe('+02:00');
    expect(offsetOfLocalTime('2026-03-29T01:30:00', 'Europe/Copenhagen')).toBe('+01:00');
  });
});
