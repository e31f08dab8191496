import { describe, expect, it } from 'vitest';
import {
  countIn,
  formatBudgetLeft,
  formatBudgetUsed,
  formatDateTime,
  formatDaysAgo,
  formatMinutes,
  formatMinutesShort,
  formatOpen,
  formatUptime,
  monthLabel,
} from './figures.ts';

const NBSP = '\u00a0';
const LRM = '\u200e';
const barely = { uptime: 99.98999999, hasWeightedDowntime: true };

describe('formatUptime in each language', () => {
  it('truncates first, then uses the sign, separator and spacing Intl gives the locale', () => {
    expect(formatUptime(barely)).toBe('99.98%');
    expect(formatUptime(barely, 'en')).toBe('99.98%');
    expect(formatUptime(barely, 'da')).toBe(`99,98${NBSP}%`);
    expect(formatUptime(barely, 'de')).toBe(`99,98${NBSP}%`);
    // Node 24's CLDR puts a no-break space (U+00A0), not the narrow one, before French %.
    expect(formatUptime(barely, 'fr')).toBe(`99,98${NBSP}%`);
    // CLDR's ar default is Latin digits with a decimal point, the % wrapped in LRM marks.
    expect(formatUptime(barely, 'ar')).toBe(`99.98${LRM}%${LRM}`);
  });
  it('never shows any downtime as 100 in any language', () => {
    expect(formatUptime({ uptime: 100, hasWeightedDowntime: true }, 'da')).toBe(`99,99${NBSP}%`);
    expect(formatUptime({ uptime: 100, hasWeightedDowntime: false }, 'fr')).toBe(`100,00${NBSP}%`);
  });
});

describe('error budgets in each language', () => {
  it('puts the percent inside the language’s sentence', () => {
    expect(formatBudgetLeft({ used: 0.384 }, 'da')).toBe(`61${NBSP}% tilbage`);
    expect(formatBudgetLeft({ used: 1.5 }, 'de')).toBe('überschritten');
    expect(formatBudgetUsed({ used: 1.125 }, 'fr')).toBe(`112${NBSP}%`);
    expect(formatBudgetUsed({ used: 0.384 }, 'ar')).toBe(`38${LRM}%${LRM}`);
  });
});

describe('durations in each language', () => {
  it('uses each language’s unit words', () => {
    expect(formatMinutes(94)).toBe('1 h 34 min');
    expect(formatMinutes(94, 'da')).toBe('1 t 34 min');
    expect(formatMinutes(94, 'de')).toBe('1 Std. 34 Min.');
    expect(formatMinutes(94, 'fr')).toBe('1 h 34 min');
    expect(formatMinutes(94, 'ar')).toBe('1 س 34 د');
    expect(formatMinutes(120, 'da')).toBe('2 t');
    expect(formatMinutesShort(76, 'de')).toBe('76 Min.');
  });
  it('words minutes in the form the count takes', () => {
    expect(formatMinutes(1, 'da')).toBe('1 minut');
    expect(formatMinutes(2, 'da')).toBe('2 minutter');
    expect(formatMinutes(1, 'de')).toBe('1 Minute');
    expect(formatMinutes(0, 'fr')).toBe('0 minute');
    expect(formatMinutes(2, 'ar')).toBe('دقيقتان');
    expect(formatMinutes(11, 'ar')).toBe('11 دقيقة');
  });
});

describe('countIn', () => {
  it('gives Danish its one and other forms', () => {
    expect(countIn('count.incidents', 1, 'da')).toBe('1 hændelse');
    expect(countIn('count.incidents', 2, 'da')).toBe('2 hændelser');
    expect(countIn('count.incidents', 0, 'da')).toBe('0 hændelser');
  });
  it('gives English and German theirs', () => {
    expect(countIn('count.incidents', 1)).toBe('1 incident');
    expect(countIn('count.incidents', 3, 'en')).toBe('3 incidents');
    expect(countIn('count.incidents', 1, 'de')).toBe('1 Vorfall');
    expect(countIn('count.maintenances', 2, 'de')).toBe('2 Wartungen');
  });
  it('treats 0 and 1 as French singular, and large round numbers as its many form', () => {
    expect(countIn('count.incidents', 0, 'fr')).toBe('0 incident');
    expect(countIn('count.incidents', 2, 'fr')).toBe('2 incidents');
    expect(countIn('count.incidents', 1_000_000, 'fr')).toBe('1000000 d’incidents');
  });
  it('gives Arabic all six forms', () => {
    expect(countIn('count.incidents', 0, 'ar')).toBe('لا حوادث');
    expect(countIn('count.incidents', 1, 'ar')).toBe('حادثة واحدة');
    expect(countIn('count.incidents', 2, 'ar')).toBe('حادثتان');
    expect(countIn('count.incidents', 3, 'ar')).toBe('3 حوادث');
    expect(countIn('count.incidents', 11, 'ar')).toBe('11 حادثة');
    expect(countIn('count.incidents', 100, 'ar')).toBe('100 حادثة');
  });
});

describe('dates in each language', () => {
  const june = new Date('2026-06-01T10:00:00Z');
  it('writes the day with the language’s month name, in the site’s zone', () => {
    expect(formatDateTime(june, 'Europe/Copenhagen', false)).toBe('1 Jun 2026');
    expect(formatDateTime(june, 'Europe/Copenhagen', false, 'da')).toBe('1. juni 2026');
    expect(formatDateTime(june, 'Europe/Copenhagen', false, 'de')).toBe('1. Juni 2026');
    expect(formatDateTime(june, 'Europe/Copenhagen', false, 'fr')).toBe('1 juin 2026');
    expect(formatDateTime(june, 'Europe/Copenhagen', false, 'ar')).toBe('1 يونيو 2026');
    // 23:30 UTC on 31 May is already 1 June in Copenhagen.
    expect(formatDateTime(new Date('2026-05-31T23:30:00Z'), 'Europe/Copenhagen', false, 'da')).toBe('1. juni 2026');
  });
  it('adds the local time and zone', () => {
    expect(formatDateTime(june, 'Europe/Copenhagen')).toBe('1 Jun 2026, 12:00 CEST');
    expect(formatDateTime(june, 'Europe/Copenhagen', true, 'da')).toBe('1. juni 2026, 12.00 CEST');
    expect(formatDateTime(june, 'Europe/Copenhagen', true, 'de')).toBe('1. Juni 2026, 12:00 MESZ');
    expect(formatDateTime(june, 'Europe/Copenhagen', true, 'ar')).toBe('1 يونيو 2026، 12:00 غرينتش+2');
  });
  it('names months', () => {
    expect(monthLabel('2026-06')).toBe('June 2026');
    expect(monthLabel('2026-06', 'da')).toBe('juni 2026');
    expect(monthLabel('2026-06', 'de')).toBe('Juni 2026');
    expect(monthLabel('2026-06', 'fr')).toBe('juin 2026');
    expect(monthLabel('2026-06', 'ar')).toBe('يونيو 2026');
  });
});

describe('relative phrases', () => {
  it('says so far, ongoing and days ago in each language', () => {
    expect(formatOpen('soFar')).toBe('so far');
    expect(formatOpen('ongoing', 'da')).toBe('igangværende');
    expect(formatDaysAgo(-30)).toBe('30 days ago');
    expect(formatDaysAgo(-30, 'da')).toBe('for 30 dage siden');
    expect(formatDaysAgo(-30, 'de')).toBe('vor 30 Tagen');
    expect(formatDaysAgo(-30, 'fr')).toBe('il y a 30 jours');
    expect(formatDaysAgo(-1, 'da')).toBe('i går');
  });
});

describe('the other shipped languages', () => {
  const june = new Date('2026-06-01T08:00:00Z');
  it('print uptime, durations, counts and dates in their own forms', () => {
    expect(formatUptime(barely, 'es')).toBe(`99,98${NBSP}%`);
    expect(formatUptime(barely, 'nl')).toBe('99,98%');
    expect(formatUptime(barely, 'sv')).toBe(`99,98${NBSP}%`);
    expect(formatUptime(barely, 'nb')).toBe(`99,98${NBSP}%`);
    expect(formatUptime(barely, 'ja')).toBe('99.98%');
    expect(formatMinutes(94, 'sv')).toBe('1 tim 34 min');
    expect(formatMinutes(94, 'ja')).toBe('1時間34分');
    expect(countIn('count.incidents', 1, 'nb')).toBe('1 hendelse');
    expect(countIn('count.incidents', 2, 'nl')).toBe('2 storingen');
    expect(countIn('count.incidents', 1_000_000, 'es')).toBe('1000000 de incidentes');
    expect(formatDateTime(june, 'Europe/Copenhagen', false, 'es')).toBe('1 de junio de 2026');
    expect(formatDateTime(june, 'Europe/Copenhagen', false, 'nb')).toBe('1. juni 2026');
    expect(formatDateTime(june, 'Asia/Tokyo', false, 'ja')).toBe('2026年6月1日');
    expect(monthLabel('2026-06', 'sv')).toBe('juni 2026');
  });
});
