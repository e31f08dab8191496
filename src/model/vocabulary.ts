/**
 * The one vocabulary customers read: what each impact, incident state, component state and
 * day colour is called, and which tone (colour class) it takes. Pages, feeds, badges and
 * messages take their words from here; CSS classes are `state-<tone>` and `bar-<level>`.
 */
import type { Impact } from '../input/schema.ts';
import type { DayLevel } from '../engine/days.ts';
import type { IncidentState } from '../engine/incident.ts';
import type { ComponentState } from '../engine/status.ts';

/**
 * A colour and its meaning: the component states plus `none` (a notice, or not tracked).
 * An impact is its own tone: an incident of impact `partial` is shown as `state-partial`.
 */
export type Tone = ComponentState | 'none';

/** How each impact is named to customers. */
export const IMPACT_LABELS: Record<Impact, string> = {
  major: 'Major outage',
  partial: 'Partial outage',
  degraded: 'Degraded performance',
  maintenance: 'Maintenance',
  none: 'Notice',
};

/** How each state of an incident is named to customers. */
export const STATE_LABELS: Record<IncidentState, string> = {
  ongoing: 'Ongoing',
  resolved: 'Resolved',
  scheduled: 'Scheduled',
  'in-progress': 'In progress',
  completed: 'Completed',
};

/** How a component's current state is named to customers. */
export const COMPONENT_STATE_LABELS: Record<ComponentState, string> = {
  operational: 'Operational',
  degraded: 'Degraded performance',
  partial: 'Partial outage',
  major: 'Major outage',
  maintenance: 'Under maintenance',
};

/** What a day bar's colour says, in the order of the colour key. */
export const DAY_LEVEL_LABELS: Record<DayLevel, string> = {
  operational: COMPONENT_STATE_LABELS.operational,
  degraded: COMPONENT_STATE_LABELS.degraded,
  partial: COMPONENT_STATE_LABELS.partial,
  major: COMPONENT_STATE_LABELS.major,
  maintenance: IMPACT_LABELS.maintenance,
  none: 'Not tracked yet',
};

/**
 * The overall headline for the banner.
 *
 * @example
 * bannerHeadline('operational') //=> 'All systems operational'
 * bannerHeadline('partial')     //=> 'Partial outage'
 */
export function bannerHeadline(state: ComponentState): string {
  if (state === 'operational') return 'All systems operational';
  if (state === 'maintenance') return 'Maintenance in progress';
  return IMPACT_LABELS[state];
}

/** The colour key of the day bars, in its order. */
export const DAY_LEVEL_KEY: ReadonlyArray<{ level: DayLevel; label: string }> = (
  ['operational', 'degraded', 'partial', 'major', 'maintenance', 'none'] as const
).map((level) => ({ level, label: DAY_LEVEL_LABELS[level] }));
