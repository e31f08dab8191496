/**
 * The monthly SLA report (`/reports/YYYY-MM/` and its CSV): for a tracked month, the site's
 * and each counted component's uptime, downtime, incidents, maintenance and error budget,
 * and the incidents that spent each budget. Computed once per model from the uptime
 * engine, `model.budgets` and `incidentCosts`; pure, no `astro:*`. Numbers stay unrounded;
 * the `…Text` fields are what the page prints, cut only by `format/figures.ts`.
 */
import type { Budget } from '../engine/budget.ts';
import { incidentCosts } from '../engine/incident-costs.ts';
import { monthPeriod, type MonthKey } from '../engine/time.ts';
import type { ComponentFigures, Uptime } from '../engine/uptime.ts';
import type { VisibleIncident } from '../engine/as-of.ts';
import {
  formatBudgetLeft,
  formatBudgetMinutes,
  formatBudgetUsed,
  formatMinutes,
  formatUptime,
  monthLabel,
} from '../format/figures.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/catalog.ts';
import { targetVerdict, type SiteModel } from './site.ts';

/** An error budget with the words the report prints for it. */
export interface BudgetView {
  budget: Budget;
  /** True once more than the whole budget is used (`used > 1`). */
  overspent: boolean;
  /** The share used, truncated: "11%", "105%". */
  usedText: string;
  /** "5 of 43 minutes". */
  minutesText: string;
  /** "89% left", or "overspent". */
  leftText: string;
}

/** One incident that spent part of a component's budget. */
export interface BudgetCharge {
  slug: string;
  title: string;
  /** When the incident started: titles repeat ("Emails queued"), dates tell them apart. */
  start: Date;
  /** Weighted minutes charged to it, unrounded. */
  minutes: number;
  /** "23 minutes". */
  minutesText: string;
  /** Its share of the component's allowed minutes, "53%"; undefined without a budget. */
  shareText?: string | undefined;
}

/** The site's figures for the month. */
export interface SiteReport {
  name: string;
  /** The month's length up to the as-of instant. */
  minutes: number;
  uptime: Uptime;
  uptimeText: string;
  /** Minutes during which at least one component had a major outage (section 6.6). */
  downtimeMinutes: number;
  downtimeText: string;
  /** Weighted minutes the mean uptime lost: the site budget's `usedMinutes` (section 9.3). */
  weightedMinutes: number;
  incidents: number;
  maintenances: number;
  /** The site's target, when site.yaml sets one. */
  target?: number | undefined;
  /** True or false against the target; undefined without one. */
  targetMet?: boolean | undefined;
  budget: BudgetView | null;
}

/** One counted component's figures for the month. */
export interface ComponentReport {
  id: string;
  name: string;
  figures: ComponentFigures;
  uptimeText: string;
  /** Σ weight × minutes in each state: what uptime and the budget lose. */
  weightedMinutes: number;
  weightedText: string;
  /** Counted incidents (major, partial, degraded) of the month that list this component, oldest first. */
  incidents: VisibleIncident[];
  /** Maintenances of the month that list this component, oldest first. */
  maintenances: VisibleIncident[];
  /** Its own target, else the site's; undefined without either. */
  target?: number | undefined;
  budget: BudgetView | null;
  /** The incidents that spent its budget this month, by start (an incident begun the month before included). */
  spentBy: BudgetCharge[];
}

/** Everything the SLA report of one month shows. */
export interface SlaReport {
  month: MonthKey;
  /** "June 2026". */
  label: string;
  /** True for the month that contains the as-of instant: its figures are "so far". */
  partial: boolean;
  site: SiteReport;
  /** In the order of components.yaml, only those counted in the month. */
  components: ComponentReport[];
}

function budgetView(budget: Budget | null | undefined, locale: Locale): BudgetView | null {
  if (!budget) return null;
  return {
    budget,
    overspent: budget.used > 1,
    usedText: formatBudgetUsed(budget, locale),
    minutesText: formatBudgetMinutes(budget, locale),
    leftText: formatBudgetLeft(budget, locale),
  };
}

/**
 * The SLA report of one tracked month; undefined for a month without figures.
 *
 * @example
 * slaReport(model, '2026-06')?.site.budget?.usedText //=> '11%' (5.03 of 43.2 minutes)
 */
export function slaReport(model: SiteModel, month: MonthKey, locale: Locale = DEFAULT_LOCALE): SlaReport | undefined {
  const figures = model.uptime.monthByKey.get(month);
  if (!figures) return undefined;
  const budgets = model.budgets.byMonth.get(month);
  const { weights, timeZone, asOf } = model.uptime;
  const costs = incidentCosts(
    { weights, components: model.components, incidents: model.incidents, asOf },
    monthPeriod(month, timeZone),
  );
  const bySlug = (slugs: readonly string[]) => slugs.map((slug) => model.incidentBySlug.get(slug)!);
  const counted = bySlug(figures.incidents);
  const maintenances = bySlug(figures.maintenances);
  const touches = (incident: VisibleIncident, id: string) =>
    incident.components.some((affected) => affected.id === id && affected.impact !== 'none');
  const siteTarget = model.site.uptimeTarget;
  const siteWeighted = (1 - figures.uptime / 100) * figures.minutes;

  const components = model.components.flatMap((component): ComponentReport[] => {
    const own = figures.components[component.id];
    if (!own) return [];
    const budget = budgetView(budgets?.components[component.id], locale);
    return [
      {
        id: component.id,
        name: component.name,
        figures: own,
        uptimeText: formatUptime(own, locale),
        weightedMinutes: own.weightedMinutes,
        weightedText: formatMinutes(own.weightedMinutes, locale),
        incidents: counted.filter((incident) => touches(incident, component.id)),
        maintenances: maintenances.filter((incident) => touches(incident, component.id)),
        target: budget?.budget.target,
        budget,
        spentBy: (costs[component.id] ?? []).map(({ slug, minutes }) => ({
          slug,
          title: model.incidentBySlug.get(slug)!.title,
          start: model.incidentBySlug.get(slug)!.start,
          minutes,
          minutesText: formatMinutes(minutes, locale),
          shareText: budget ? formatBudgetUsed({ used: minutes / budget.budget.allowedMinutes }, locale) : undefined,
        })),
      },
    ];
  });

  return {
    month,
    label: monthLabel(month, locale),
    partial: figures.period.end === asOf.getTime(),
    site: {
      name: model.site.name,
      minutes: figures.minutes,
      uptime: figures,
      uptimeText: formatUptime(figures, locale),
      downtimeMinutes: figures.downtimeMinutes,
      downtimeText: formatMinutes(figures.downtimeMinutes, locale),
      weightedMinutes: siteWeighted,
      incidents: counted.length,
      maintenances: maintenances.length,
      target: siteTarget,
      targetMet: targetVerdict(figures.uptime, siteTarget).targetMet,
      budget: budgetView(budgets?.site, locale),
    },
    components,
  };
}

const memo = new WeakMap<SiteModel, Map<Locale, ReadonlyMap<MonthKey, SlaReport>>>();

/**
 * The SLA report of every tracked month, oldest first, computed once per model and
 * language: the report page and its CSV (the default language's) read the same objects.
 */
export function slaReports(model: SiteModel, locale: Locale = DEFAULT_LOCALE): ReadonlyMap<MonthKey, SlaReport> {
  let byLocale = memo.get(model);
  if (!byLocale) memo.set(model, (byLocale = new Map()));
  let reports = byLocale.get(locale);
  if (!reports) {
    reports = new Map(model.uptime.months.map((month) => [month.key, slaReport(model, month.key, locale)!]));
    byLocale.set(locale, reports);
  }
  return reports;
}
