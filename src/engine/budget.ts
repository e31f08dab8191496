/**
 * Error budgets, following section 9 of the content contract: a target turns every span
 * (a month, the last 30 or 90 days) into the weighted downtime it may have and still meet
 * the target. Pure: no I/O, no clock, no `astro:*`. Minutes are section 6's minutes,
 * unrounded; periods are half-open, `[start, end)`.
 */
import { MINUTE, monthPeriod, type MonthKey, type Period } from './time.ts';
import type { PeriodFigures, UptimeModel } from './uptime.ts';

/** A target's error budget over one span. Every number is unrounded and finite. */
export interface Budget {
  /** The uptime target in percent, 0 < target < 100. */
  target: number;
  /** The span's whole length (a month from the component's `since` on), not cut at the as-of instant. */
  fullMinutes: number;
  /** The span cut at the as-of instant: section 6's `minutes`. */
  elapsedMinutes: number;
  /** `(1 − target / 100) × fullMinutes`: the weighted downtime the span may have. */
  allowedMinutes: number;
  /** Σ weight × minutes in each state, up to the as-of instant. */
  usedMinutes: number;
  /** `allowedMinutes − usedMinutes`; negative once overspent. */
  remainingMinutes: number;
  /** `usedMinutes / allowedMinutes`, a fraction; above 1 once overspent. */
  used: number;
  /**
   * `used / (elapsedMinutes / fullMinutes)`: 1 is exactly on pace to spend the whole budget
   * by the end of the span; equal to `used` once the span is over. `null` while no minute
   * of the span has passed (`elapsedMinutes` 0): there is no pace to measure yet.
   */
  burnRate: number | null;
}

/** What a budget is computed from. */
export interface BudgetSpan {
  /** The target in percent; without one there is no budget. */
  target: number | undefined;
  /** The whole span's length in minutes; more than 0. */
  fullMinutes: number;
  /** The part up to the as-of instant, from 0 to `fullMinutes`. */
  elapsedMinutes: number;
  /** The weighted downtime so far. */
  usedMinutes: number;
}

/**
 * The error budget of one span (section 9.2 of the contract); `null` without a target.
 *
 * @example
 * errorBudget({ target: 99.9, fullMinutes: 43_200, elapsedMinutes: 21_600, usedMinutes: 21.6 })
 * //=> { target: 99.9, fullMinutes: 43200, elapsedMinutes: 21600, allowedMinutes: 43.2…, usedMinutes: 21.6,
 * //     remainingMinutes: 21.6…, used: 0.5…, burnRate: 1… }
 * errorBudget({ target: undefined, fullMinutes: 43_200, elapsedMinutes: 43_200, usedMinutes: 0 }) //=> null
 */
export function errorBudget({ target, fullMinutes, elapsedMinutes, usedMinutes }: BudgetSpan): Budget | null {
  if (target === undefined) return null;
  const allowedMinutes = (1 - target / 100) * fullMinutes;
  const used = usedMinutes / allowedMinutes;
  return {
    target,
    fullMinutes,
    elapsedMinutes,
    allowedMinutes,
    usedMinutes,
    remainingMinutes: allowedMinutes - usedMinutes,
    used,
    burnRate: elapsedMinutes === 0 ? null : used / (elapsedMinutes / fullMinutes),
  };
}

/** What budgets need of a component: its id, when it is tracked from, and its own target. */
export interface BudgetedComponent {
  id: string;
  /** As given to the uptime engine: time before it is not in the component's window. */
  since?: Date | undefined;
  /** The component's own target; the site's when absent. */
  target?: number | undefined;
}

/** The budgets of one period (a month, the last 30 days): the site's, and each counted component's. */
export interface PeriodBudgets {
  /** The site's budget (section 9.3); `null` without a site target. */
  site: Budget | null;
  /** By component id, only for the components counted in the period; `null` without a target. */
  components: Record<string, Budget | null>;
}

/**
 * The budgets of one period from its figures. `whole` is the period not cut at the as-of
 * instant (the whole month); a component's `fullMinutes` is its window in `whole` (from its
 * `since` on), its `usedMinutes` the period's weighted minutes. The site's budget uses the
 * period's lengths and its mean uptime: `usedMinutes = (1 − uptime / 100) × elapsedMinutes`.
 * `components` are those given to the uptime engine, with the same `since`.
 *
 * @example
 * // June 2026, one of two components with 30 minutes of major outage, target 99.9
 * const june = periodBudgets(figures, monthPeriod('2026-06', 'UTC'), components, 99.9)
 * june.site?.usedMinutes             //=> 15 (the mean of 30 and 0)
 * june.components['api']?.used       //=> 0.694… (30 of 43.2 minutes)
 */
export function periodBudgets(
  period: PeriodFigures,
  whole: Period,
  components: readonly BudgetedComponent[],
  siteTarget: number | undefined,
): PeriodBudgets {
  const budgets: Record<string, Budget | null> = {};
  for (const component of components) {
    const figures = period.components[component.id];
    if (!figures) continue;
    // The window's start as the uptime engine cuts it, so that a whole period gives exactly its `minutes`.
    const start = Math.max(whole.start, component.since?.getTime() ?? Number.NEGATIVE_INFINITY);
    budgets[component.id] = errorBudget({
      target: component.target ?? siteTarget,
      fullMinutes: (whole.end - start) / MINUTE,
      elapsedMinutes: figures.minutes,
      usedMinutes: figures.weightedMinutes,
    });
  }
  return {
    site: errorBudget({
      target: siteTarget,
      fullMinutes: (whole.end - whole.start) / MINUTE,
      elapsedMinutes: period.minutes,
      usedMinutes: (1 - period.uptime / 100) * period.minutes,
    }),
    components: budgets,
  };
}

/**
 * The budgets of a range that ends at the as-of instant (the last 30 or 90 days): the whole
 * range has passed, so `fullMinutes = elapsedMinutes` (a component's window in it, the
 * range for the site) and `burnRate = used`. The site's is spent by the range's mean uptime,
 * as a month's is.
 *
 * @example
 * rollingBudgets(model.lastDaysFigures.get(30)!, components, 99.9).components['email']
 * //=> { target: 99.9, fullMinutes: 43200, elapsedMinutes: 43200, allowedMinutes: 43.2…, usedMinutes: 2.4, … burnRate: 0.0555… }
 */
export function rollingBudgets(
  range: PeriodFigures,
  components: readonly BudgetedComponent[],
  siteTarget: number | undefined,
): PeriodBudgets {
  return periodBudgets(range, range.period, components, siteTarget);
}

/**
 * The budgets of every month of the uptime model, by `YYYY-MM`, each month whole in the
 * model's zone (a Copenhagen March is 44,580 minutes, an October 44,700).
 */
export function budgetsByMonth(
  uptime: Pick<UptimeModel, 'months' | 'timeZone'>,
  components: readonly BudgetedComponent[],
  siteTarget: number | undefined,
): ReadonlyMap<MonthKey, PeriodBudgets> {
  return new Map(
    uptime.months.map((month) => [
      month.key,
      periodBudgets(month, monthPeriod(month.key, uptime.timeZone), components, siteTarget),
    ]),
  );
}
