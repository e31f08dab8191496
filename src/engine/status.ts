/**
 * The status at the as-of instant: each component's current state, the overall banner,
 * active incidents and maintenance. Pure; computed once per build in the site model.
 */
import type { IncidentUpdate } from '../input/schema.ts';
import { STATES_BY_SEVERITY, type State } from './timeline.ts';
import type { LoadedIncident } from '../input/validate.ts';

/** A component's state now: a timeline state, or operational. */
export type ComponentState = State | 'operational';

export interface Banner {
  state: ComponentState;
  /** The worst ongoing incident (or the running maintenance), when there is one. */
  incident?: LoadedIncident | undefined;
  /** Its latest update. */
  update?: IncidentUpdate | undefined;
}

export interface CurrentStatus {
  banner: Banner;
  /** Ongoing incidents (major, partial, degraded, notices), worst and newest first. */
  active: LoadedIncident[];
  /** Maintenance running now. */
  maintenanceInProgress: LoadedIncident[];
  /** Maintenance that has not started, soonest first. */
  upcomingMaintenance: LoadedIncident[];
  /** Every component's state now, by id. */
  componentState: ReadonlyMap<string, ComponentState>;
}

const severity = (state: ComponentState) => (state === 'operational' ? -1 : STATES_BY_SEVERITY.indexOf(state));

/** The worse of two states. */
export function worseState(a: ComponentState, b: ComponentState): ComponentState {
  return severity(b) > severity(a) ? b : a;
}

/** Whether `[start, end)` holds `asOf`: begun, and not ended (an open end never ends). */
export const isRunning = (start: Date, end: Date | undefined, asOf: Date) => start <= asOf && (end === undefined || end > asOf);

/** The newest update of an incident, if any. */
export function latestUpdate(incident: LoadedIncident): IncidentUpdate | undefined {
  return incident.updates.reduce<IncidentUpdate | undefined>(
    (latest, update) => (!latest || update.at >= latest.at ? update : latest),
    undefined,
  );
}

/**
 * The status at `asOf` of `components` given non-draft `incidents`.
 *
 * @example
 * currentStatus(incidents, ['api'], asOf).banner.state //=> 'operational' when nothing runs
 */
export function currentStatus(incidents: readonly LoadedIncident[], componentIds: readonly string[], asOf: Date): CurrentStatus {
  const componentState = new Map<string, ComponentState>(componentIds.map((id) => [id, 'operational']));
  const running = incidents.filter((incident) => isRunning(incident.start, incident.end, asOf));
  for (const incident of running) {
    for (const affected of incident.components) {
      if (affected.impact === 'none' || !isRunning(affected.start, affected.end, asOf)) continue;
      const now = componentState.get(affected.id);
      if (now !== undefined) componentState.set(affected.id, worseState(now, affected.impact));
    }
  }
  const byWorstThenNewest = (a: LoadedIncident, b: LoadedIncident) =>
    impactRank(b) - impactRank(a) || b.start.getTime() - a.start.getTime();
  const active = running.filter((incident) => incident.impact !== 'maintenance').sort(byWorstThenNewest);
  const maintenanceInProgress = running.filter((incident) => incident.impact === 'maintenance');
  const upcomingMaintenance = incidents
    .filter((incident) => incident.impact === 'maintenance' && incident.start > asOf)
    .sort((a, b) => a.start.getTime() - b.start.getTime());

  const worst = active.find((incident) => incident.impact !== 'none');
  const banner: Banner = worst
    ? { state: worst.impact as State, incident: worst, update: latestUpdate(worst) }
    : maintenanceInProgress[0]
      ? { state: 'maintenance', incident: maintenanceInProgress[0], update: latestUpdate(maintenanceInProgress[0]) }
      : { state: 'operational' };
  return { banner, active, maintenanceInProgress, upcomingMaintenance, componentState };
}

function impactRank(incident: LoadedIncident): number {
  return incident.impact === 'none' ? -1 : severity(incident.impact);
}
