/**
 * Calendar periods cut in a time zone. A period is a half-open interval of instants
 * `[start, end)` in epoch milliseconds: adjacent periods share a boundary and never
 * overlap, and a month across a DST change is 44,580 or 44,700 minutes long.
 */
import { TZDate, tzOffset } from '@date-fns/tz';

/** A half-open interval of instants, `[start, end)`, in epoch milliseconds. */
export interface Period {
  start: number;
  end: number;
}

/** A calendar month written `YYYY-MM`. */
export type MonthKey = string;

/** A calendar day written `YYYY-MM-DD`. */
export type DayKey = string;

export const MINUTE = 60_000;

const pad = (n: number) => String(n).padStart(2, '0');

// Modern zones change their offset on a quarter hour, so the offset is constant within each
// quarter hour of UTC: looking it up once per quarter hour keeps Intl (slow) out of loops.
// Local mean time (before ~1900) changes at odd seconds: such a quarter hour is not cached.
const QUARTER_HOUR = 15 * MINUTE;
const VARIES = Number.NaN;
const offsetsByZone = new Map<string, Map<number, number>>();

/** The zone's UTC offset at `instant`, in minutes (e.g. 120 for CEST). */
export function offsetAt(instant: number, timeZone: string): number {
  let offsets = offsetsByZone.get(timeZone);
  if (!offsets) offsetsByZone.set(timeZone, (offsets = new Map()));
  const bucket = Math.floor(instant / QUARTER_HOUR);
  let offset = offsets.get(bucket);
  if (offset === undefined) {
    offset = tzOffset(timeZone, new Date(bucket * QUARTER_HOUR));
    if (offset !== tzOffset(timeZone, new Date((bucket + 1) * QUARTER_HOUR - 1))) offset = VARIES;
    offsets.set(bucket, offset);
  }
  return Number.isNaN(offset) ? tzOffset(timeZone, new Date(instant)) : offset;
}

/** The wall-clock date in `timeZone` at `instant`, read from a shifted UTC date. */
function localDate(instant: number, timeZone: string): Date {
  return new Date(instant + offsetAt(instant, timeZone) * MINUTE);
}

/**
 * The month, in `timeZone`, that contains `instant`.
 *
 * @example
 * monthOf(Date.parse('2026-06-30T22:30:00Z'), 'Europe/Copenhagen') //=> '2026-07'
 */
export function monthOf(instant: number, timeZone: string): MonthKey {
  const local = localDate(instant, timeZone);
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}`;
}

/**
 * The day, in `timeZone`, that contains `instant`.
 *
 * @example
 * dayOf(Date.parse('2026-06-04T22:30:00Z'), 'Europe/Copenhagen') //=> '2026-06-05'
 */
export function dayOf(instant: number, timeZone: string): DayKey {
  const local = localDate(instant, timeZone);
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
}

function parseMonth(month: MonthKey): [year: number, monthIndex: number] {
  const [year, monthNumber] = month.split('-').map(Number);
  return [year ?? Number.NaN, (monthNumber ?? Number.NaN) - 1];
}

const midnights = new Map<string, number>();

/**
 * Local midnight at the start of `day` of `monthIndex` (0-based, may overflow) in
 * `timeZone`; where midnight is skipped by a DST change, the first instant of that day.
 */
function localMidnight(year: number, monthIndex: number, day: number, timeZone: string): number {
  const key = `${timeZone}|${year}|${monthIndex}|${day}`;
  let instant = midnights.get(key);
  if (instant === undefined) {
    instant = new TZDate(year, monthIndex, day, timeZone).getTime();
    midnights.set(key, instant);
  }
  return instant;
}

/**
 * The whole month as a period: from local midnight on its first day to local midnight
 * on the first day of the next month.
 *
 * @example
 * const { start, end } = monthPeriod('2026-03', 'Europe/Copenhagen')
 * (end - start) / 60_000 //=> 44580 (the clocks went forward an hour)
 */
export function monthPeriod(month: MonthKey, timeZone: string): Period {
  const [year, monthIndex] = parseMonth(month);
  return {
    start: localMidnight(year, monthIndex, 1, timeZone),
    end: localMidnight(year, monthIndex + 1, 1, timeZone),
  };
}

/** The whole day as a period, from local midnight to the next local midnight. */
export function dayPeriod(day: DayKey, timeZone: string): Period {
  const [year = Number.NaN, monthNumber = Number.NaN, date = Number.NaN] = day.split('-').map(Number);
  return {
    start: localMidnight(year, monthNumber - 1, date, timeZone),
    end: localMidnight(year, monthNumber - 1, date + 1, timeZone),
  };
}

/** The month after `month`. */
export function nextMonth(month: MonthKey): MonthKey {
  const [year, monthIndex] = parseMonth(month);
  return monthIndex === 11 ? `${year + 1}-01` : `${year}-${pad(monthIndex + 2)}`;
}

/** The month before `month`. */
export function previousMonth(month: MonthKey): MonthKey {
  const [year, monthIndex] = parseMonth(month);
  return monthIndex === 0 ? `${year - 1}-12` : `${year}-${pad(monthIndex)}`;
}

/**
 * Every month from `first` to `last`, both included, in order. Empty when `first` is after `last`.
 *
 * @example
 * monthsBetween('2026-11', '2027-01') //=> ['2026-11', '2026-12', '2027-01']
 */
export function monthsBetween(first: MonthKey, last: MonthKey): MonthKey[] {
  const months: MonthKey[] = [];
  for (let month = first; month <= last; month = nextMonth(month)) months.push(month);
  return months;
}

/**
 * The last `count` local days up to and including the day that contains `instant`,
 * oldest first.
 */
export function daysEndingAt(instant: number, count: number, timeZone: string): DayKey[] {
  const [year = 0, monthNumber = 1, date = 1] = dayOf(instant, timeZone).split('-').map(Number);
  const days: DayKey[] = [];
  for (let back = count - 1; back >= 0; back--) {
    days.push(dayOf(localMidnight(year, monthNumber - 1, date - back, timeZone), timeZone));
  }
  return days;
}

/** `period` cut so that it ends no later than `limit`; empty periods have `end === start`. */
export function clampEnd(period: Period, limit: number): Period {
  return { start: period.start, end: Math.max(period.start, Math.min(period.end, limit)) };
}

/**
 * The local days of `month` that have begun by `until`, in order.
 *
 * @example
 * daysOfMonth('2026-02', Date.parse('2026-02-03T12:00:00Z'), 'UTC') //=> ['2026-02-01', '2026-02-02', '2026-02-03']
 */
export function daysOfMonth(month: MonthKey, until: number, timeZone: string): DayKey[] {
  const days: DayKey[] = [];
  // Calendar days, not instants, drive the loop: it ends after at most 31 steps in any zone and year.
  for (let day: DayKey = `${month}-01`; day.startsWith(month); day = nextDay(day)) {
    if (dayPeriod(day, timeZone).start > until) break;
    days.push(day);
  }
  return days;
}

/**
 * The calendar day after `day`.
 *
 * @example
 * nextDay('2026-02-28') //=> '2026-03-01'
 */
export function nextDay(day: DayKey): DayKey {
  const [year = Number.NaN, monthNumber = Number.NaN, date = Number.NaN] = day.split('-').map(Number);
  const next = new Date(0);
  next.setUTCFullYear(year, monthNumber - 1, date + 1); // unlike Date.UTC, keeps years before 100 as written
  return `${String(next.getUTCFullYear()).padStart(4, '0')}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`;
}

/**
 * An instant written in the site's zone with its offset, to the minute: what an engineer
 * would type.
 *
 * @example
 * localTimestamp(new Date('2026-06-04T07:12:30Z'), 'Europe/Copenhagen') //=> '2026-06-04T09:12:00+02:00'
 */
export function localTimestamp(instant: Date, timeZone: string): string {
  const local = new TZDate(Math.floor(instant.getTime() / 60_000) * 60_000, timeZone);
  return local
    .toISOString()
    .replace(/:\d{2}\.\d{3}/, ':00')
    .replace(/\+00:00$/, 'Z');
}

/**
 * The offset `timeZone` has at a wall-clock date and time in it, written as in a timestamp
 * (`+01:00`, or `Z` when it is zero): what to add to a time written without an offset.
 * A time skipped by a DST change gets the offset in force just before it.
 *
 * @example
 * offsetOfLocalTime('2026-12-01T22:50:00', 'Europe/Copenhagen') //=> '+01:00'
 * offsetOfLocalTime('2026-06-01T22:50:00', 'Europe/Copenhagen') //=> '+02:00'
 */
export function offsetOfLocalTime(local: string, timeZone: string): string {
  const [, y, mo, d, h, mi] = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})/.exec(local) ?? [];
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi));
  // The offset at the wall time read as UTC is off by at most one DST change: look again once.
  const offset = offsetAt(wall - offsetAt(wall, timeZone) * MINUTE, timeZone);
  if (offset === 0) return 'Z';
  const minutes = Math.abs(offset);
  return `${offset < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
