/**
 * Which incidents spent a period's error budget: each component's weighted minutes
 * (section 6 weights, as in its `usedMinutes`, section 9.2) attributed to the incidents
 * whose windows put it in that state. Pure: no I/O, no clock, no `astro:*`. Periods and
 * windows are half-open, `[start, end)`.
 *
 * Where several incidents' windows overlap on one component, each instant is charged once,
 * to one incident: the worst impact, then the earliest incident start, then the smaller
 * slug. So a component's charges add up to its `usedMinutes`, never more.
 */
import { MINUTE, clampEnd, type Period } from './time.ts';
import { STATES_BY_SEVERITY, type State } from './timeline.ts';
import type { CountedIncident, TrackedComponent } from './uptime.ts';
import type { Weights } from '../input/schema.ts';

/** The weighted minutes one incident spent of one component's budget. */
export interface IncidentCharge {
  slug: string;
  /** Σ weight × minutes charged to it; more than 0. Unrounded. */
  minutes: number;
}

export interface IncidentCostsInput {
  weights: Weights;
  components: readonly TrackedComponent[];
  incidents: readonly CountedIncident[];
  /** Time after it is not counted; an ongoing incident lasts until it. */
  asOf: Date;
}

interface Window extends Period {
  state: State;
  rank: number;
  slug: string;
  incidentStart: number;
}

/**
 * For each component counted in `whole` (the period, cut at the as-of instant and at the
 * component's `since`), the incidents that spent its budget, by incident start then slug.
 * Incidents that cost nothing (a weight of 0, a notice, a draft) are left out; a counted
 * component without any charge gets an empty list.
 *
 * @example
 * // 30 min of major outage (weight 1) on email, 20 min of it also partial (weight 0.3) from another incident
 * incidentCosts(input, monthPeriod('2026-06', 'UTC')).email
 * //=> [{ slug: 'queue-stuck', minutes: 30 }] (the partial incident's minutes lie under the major one)
 */
export function incidentCosts(input: IncidentCostsInput, whole: Period): Record<string, IncidentCharge[]> {
  const asOf = input.asOf.getTime();
  const period = clampEnd(whole, asOf);
  const costs: Record<string, IncidentCharge[]> = {};
  for (const component of input.components) {
    const window = { start: Math.max(period.start, component.since?.getTime() ?? Number.NEGATIVE_INFINITY), end: period.end };
    if (window.end <= window.start) continue;
    costs[component.id] = componentCharges(windowsOf(component.id, input.incidents, asOf, window), input.weights);
  }
  return costs;
}

/** The component's incident windows inside `window`, with the impact each puts it in. */
function windowsOf(id: string, incidents: readonly CountedIncident[], asOf: number, window: Period): Window[] {
  const windows: Window[] = [];
  for (const incident of incidents) {
    if (incident.draft) continue;
    for (const affected of incident.components) {
      if (affected.id !== id || affected.impact === 'none') continue;
      const start = Math.max(window.start, affected.start.getTime());
      // Ongoing: until the as-of instant, as the uptime engine counts it.
      const end = Math.min(window.end, affected.end?.getTime() ?? Math.max(asOf, affected.start.getTime()));
      if (end <= start) continue;
      const state = affected.impact;
      windows.push({
        start,
        end,
        state,
        rank: STATES_BY_SEVERITY.indexOf(state),
        slug: incident.slug,
        incidentStart: incident.start.getTime(),
      });
    }
  }
  return windows;
}

/** Whether `a` is charged before `b` where both cover an instant. */
function chargedFirst(a: Window, b: Window): boolean {
  if (a.rank !== b.rank) return a.rank > b.rank;
  if (a.incidentStart !== b.incidentStart) return a.incidentStart < b.incidentStart;
  return a.slug < b.slug;
}

function componentCharges(windows: readonly Window[], weights: Weights): IncidentCharge[] {
  const boundaries = [...new Set(windows.flatMap((w) => [w.start, w.end]))].sort((a, b) => a - b);
  const byStart = windows.toSorted((a, b) => a.start - b.start);
  const charged = new Map<string, { minutes: number; incidentStart: number }>();
  let active: Window[] = [];
  let next = 0;
  for (let i = 0; i + 1 < boundaries.length; i++) {
    const from = boundaries[i]!;
    const to = boundaries[i + 1]!;
    active = active.filter((w) => w.end > from);
    for (; next < byStart.length && byStart[next]!.start <= from; next++) active.push(byStart[next]!);
    let winner: Window | undefined;
    for (const w of active) if (!winner || chargedFirst(w, winner)) winner = w;
    if (!winner) continue;
    const minutes = (weights[winner.state] * (to - from)) / MINUTE;
    if (minutes === 0) continue;
    const entry = charged.get(winner.slug);
    if (entry) entry.minutes += minutes;
    else charged.set(winner.slug, { minutes, incidentStart: winner.incidentStart });
  }
  return [...charged]
    .sort(([slugA, a], [slugB, b]) => a.incidentStart - b.incidentStart || (slugA < slugB ? -1 : 1))
    .map(([slug, { minutes }]) => ({ slug, minutes }));
}
