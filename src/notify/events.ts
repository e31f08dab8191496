/**
 * What subscribers are told after a deploy: the events between what was live before and
 * what is live now, both read as Statuspage documents (`/api/v2/incidents.json`,
 * `/api/v2/scheduled-maintenances.json`, `/api/v2/components.json`). Pure.
 *
 * Every event has a stable id (`<slug>:declared`, `<slug>-<n>` for an update,
 * `<slug>:resolved`, `<slug>:started`…): comparing the same two sites always gives the same
 * events, and a site compared with itself gives none, so a deploy never announces twice.
 */
import type {
  ComponentJson,
  ComponentStatus,
  IncidentJson,
  IncidentUpdateJson,
  MaintenanceStatus,
} from '../outputs/statuspage.ts';

/** What happened. */
export type EventKind =
  | 'incident-declared'
  | 'incident-updated'
  | 'incident-resolved'
  | 'maintenance-scheduled'
  | 'maintenance-started'
  | 'maintenance-updated'
  | 'maintenance-completed'
  | 'component-changed';

export interface StatusEvent {
  /** Stable across builds: the same change always has the same id. */
  id: string;
  kind: EventKind;
  /** The incident or maintenance as it is now (absent for a component change). */
  incident?: IncidentJson | undefined;
  /** The update that announced it, when there is one. */
  update?: IncidentUpdateJson | undefined;
  /** For a component change: the component now, and its status before. */
  component?: ComponentJson | undefined;
  oldStatus?: ComponentStatus | undefined;
}

/** The documents of one site that events are read from. */
export interface LiveSite {
  incidents: IncidentJson[];
  maintenances: IncidentJson[];
  components: ComponentJson[];
}

const MAINTENANCE_PHASE: Record<MaintenanceStatus, 'scheduled' | 'started' | 'completed'> = {
  scheduled: 'scheduled',
  in_progress: 'started',
  verifying: 'started',
  completed: 'completed',
};

/**
 * The events between `before` (undefined on a first deploy) and `now`, oldest first. On a
 * first deploy only what is going on is announced (unresolved incidents, maintenance that is
 * upcoming or running), not the whole history.
 *
 * @example
 * statusEvents(live, live) //=> []
 */
export function statusEvents(before: LiveSite | undefined, now: LiveSite): StatusEvent[] {
  const events: StatusEvent[] = [];
  const previous = new Map([...(before?.incidents ?? []), ...(before?.maintenances ?? [])].map((item) => [item.id, item]));
  for (const incident of now.incidents) {
    const then = previous.get(incident.id);
    const resolved = incident.status === 'resolved';
    if (!before) {
      if (!resolved) events.push(event(incident, 'incident-declared', `${incident.id}:declared`));
    } else if (!then) {
      events.push(
        resolved
          ? event(incident, 'incident-resolved', `${incident.id}:resolved`)
          : event(incident, 'incident-declared', `${incident.id}:declared`),
      );
    } else if (resolved && then.status !== 'resolved') {
      events.push(event(incident, 'incident-resolved', `${incident.id}:resolved`));
    } else {
      for (const update of newUpdates(then, incident)) events.push({ ...event(incident, 'incident-updated', update.id), update });
    }
  }
  for (const maintenance of now.maintenances) {
    const then = previous.get(maintenance.id);
    const phase = MAINTENANCE_PHASE[maintenance.status as MaintenanceStatus] ?? 'scheduled';
    const kind = `maintenance-${phase}` as const;
    if (!before) {
      if (phase !== 'completed') events.push(event(maintenance, kind, `${maintenance.id}:${phase}`));
    } else if (!then || MAINTENANCE_PHASE[then.status as MaintenanceStatus] !== phase) {
      events.push(event(maintenance, kind, `${maintenance.id}:${phase}`));
    } else {
      for (const update of newUpdates(then, maintenance))
        events.push({ ...event(maintenance, 'maintenance-updated', update.id), update });
    }
  }
  if (before) {
    const statusBefore = new Map(before.components.map((component) => [component.id, component.status]));
    for (const component of now.components) {
      const oldStatus = statusBefore.get(component.id);
      if (oldStatus === undefined || oldStatus === component.status || component.group) continue;
      events.push({
        id: `${component.id}:${oldStatus}:${component.status}:${component.updated_at}`,
        kind: 'component-changed',
        component,
        oldStatus,
      });
    }
  }
  // Numeric, so that `<slug>-10` follows `<slug>-9`: updates of one minute keep the timeline's order.
  return events.sort((a, b) => time(a) - time(b) || a.id.localeCompare(b.id, undefined, { numeric: true }));
}

/** Chat and email take incidents and maintenance; webhooks take component changes too. */
export const isIncidentEvent = (event: StatusEvent) => event.kind !== 'component-changed';

function event(incident: IncidentJson, kind: EventKind, id: string): StatusEvent {
  return { id, kind, incident, update: incident.incident_updates[0] };
}

/** Updates of `now` that `then` did not have, oldest first. */
function newUpdates(then: IncidentJson, now: IncidentJson): IncidentUpdateJson[] {
  const seen = new Set(then.incident_updates.map((update) => update.id));
  return now.incident_updates.filter((update) => !seen.has(update.id)).reverse();
}

function time(event: StatusEvent): number {
  return Date.parse(event.update?.created_at ?? event.incident?.updated_at ?? event.component?.updated_at ?? '') || 0;
}
