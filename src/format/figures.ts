/**
 * How figures are shown (section 6.8 of the contract). The model keeps unrounded
 * numbers; these functions are the only place they are cut for display.
 */

// Each function and locale from its own module: date-fns's indexes import hundreds of
// modules, each resolved against its 200 KB package.json (over a second of every start-up).
import { format as formatPattern } from 'date-fns/format';
import { ar } from 'date-fns/locale/ar';
import { da } from 'date-fns/locale/da';
import { de } from 'date-fns/locale/de';
import { es } from 'date-fns/locale/es';
import { fr } from 'date-fns/locale/fr';
import { ja } from 'date-fns/locale/ja';
import { nb } from 'date-fns/locale/nb';
import { nl } from 'date-fns/locale/nl';
import { sv } from 'date-fns/locale/sv';
import type { Locale as DateFnsLocale } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import type { Budget } from '../engine/budget.ts';
import type { Uptime } from '../engine/uptime.ts';
import { DEFAULT_LOCALE, message, pluralMessage, type Locale, type PluralKey } from '../i18n/catalog.ts';

// Uptimes are computed in floating point; a value meant to be exactly 99.98 may be
// stored as 99.97999999999999. This tolerance is far below the 0.01 display step.
const FLOAT_TOLERANCE = 1e-9;

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/**
 * A percentage already cut to `digits` decimals (section 6.8: truncate first, then format),
 * with the sign, separator and spacing `Intl.NumberFormat` gives the locale.
 *
 * @example
 * formatPercent(99.98, 2, 'en') //=> '99.98%'
 * formatPercent(99.98, 2, 'da') //=> '99,98\u00a0%'
 */
export function formatPercent(percent: number, digits: number, locale: Locale = DEFAULT_LOCALE): string {
  const options = { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits } as const;
  return numberFormat(locale, options).format(percent / 100);
}

/**
 * An uptime target with the decimals it is written with (99.95 has two), in the locale's form.
 *
 * @example
 * formatTarget(99.9, 'en') //=> '99.9%'
 * formatTarget(99.95, 'de') //=> '99,95\u00a0%'
 */
export function formatTarget(target: number, locale: Locale = DEFAULT_LOCALE): string {
  return formatPercent(target, (String(target).split('.')[1] ?? '').length, locale);
}

/**
 * A whole number in the locale's digits, without grouping, as figures beside a unit read.
 *
 * @example
 * formatInteger(1234, 'en') //=> '1234'
 */
export function formatInteger(n: number, locale: Locale = DEFAULT_LOCALE): string {
  return numberFormat(locale, { maximumFractionDigits: 0, useGrouping: false }).format(n);
}

/**
 * Uptime truncated (never rounded up) to two decimals. It is 100 only when there was no
 * weighted downtime at all; otherwise at most 99.99.
 *
 * @example
 * displayUptime({ uptime: 99.99999, hasWeightedDowntime: true })  //=> 99.99
 * displayUptime({ uptime: 99.98852, hasWeightedDowntime: true })  //=> 99.98
 * displayUptime({ uptime: 100, hasWeightedDowntime: false })      //=> 100
 */
export function displayUptime({ uptime, hasWeightedDowntime }: Uptime): number {
  const truncated = Math.floor(uptime * 100 + FLOAT_TOLERANCE) / 100;
  return hasWeightedDowntime ? Math.min(truncated, 99.99) : truncated;
}

/**
 * An uptime as a percentage with two decimals, truncated as {@link displayUptime} does.
 *
 * @example
 * formatUptime({ uptime: 99.99999, hasWeightedDowntime: true }) //=> '99.99%'
 */
export function formatUptime(uptime: Uptime, locale: Locale = DEFAULT_LOCALE): string {
  return formatPercent(displayUptime(uptime), 2, locale);
}

/**
 * What is left of an error budget, in whole percent truncated like uptime (never rounded
 * up): any spending at all never shows as "100% left". Once more than the whole budget is
 * used it says "overspent", never a negative "left".
 *
 * @example
 * formatBudgetLeft({ used: 0.384 })   //=> '61% left'
 * formatBudgetLeft({ used: 0.00001 }) //=> '99% left'
 * formatBudgetLeft({ used: 1 })       //=> '0% left'
 * formatBudgetLeft({ used: 1.05 })    //=> 'overspent'
 */
export function formatBudgetLeft({ used }: Pick<Budget, 'used'>, locale: Locale = DEFAULT_LOCALE): string {
  if (used > 1) return message('budget.overspent', {}, locale);
  const left = Math.floor((1 - used) * 100 + FLOAT_TOLERANCE);
  return message('budget.left', { percent: formatPercent(used > 0 ? Math.min(left, 99) : left, 0, locale) }, locale);
}

/**
 * How much of an error budget is used, in whole percent truncated like uptime: a budget
 * spent at all is never "0%", and one not wholly spent is never "100%". An overspent
 * budget shows its real share ("112%"); say "overspent" in words beside it.
 *
 * @example
 * formatBudgetUsed({ used: 0.384 })   //=> '38%'
 * formatBudgetUsed({ used: 0.00001 }) //=> '1%'
 * formatBudgetUsed({ used: 0.9999 })  //=> '99%'
 * formatBudgetUsed({ used: 1.125 })   //=> '112%'
 */
export function formatBudgetUsed({ used }: Pick<Budget, 'used'>, locale: Locale = DEFAULT_LOCALE): string {
  const percent = Math.floor(used * 100 + FLOAT_TOLERANCE);
  return formatPercent(used > 0 ? Math.max(percent, 1) : 0, 0, locale);
}

/**
 * Used against allowed minutes, both rounded to whole minutes: "16 of 43 minutes";
 * past 90 minutes in hours and minutes ("2 h 15 min of 7 h 12 min").
 *
 * @example
 * formatBudgetMinutes({ usedMinutes: 5.0333, allowedMinutes: 43.2 }) //=> '5 of 43 minutes'
 * formatBudgetMinutes({ usedMinutes: 135, allowedMinutes: 432 })     //=> '2 h 15 min of 7 h 12 min'
 */
export function formatBudgetMinutes(
  { usedMinutes, allowedMinutes }: Pick<Budget, 'usedMinutes' | 'allowedMinutes'>,
  locale: Locale = DEFAULT_LOCALE,
): string {
  const allowed = formatMinutes(allowedMinutes, locale);
  const used =
    wholeMinutes(Math.max(usedMinutes, allowedMinutes)) <= 90
      ? formatInteger(wholeMinutes(usedMinutes), locale)
      : formatMinutes(usedMinutes, locale);
  return message('model.budget.minutesOf', { used, allowed }, locale);
}

/**
 * A budget in one sentence (section 9.5 of the contract), naming whose budget it is, e.g.
 * "June's" or "Email delivery's June". An overspent budget says so in words, never a
 * negative "left".
 *
 * @example
 * formatBudgetSentence({ used: 0.384, usedMinutes: 16.6, allowedMinutes: 43.2, remainingMinutes: 26.6 }, "June's")
 * //=> "Used 38% of June's error budget (17 of 43 minutes); 27 minutes left."
 * formatBudgetSentence({ used: 1.0556, usedMinutes: 22.8, allowedMinutes: 21.6, remainingMinutes: -1.2 }, "June's")
 * //=> "Overspent June's error budget: used 23 of 22 minutes (105%), 1 minute over."
 */
export function formatBudgetSentence(
  budget: Pick<Budget, 'used' | 'usedMinutes' | 'allowedMinutes' | 'remainingMinutes'>,
  whose: string,
  locale: Locale = DEFAULT_LOCALE,
): string {
  const minutes = formatBudgetMinutes(budget, locale);
  const used = formatBudgetUsed(budget, locale);
  if (budget.used > 1)
    return message(
      'model.budget.overspentSentence',
      { whose, minutes, used, over: formatMinutes(-budget.remainingMinutes, locale) },
      locale,
    );
  return message('model.budget.sentence', { whose, minutes, used, left: formatMinutes(budget.remainingMinutes, locale) }, locale);
}

/**
 * An English possessive: "Email delivery's", and "Webhooks'" for a name ending in s.
 *
 * @example
 * possessive('June') //=> "June's"
 * possessive('Webhooks') //=> "Webhooks'"
 */
export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

/** Minutes rounded to the nearest whole minute. */
export function wholeMinutes(minutes: number): number {
  return Math.round(minutes);
}

/**
 * A duration as short as a figure beside a label: "76 min", "2 h 15 min".
 *
 * @example
 * formatMinutesShort(0.4)   //=> '0 min'
 * formatMinutesShort(135.2) //=> '2 h 15 min'
 */
export function formatMinutesShort(minutes: number, locale: Locale = DEFAULT_LOCALE): string {
  const whole = wholeMinutes(minutes);
  return whole <= 90
    ? message('duration.minutesShort', { m: formatInteger(whole, locale) }, locale)
    : formatMinutes(whole, locale);
}

/**
 * A duration in whole minutes; past 90 minutes, in hours and minutes.
 *
 * @example
 * formatMinutes(1.6)   //=> '2 minutes'
 * formatMinutes(90)    //=> '90 minutes'
 * formatMinutes(135.2) //=> '2 h 15 min'
 */
export function formatMinutes(minutes: number, locale: Locale = DEFAULT_LOCALE): string {
  const whole = wholeMinutes(minutes);
  if (whole <= 90) return countIn('duration.minutes', whole, locale);
  const h = formatInteger(Math.floor(whole / 60), locale);
  const rest = whole % 60;
  return rest === 0
    ? message('duration.hours', { h }, locale)
    : message('duration.hoursMinutes', { h, m: formatInteger(rest, locale) }, locale);
}

/**
 * A count and its noun from the catalog, in the form the count takes in the language
 * (Intl.PluralRules): Danish "1 hændelse", "2 hændelser"; Arabic has six forms.
 *
 * @example
 * countIn('count.incidents', 2, 'da') //=> '2 hændelser'
 */
export function countIn(key: PluralKey, n: number, locale: Locale = DEFAULT_LOCALE): string {
  return pluralMessage(key, n, formatInteger(n, locale), locale);
}

/**
 * "so far" for a period still running, "ongoing" for an incident not yet resolved.
 *
 * @example
 * formatOpen('soFar', 'da') //=> 'indtil nu'
 */
export function formatOpen(which: 'soFar' | 'ongoing', locale: Locale = DEFAULT_LOCALE): string {
  return message(which === 'soFar' ? 'time.soFar' : 'time.ongoing', {}, locale);
}

const relativeFormats = new Map<Locale, Intl.RelativeTimeFormat>();

/**
 * Whole days before (negative) or after an instant, as the language says it.
 *
 * @example
 * formatDaysAgo(-30, 'en') //=> '30 days ago'
 * formatDaysAgo(-1, 'da')  //=> 'i går'
 */
export function formatDaysAgo(days: number, locale: Locale = DEFAULT_LOCALE): string {
  let format = relativeFormats.get(locale);
  if (!format) relativeFormats.set(locale, (format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })));
  return format.format(days, 'day');
}

/**
 * A slug as words, e.g. for category headings.
 *
 * @example
 * humanize('queued-emails') //=> 'Queued emails'
 */
export function humanize(slug: string): string {
  const words = slug.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/**
 * Small whole numbers as words, as prose writes them; larger ones as digits.
 *
 * @example
 * numberInWords(3)  //=> 'three'
 * numberInWords(13) //=> '13'
 */
export function numberInWords(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

const englishPlurals = new Intl.PluralRules('en');

/**
 * A count and its noun, the noun in the form the count takes (Intl.PluralRules): "one
 * incident", "two incidents", "0 incidents". `nouns` is the plural when it is not `noun`+"s".
 *
 * @example
 * countOf(1, { noun: 'incident', words: true }) //=> 'one incident'
 * countOf(3, { noun: 'kind' })                  //=> '3 kinds'
 */
export function countOf(
  n: number,
  { noun, nouns, words = false }: { noun?: string | undefined; nouns?: string | undefined; words?: boolean },
  locale: Locale = DEFAULT_LOCALE,
): string {
  // Numbers in words are English's; other languages write the count in their digits.
  const number = words && locale === 'en' ? numberInWords(n) : formatInteger(n, locale);
  if (!noun) return number;
  const one = (locale === 'en' ? englishPlurals : new Intl.PluralRules(locale)).select(n) === 'one';
  return `${number} ${one ? noun : (nouns ?? `${noun}s`)}`;
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** date-fns's locale per language; English keeps Intl's en-GB forms ("Sept"), as it always printed. */
const DATE_LOCALES: Record<Exclude<Locale, 'en'>, DateFnsLocale> = { da, de, fr, es, nl, sv, nb, ja, ar };

/** The time of day and the zone's abbreviation, as the locale writes them: "09.12 CEST". */
function localTime(instant: Date, timeZone: string, locale: Locale): string {
  const key = `${locale}|${timeZone}|time`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    const options = { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' } as const;
    dateTimeFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  }
  return format.format(instant);
}

/**
 * An instant as people read it in the site's zone, with the zone's abbreviation.
 *
 * @example
 * formatDateTime(new Date('2026-06-04T07:12:00Z'), 'Europe/Copenhagen') //=> '4 Jun 2026, 09:12 CEST'
 * formatDateTime(new Date('2026-06-04T07:12:00Z'), 'Europe/Copenhagen', false) //=> '4 Jun 2026'
 */
export function formatDateTime(instant: Date, timeZone: string, withTime = true, locale: Locale = DEFAULT_LOCALE): string {
  if (locale !== 'en') {
    const day = formatPattern(new TZDate(instant, timeZone), message('date.day', {}, locale), { locale: DATE_LOCALES[locale] });
    return withTime ? message('date.dayTime', { day, time: localTime(instant, timeZone, locale) }, locale) : day;
  }
  const key = `${timeZone}|${withTime}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' } : {}),
    });
    dateTimeFormats.set(key, format);
  }
  return format.format(instant);
}

const dayMonthFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A day and month without the year, in the site's zone, for a day of the month in view.
 *
 * @example
 * formatDayMonth(new Date('2026-06-18T23:30:00Z'), 'Europe/Copenhagen') //=> '19 June'
 */
export function formatDayMonth(instant: Date, timeZone: string, locale: Locale = DEFAULT_LOCALE): string {
  const key = `${locale}|${timeZone}`;
  let format = dayMonthFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { timeZone, day: 'numeric', month: 'long' });
    dayMonthFormats.set(key, format);
  }
  return format.format(instant);
}

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

const monthLabels = new Map<string, string>();

/**
 * The month name, e.g. "June 2026", da "juni 2026". Each month is formatted once per
 * language: every incident view names its months.
 */
export function monthLabel(month: string, locale: Locale = DEFAULT_LOCALE): string {
  const key = `${locale}|${month}`;
  let label = monthLabels.get(key);
  if (label === undefined) {
    const [year = 0, monthNumber = 1] = month.split('-').map(Number);
    label =
      locale === 'en'
        ? monthFormat.format(Date.UTC(year, monthNumber - 1, 1))
        : formatPattern(new Date(year, monthNumber - 1, 1), message('date.month', {}, locale), { locale: DATE_LOCALES[locale] });
    monthLabels.set(key, label);
  }
  return label;
}

const monthNameFormats = new Map<Locale, Intl.DateTimeFormat>();

/** The month's name without its year, e.g. "June" for `2026-06`, da "juni". */
export function monthName(month: string, locale: Locale = DEFAULT_LOCALE): string {
  let format = monthNameFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { month: 'long', timeZone: 'UTC' });
    monthNameFormats.set(locale, format);
  }
  const [year = 0, monthNumber = 1] = month.split('-').map(Number);
  return format.format(Date.UTC(year, monthNumber - 1, 1));
}
