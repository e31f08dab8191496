/**
 * `dist/api/uptime.json`, exactly as section 7 of the contract: unrounded plain numbers,
 * months in chronological order, only counted components in each month; each month and
 * component with its error budget (section 9.4).
 */
import type { Budget } from '../engine/budget.ts';
import type { SiteModel } from '../model/site.ts';

/** An error budget as uptime.json writes it: unrounded numbers, always in this order; `burnRate` null while no minute has passed. */
export interface BudgetJson {
  target: number;
  fullMinutes: number;
  elapsedMinutes: number;
  allowedMinutes: number;
  usedMinutes: number;
  remainingMinutes: number;
  used: number;
  burnRate: number | null;
}

export interface UptimeJson {
  generatedAt: string;
  asOf: string;
  timezone: string;
  target: number | null;
  weights: { major: number; partial: number; degraded: number; maintenance: number };
  months: Array<{
    month: string;
    minutes: number;
    uptime: number;
    downtimeMinutes: number;
    incidents: number;
    maintenances: number;
    /** The site's budget; null without `uptimeTarget`. */
    budget: BudgetJson | null;
    components: Record<
      string,
      {
        minutes: number;
        uptime: number;
        major: number;
        partial: number;
        degraded: number;
        maintenance: number;
        /** The component's budget at its own target, else the site's; null without either. */
        budget: BudgetJson | null;
      }
    >;
  }>;
}

function budgetJson(budget: Budget | null | undefined): BudgetJson | null {
  if (!budget) return null;
  const { target, fullMinutes, elapsedMinutes, allowedMinutes, usedMinutes, remainingMinutes, used, burnRate } = budget;
  return { target, fullMinutes, elapsedMinutes, allowedMinutes, usedMinutes, remainingMinutes, used, burnRate };
}

/**
 * The uptime document. Apart from `generatedAt`, the same content and as-of instant
 * always give the same bytes.
 */
export function uptimeJson(model: SiteModel, generatedAt: Date): UptimeJson {
  const { uptime, site, budgets } = model;
  const { major, partial, degraded, maintenance } = uptime.weights;
  return {
    generatedAt: generatedAt.toISOString(),
    asOf: uptime.asOf.toISOString(),
    timezone: uptime.timeZone,
    target: site.uptimeTarget ?? null,
    weights: { major, partial, degraded, maintenance },
    months: uptime.months.map((figures) => {
      const budget = budgets.byMonth.get(figures.key);
      return {
        month: figures.key,
        minutes: figures.minutes,
        uptime: figures.uptime,
        downtimeMinutes: figures.downtimeMinutes,
        incidents: figures.incidents.length,
        maintenances: figures.maintenances.length,
        budget: budgetJson(budget?.site),
        components: Object.fromEntries(
          Object.entries(figures.components).map(([id, c]) => [
            id,
            {
              minutes: c.minutes,
              uptime: c.uptime,
              major: c.major,
              partial: c.partial,
              degraded: c.degraded,
              maintenance: c.maintenance,
              budget: budgetJson(budget?.components[id]),
            },
          ]),
        ),
      };
    }),
  };
}

/** `dist/api/next-change.json`: when a rebuild would show something else, for schedulers. */
export interface NextChangeJson {
  /** The next instant at which the page changes (UTC, ISO 8601). */
  at: string;
  /** Why it changes then, in words. */
  reason: string;
  /** The instant this build shows. */
  asOf: string;
}

/**
 * The next-change document. Deterministic for the same content and as-of instant.
 *
 * @example
 * nextChangeJson(model) //=> { at: '2026-11-30T23:00:00.000Z', reason: 'the day ends (local midnight in Europe/Copenhagen)', asOf: '2026-11-30T12:00:00.000Z' }
 */
export function nextChangeJson(model: SiteModel): NextChangeJson {
  return { at: model.nextChange.at.toISOString(), reason: model.nextChange.reason, asOf: model.uptime.asOf.toISOString() };
}
