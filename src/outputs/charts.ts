/**
 * What a chart draws, prepared at build time. The same numbers fill the chart's table,
 * so the table and the chart can never disagree.
 */
import type { ChartUnit } from '../format/chart-value.ts';
import { displayUptime, formatInteger, formatTarget, monthLabel } from '../format/figures.ts';
import { DEFAULT_LOCALE, translator, type Locale } from '../i18n/catalog.ts';
import type { MonthReport } from '../model/site.ts';
import type { BudgetDay } from '../model/budget-views.ts';
import type { PeriodFigures } from '../engine/uptime.ts';

export interface ChartSeries {
  label: string;
  kind: 'value' | 'target';
  data: Array<number | null>;
}

export interface ChartSpec {
  type: 'line' | 'bar';
  /** A sentence naming what the chart shows, for its accessible name. */
  title: string;
  labels: string[];
  series: ChartSeries[];
  /** How the values read, in `locale`: see format/chart-value.ts. */
  unit: ChartUnit;
  locale: Locale;
  suggestedMin?: number | undefined;
  suggestedMax?: number | undefined;
}

/**
 * Monthly average uptime (truncated, as displayed) against the target.
 *
 * @example
 * uptimeChart(lastTwelve, 99.9).series[0].data //=> [99.99, 99.98, …]
 */
export function uptimeChart(
  reports: readonly MonthReport[],
  target: number | undefined,
  locale: Locale = DEFAULT_LOCALE,
): ChartSpec {
  const t = translator(locale);
  const values = reports.map(({ figures }) => displayUptime(figures));
  const lowest = Math.min(...values, target ?? 100);
  return {
    type: 'line',
    title: target === undefined ? t('chart.uptime') : t('chart.uptimeTarget', { target: formatTarget(target, locale) }),
    labels: reports.map(({ month }) => monthLabel(month, locale)),
    series: [
      { label: t('reviews.averageUptime'), kind: 'value', data: values },
      ...(target === undefined
        ? []
        : [{ label: t('budget.targetColumn'), kind: 'target' as const, data: reports.map(() => target) }]),
    ],
    unit: { kind: 'percent' },
    locale,
    suggestedMin: Math.floor(lowest * 10 - 1) / 10,
    suggestedMax: 100,
  };
}

/**
 * Downtime per day of a month: the minutes in which any component was in a major outage,
 * the same measure as the month's "Downtime" headline (the days add up to it).
 *
 * @example
 * downtimeChart(june.days, '2026-06').series[0].data //=> [0, …, 2, …] (June 10: 2 minutes)
 */
export function downtimeChart(days: readonly PeriodFigures[], month: string, locale: Locale = DEFAULT_LOCALE): ChartSpec {
  const t = translator(locale);
  return {
    type: 'bar',
    title: t('chart.downtime', { month: monthLabel(month, locale) }),
    labels: days.map((day) => formatInteger(Number(day.key.slice(8)), locale)),
    series: [{ label: t('reviews.downtime'), kind: 'value', data: days.map((day) => Math.round(day.downtimeMinutes * 10) / 10) }],
    unit: { kind: 'minutes', template: t('duration.minutesShort') },
    locale,
    suggestedMin: 0,
  };
}

/**
 * The site's error budget spent day by day through a month, in percent of the month's
 * allowance, against the straight line of an even pace (100% by the month's last day).
 * Days still to come have no spent value.
 *
 * @example
 * budgetChart(november.days, '2026-11').series.map((series) => series.label) //=> ['Budget spent', 'Even pace']
 */
export function budgetChart(days: readonly BudgetDay[], month: string, locale: Locale = DEFAULT_LOCALE): ChartSpec {
  const t = translator(locale);
  // Cut to two decimals, as the budget's share is everywhere (section 9.5).
  const cut = (percent: number) => Math.floor(percent * 100 + 1e-9) / 100;
  const spent = days.map((day) => (day.spent === null ? null : cut(day.spent)));
  return {
    type: 'line',
    title: t('chart.budget', { month: monthLabel(month, locale) }),
    labels: days.map((day) => formatInteger(Number(day.day.slice(8)), locale)),
    series: [
      { label: t('chart.budgetSpent'), kind: 'value', data: spent },
      { label: t('chart.evenPace'), kind: 'target', data: days.map((day) => cut(day.pace)) },
    ],
    unit: { kind: 'percent' },
    locale,
    suggestedMin: 0,
    suggestedMax: Math.max(100, ...spent.map((value) => value ?? 0)),
  };
}
