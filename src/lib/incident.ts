/**
 * What an incident is at the as-of instant: its state and how long it has lasted.
 */
import type { Impact } from '../schema.ts';
import { MINUTE } from './time.ts';

export type IncidentState = 'ongoing' | 'resolved' | 'scheduled' | 'in-progress' | 'completed';

interface Timed {
  impact: Impact;
  start: Date;
  end?: Date | undefined;
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

/** Minutes from start to end, or to `asOf` while ongoing; 0 for what has not started. */
export function incidentMinutes(incident: Timed, asOf: Date): number {
  const end = incident.end ?? asOf;
  return Math.max(0, end.getTime() - incident.start.getTime()) / MINUTE;
}

/** How each impact is named to customers. */
export const IMPACT_LABELS: Record<Impact, string> = {
  major: 'Major outage',
  partial: 'Partial outage',
  degraded: 'Degraded performance',
  maintenance: 'Maintenance',
  none: 'Notice',
};

/** How each state is named to customers. */
export const STATE_LABELS: Record<IncidentState, string> = {
  ongoing: 'Ongoing',
  resolved: 'Resolved',
  scheduled: 'Scheduled',
  'in-progress': 'In progress',
  completed: 'Completed',
};
