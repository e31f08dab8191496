/**
 * Badges: the overall status and each component's state, 30/90-day uptime and 30-day error
 * budget left, as shields-like SVG (made with badge-maker, shields.io's own renderer) and as
 * shields.io endpoint JSON, so a README can embed either.
 */
import { makeBadge } from 'badge-maker';
import type { Budget } from '../engine/budget.ts';
import { formatBudgetLeft, formatUptime } from '../format/figures.ts';
import { BUDGET_BADGE_DAYS } from '../format/routes.ts';
import type { SiteModel } from '../model/site.ts';
import type { ComponentState } from '../engine/status.ts';
import { COMPONENT_STATE_LABELS } from '../model/vocabulary.ts';
import type { ComponentFigures, PeriodFigures } from '../engine/uptime.ts';

export interface Badge {
  /** File name without extension under /badges/. */
  name: string;
  label: string;
  message: string;
  color: string;
}

const STATE_COLOURS: Record<ComponentState, string> = {
  operational: 'brightgreen',
  degraded: 'yellow',
  partial: 'orange',
  major: 'red',
  maintenance: 'blue',
};

/** Green at or above the target, yellow within half a point of it, red below. */
function uptimeColour(uptime: number, target: number | undefined): string {
  const goal = target ?? 99.9;
  return uptime >= goal ? 'brightgreen' : uptime >= goal - 0.5 ? 'yellow' : 'red';
}

/** Green while more than half the budget is left, yellow above a quarter, orange above none, red when spent or overspent. */
function budgetColour({ used }: Budget): string {
  const left = 1 - used;
  return left > 0.5 ? 'brightgreen' : left > 0.25 ? 'yellow' : left > 0 ? 'orange' : 'red';
}

/** Every badge of the site. */
export function badges(model: SiteModel): Badge[] {
  const { status, site } = model;
  const banner = status.banner.state;
  const list: Badge[] = [
    {
      name: 'status',
      label: site.name,
      message: banner === 'operational' ? 'all systems operational' : COMPONENT_STATE_LABELS[banner].toLowerCase(),
      color: STATE_COLOURS[banner],
    },
  ];
  const uptimeBadge = (name: string, label: string, figures: ComponentFigures | PeriodFigures | undefined): Badge[] => {
    if (!figures) return [];
    return [{ name, label, message: formatUptime(figures), color: uptimeColour(figures.uptime, site.uptimeTarget) }];
  };
  // Undefined: not tracked in the range, so no badge (as for uptime); null: no target, so no budget.
  const budgetBadge = (name: string, label: string, budget: Budget | null | undefined): Badge[] => {
    if (budget === undefined) return [];
    if (budget === null) return [{ name, label, message: 'no target', color: 'lightgrey' }];
    return [{ name, label, message: formatBudgetLeft(budget), color: budgetColour(budget) }];
  };
  const budgets = model.budgets.lastDays.get(BUDGET_BADGE_DAYS);
  for (const days of model.lastDaysFigures.keys()) {
    list.push(...uptimeBadge(`uptime-${days}d`, `uptime ${days}d`, model.lastDaysFigures.get(days)));
  }
  list.push(...budgetBadge(`budget-${BUDGET_BADGE_DAYS}d`, `error budget ${BUDGET_BADGE_DAYS}d`, budgets?.site));
  for (const component of model.components) {
    const state = status.componentState.get(component.id) ?? 'operational';
    list.push({
      name: `components/${component.id}`,
      label: component.name,
      message: COMPONENT_STATE_LABELS[state].toLowerCase(),
      color: STATE_COLOURS[state],
    });
    for (const days of model.lastDaysFigures.keys()) {
      list.push(
        ...uptimeBadge(
          `components/${component.id}-uptime-${days}d`,
          `${component.name} ${days}d`,
          model.lastDaysFigures.get(days)?.components[component.id],
        ),
      );
    }
    list.push(
      ...budgetBadge(
        `components/${component.id}-budget-${BUDGET_BADGE_DAYS}d`,
        `${component.name} error budget ${BUDGET_BADGE_DAYS}d`,
        budgets?.components[component.id],
      ),
    );
  }
  return list;
}

/** The badge as SVG, with a `<title>` for its accessible name. */
export function badgeSvg(badge: Badge): string {
  return makeBadge({ label: badge.label, message: badge.message, color: badge.color, style: 'flat' });
}

/** The badge as a shields.io endpoint document (https://shields.io/badges/endpoint-badge). */
export function shieldsEndpoint(badge: Badge) {
  return { schemaVersion: 1, label: badge.label, message: badge.message, color: badge.color };
}
