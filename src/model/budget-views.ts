/**
 * What pages show of the error budgets (section 9 of the content contract): per month, the
 * site's and each component's budget in words, the pace it is being spent at, and the site's
 * budget spent day by day. Built from the engine's budgets; pages only lay these out.
 */
import type { Budget, PeriodBudgets } from '../engine/budget.ts';
import { dayPeriod, daysOfMonth, MINUTE, monthPeriod, type DayKey, type MonthKey } from '../engine/time.ts';
import type { UptimeModel } from '../engine/uptime.ts';
import {
  formatBudgetLeft,
  formatBudgetMinutes,
  formatBudgetSentence,
  formatBudgetUsed,
  formatDayMonth,
  formatTarget,
  monthLabel,
  monthName,
  possessive,
} from '../format/figures.ts';
import type { Component } from '../input/schema.ts';
import { DEFAULT_LOCALE, message, translator, type Locale } from '../i18n/catalog.ts';

/** One budget, the site's or a component's, in one month. */
export interface BudgetRow {
  /** The component's id; undefined for the site. */
  id?: string | undefined;
  name: string;
  /** Null without a target: there is no budget. */
  budget: Budget | null;
  /** The target as written, "99.95%"; undefined without one. */
  targetLabel?: string | undefined;
  /** "11%": the share used, truncated (section 9.5). */
  usedLabel: string;
  /** "88% left" or "overspent". */
  leftLabel: string;
  /** "5 of 43 minutes". */
  minutesLabel: string;
  /** Section 9.5's sentence. */
  sentence: string;
  /** The pace in words while the month runs: "At this pace the budget runs out on 19 June." */
  pace?: string | undefined;
  overspent: boolean;
  /** How much of the bar the used share fills, 0 to 1. */
  fill: number;
  /** Where an even pace would be now, 0 to 1 of the bar: the share of the month gone by. */
  paceMark: number;
}

/** The site's budget at the end of one day of the month. */
export interface BudgetDay {
  day: DayKey;
  /** Percent of the month's budget spent by the day's end (by the as-of instant on its day); null for days to come. */
  spent: number | null;
  /** Percent an even pace would have spent by the day's end. */
  pace: number;
}

/** A month's budgets: the site's first, then each component counted that month, in components.yaml order. */
export interface MonthBudgetView {
  month: MonthKey;
  label: string;
  /** The month holds the as-of instant. */
  current: boolean;
  site: BudgetRow;
  components: BudgetRow[];
  /** Names of the components whose budget is overspent. */
  overspent: string[];
  /** Some target is set, so there is a budget to show. */
  budgeted: boolean;
}

/**
 * The pace of a month's budget in words, while the month runs: when it runs out at this
 * pace, or what share of it the month ends with. Undefined for a month that is over, before
 * any minute of it has passed, or without a budget.
 *
 * @example
 * // June 2026 (UTC), 21,000 of 43,200 minutes gone, 40 of 43.2 minutes spent
 * budgetPace(budget, Date.parse('2026-07-01T00:00:00Z'), 'UTC', '2026-06')
 * //=> 'At this pace the budget runs out on 16 June.'
 */
export function budgetPace(
  budget: Budget | null,
  windowEnd: number,
  timeZone: string,
  month: MonthKey,
  locale: Locale = DEFAULT_LOCALE,
): string | undefined {
  if (!budget || budget.burnRate === null || budget.elapsedMinutes >= budget.fullMinutes) return undefined;
  const t = translator(locale);
  const projected = formatBudgetUsed({ used: budget.burnRate }, locale);
  const name = monthName(month, locale);
  if (budget.used === 0) return t('model.budget.paceNothing', { month: name });
  if (budget.used > 1) return t('model.budget.paceOverspent', { month: name, projected });
  if (budget.burnRate > 1) {
    // Spending `used` of the budget per `elapsedMinutes`, the whole of it is gone `elapsedMinutes / used` minutes in.
    const windowStart = windowEnd - budget.fullMinutes * MINUTE;
    const runsOut = windowStart + (budget.elapsedMinutes / budget.used) * MINUTE;
    return t('model.budget.paceRunsOut', { date: formatDayMonth(new Date(runsOut), timeZone, locale) });
  }
  return t('model.budget.paceEnds', { month: name, projected });
}

function budgetRow(
  budget: Budget | null,
  name: string,
  whose: string,
  pace: (budget: Budget | null) => string | undefined,
  id: string | undefined,
  locale: Locale,
): BudgetRow {
  if (!budget)
    return {
      id,
      name,
      budget,
      usedLabel: '–',
      leftLabel: message('model.budget.noTarget', {}, locale),
      minutesLabel: '–',
      sentence: message('model.budget.noBudget', {}, locale),
      overspent: false,
      fill: 0,
      paceMark: 0,
    };
  return {
    id,
    name,
    budget,
    targetLabel: formatTarget(budget.target, locale),
    usedLabel: formatBudgetUsed(budget, locale),
    leftLabel: formatBudgetLeft(budget, locale),
    minutesLabel: formatBudgetMinutes(budget, locale),
    sentence: formatBudgetSentence(budget, whose, locale),
    pace: pace(budget),
    overspent: budget.used > 1,
    fill: Math.min(Math.max(budget.used, 0), 1),
    paceMark: budget.elapsedMinutes / budget.fullMinutes,
  };
}

/**
 * A month's budgets in words, from the engine's budgets of that month.
 *
 * @example
 * monthBudgetView('2026-06', budgets.byMonth.get('2026-06')!, components, 'UTC', juneEnd).site.sentence
 * //=> "Used 11% of June's error budget (5 of 43 minutes); 38 minutes left."
 */
export function monthBudgetView(
  month: MonthKey,
  budgets: PeriodBudgets,
  components: readonly Pick<Component, 'id' | 'name'>[],
  timeZone: string,
  asOf: Date,
  locale: Locale = DEFAULT_LOCALE,
): MonthBudgetView {
  const name = monthName(month, locale);
  const period = monthPeriod(month, timeZone);
  const pace = (budget: Budget | null) => budgetPace(budget, period.end, timeZone, month, locale);
  const rows = components.flatMap((component) => {
    const budget = budgets.components[component.id];
    if (budget === undefined) return [];
    const whose = message('model.budget.whoseComponent', { month: name }, locale);
    return [budgetRow(budget, component.name, whose, pace, component.id, locale)];
  });
  const whose = locale === 'en' ? possessive(name) : message('model.budget.whoseSite', { month: name }, locale);
  const site = budgetRow(budgets.site, message('model.budget.siteName', {}, locale), whose, pace, undefined, locale);
  return {
    month,
    label: monthLabel(month, locale),
    current: period.start <= asOf.getTime() && asOf.getTime() < period.end,
    site,
    components: rows,
    overspent: rows.filter((row) => row.overspent).map((row) => row.name),
    budgeted: [site, ...rows].some((row) => row.budget !== null),
  };
}

/**
 * The site's budget spent by the end of each day of a month, in percent of the month's
 * allowance, against an even pace: the day's share of the month. Each day's figure is the
 * site's budget over the month cut at the day's end, so the last one shown is the month's.
 * Empty without a site target.
 *
 * @example
 * budgetDays(uptime, '2026-06', 99.9).find((day) => day.day === '2026-06-10')
 * //=> { day: '2026-06-10', spent: 4.62…, pace: 33.33… }
 */
export function budgetDays(
  uptime: Pick<UptimeModel, 'asOf' | 'timeZone' | 'figuresFor'>,
  month: MonthKey,
  target: number | undefined,
): BudgetDay[] {
  if (target === undefined) return [];
  const { start, end } = monthPeriod(month, uptime.timeZone);
  const asOf = uptime.asOf.getTime();
  const allowed = (1 - target / 100) * ((end - start) / MINUTE);
  return daysOfMonth(month, end, uptime.timeZone).map((day) => {
    const { start: dayStart, end: dayEnd } = dayPeriod(day, uptime.timeZone);
    let spent: number | null = null;
    if (dayStart < asOf) {
      const cut = uptime.figuresFor(`budget-${day}`, { start, end: dayEnd });
      spent = (100 * ((1 - cut.uptime / 100) * cut.minutes)) / allowed;
    }
    return { day, spent, pace: (100 * (dayEnd - start)) / (end - start) };
  });
}
