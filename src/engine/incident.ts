/**
 * What an incident is at the as-of instant: its state and how long it has lasted.
 */
import type { Impact, IncidentUpdate } from '../input/schema.ts';
import { MINUTE } from './time.ts';

export type IncidentState = 'ongoing' | 'resolved' | 'scheduled' | 'in-progress' | 'completed';

interface Timed {
  impact: Impact;
  start: Date;
  end?: Date | undefined;
}

interface Updated {
  start: Date;
  updates: ReadonlyArray<{ at: Date }>;
}

/**
 * An incident's state at `asOf`. Maintenance is scheduled, in progress or completed;
 * anything else is ongoing until its end, then resolved.
 *
 * @example
 * incidentState({ impact: 'maintenance', start: tomorrow }, now) //=> 'scheduled'
 */
export function incidentState(incident: Timed, asOf: Date): IncidentState {
  const ended = incident.end !== undefined && incident.end <= asOf;
  if (incident.impact === 'maintenance') {
    return incident.start > asOf ? 'scheduled' : ended ? 'completed' : 'in-progress';
  }
  return ended ? 'resolved' : 'ongoing';
}

/**
 * Minutes from start to end, or to `asOf` while ongoing ("so far"); an end after `asOf` is
 * not reached yet. 0 for what has not started.
 *
 * @example
 * incidentMinutes({ impact: 'maintenance', start: at('11:00Z'), end: at('15:00Z') }, at('12:00Z')) //=> 60
 */
export function incidentMinutes(incident: Timed, asOf: Date): number {
  const end = Math.min(incident.end?.getTime() ?? asOf.getTime(), asOf.getTime());
  return Math.max(0, end - incident.start.getTime()) / MINUTE;
}

/**
 * When an incident was last updated as seen at `asOf` (Statuspage's `updated_at`, a feed
 * entry's `updated`, iCalendar's `DTSTAMP`): its latest update at or before `asOf`, else its
 * start; never after `asOf` (content contract, section 8 point 5).
 *
 * @example
 * lastUpdated({ start: at('14:05'), updates: [{ at: at('14:08') }, { at: at('14:27') }] }, at('14:15')) //=> at('14:08')
 */
export function lastUpdated(incident: Updated, asOf: Date): Date {
  const limit = asOf.getTime();
  let latest: number | undefined;
  for (const { at } of incident.updates) {
    const time = at.getTime();
    if (time <= limit && (latest === undefined || time > latest)) latest = time;
  }
  return new Date(Math.min(latest ?? incident.start.getTime(), limit));
}

/** An update with its stable id, `<slug>-<n>`. */
export interface NumberedUpdate {
  id: string;
  update: IncidentUpdate;
}

/**
 * An incident's updates, oldest first, each with its id `<slug>-<n>` (n from 1 in the order
 * of `at`, ties in the order written). Updates written for later come last, so the ids of
 * what is shown never change when they appear: the API, the feeds and notifications use these.
 *
 * @example
 * numberedUpdates(payments).map((u) => u.id) //=> ['payments-1', 'payments-2']
 */
export function numberedUpdates(incident: { slug: string; updates: readonly IncidentUpdate[] }): NumberedUpdate[] {
  return incident.updates
    .toSorted((a, b) => a.at.getTime() - b.at.getTime())
    .map((update, index) => ({ id: `${incident.slug}-${index + 1}`, update }));
}
