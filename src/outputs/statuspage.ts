/**
 * The site model in the shape of Atlassian Statuspage's public v2 API (`/api/v2/*.json`),
 * so clients and widgets written for a Statuspage page read ours unchanged.
 *
 * Mapping (documented in README, "Statuspage-compatible API"):
 * - incident impact: major → critical, partial → major, degraded → minor, none → none,
 *   maintenance → maintenance;
 * - component status: operational, degraded → degraded_performance, partial → partial_outage,
 *   major → major_outage, maintenance → under_maintenance;
 * - update status, in the vocabulary of the incident's kind: for an incident scheduled →
 *   investigating, in-progress → identified, completed → resolved; for a maintenance
 *   investigating and identified → in_progress, monitoring → verifying, resolved → completed;
 *   the others keep their names (in-progress → in_progress);
 * - ids are our slugs; an update's id is `<incident slug>-<n>`, oldest first from 1;
 * - an update's `affected_components` are the components whose state at the update's instant
 *   differs from their state at the previous update (before the first: operational), as
 *   Statuspage records the states set with each update; `null` when none changed. A window
 *   that begins and ends between two updates is said by no update.
 */
import { TZDate } from '@date-fns/tz';
import type { AffectedComponent, Impact, UpdateStatus } from '../input/schema.ts';
import { incidentState, lastUpdated, numberedUpdates } from '../engine/incident.ts';
import type { SiteModel } from '../model/site.ts';
import { isRunning, worseState, type ComponentState } from '../engine/status.ts';
import type { VisibleIncident } from '../engine/as-of.ts';

export type Indicator = 'none' | 'minor' | 'major' | 'critical' | 'maintenance';
export type ComponentStatus = 'operational' | 'degraded_performance' | 'partial_outage' | 'major_outage' | 'under_maintenance';
export type IncidentStatus = 'investigating' | 'identified' | 'monitoring' | 'resolved' | 'postmortem';
export type MaintenanceStatus = 'scheduled' | 'in_progress' | 'verifying' | 'completed';

export const IMPACT_TO_STATUSPAGE: Record<Impact, Indicator> = {
  major: 'critical',
  partial: 'major',
  degraded: 'minor',
  none: 'none',
  maintenance: 'maintenance',
};

export const STATE_TO_STATUSPAGE: Record<ComponentState, ComponentStatus> = {
  operational: 'operational',
  degraded: 'degraded_performance',
  partial: 'partial_outage',
  major: 'major_outage',
  maintenance: 'under_maintenance',
};

/** An update's status in Statuspage's incident vocabulary: an incident's updates never say `completed`. */
export const UPDATE_TO_INCIDENT_STATUS: Record<UpdateStatus, IncidentStatus> = {
  investigating: 'investigating',
  identified: 'identified',
  monitoring: 'monitoring',
  resolved: 'resolved',
  scheduled: 'investigating',
  'in-progress': 'identified',
  completed: 'resolved',
};

/** An update's status in Statuspage's maintenance vocabulary. */
export const UPDATE_TO_MAINTENANCE_STATUS: Record<UpdateStatus, MaintenanceStatus> = {
  scheduled: 'scheduled',
  'in-progress': 'in_progress',
  investigating: 'in_progress',
  identified: 'in_progress',
  monitoring: 'verifying',
  resolved: 'completed',
  completed: 'completed',
};

/** A component's state at an instant of its window: half-open, `[start, end)`; impact `none` costs nothing. */
function stateAt(affected: AffectedComponent, instant: Date): ComponentState {
  return affected.impact !== 'none' && isRunning(affected.start, affected.end, instant) ? affected.impact : 'operational';
}

/**
 * Each update's `affected_components`, oldest update first: the components whose state at
 * the update differs from their state at the one before (before the first, operational).
 *
 * @example
 * // API major from 10:00 to 10:30; updates at 10:05 and 10:30
 * affectedComponents(incident, names) //=> [[{ code: 'api', name: 'API', old_status: 'operational', new_status: 'major_outage' }],
 * //                                          [{ code: 'api', name: 'API', old_status: 'major_outage', new_status: 'operational' }]]
 */
export function affectedComponents(
  incident: Pick<VisibleIncident, 'components'>,
  instants: readonly Date[],
  names: ReadonlyMap<string, string>,
): Array<AffectedComponentJson[] | null> {
  return instants.map((instant, index) => {
    const changes = incident.components.flatMap((affected): AffectedComponentJson[] => {
      const before = index === 0 ? 'operational' : stateAt(affected, instants[index - 1]!);
      const after = stateAt(affected, instant);
      if (before === after) return [];
      const name = names.get(affected.id) ?? affected.id;
      return [{ code: affected.id, name, old_status: STATE_TO_STATUSPAGE[before], new_status: STATE_TO_STATUSPAGE[after] }];
    });
    return changes.length > 0 ? changes : null;
  });
}

const INDICATOR_DESCRIPTIONS: Record<Indicator, string> = {
  none: 'All Systems Operational',
  minor: 'Minor Service Outage',
  major: 'Partial System Outage',
  critical: 'Major Service Outage',
  maintenance: 'Service Under Maintenance',
};

export interface PageJson {
  id: string;
  name: string;
  url: string;
  time_zone: string;
  updated_at: string;
}

export interface ComponentJson {
  id: string;
  name: string;
  status: ComponentStatus;
  created_at: string;
  updated_at: string;
  position: number;
  description: string | null;
  showcase: boolean;
  start_date: string | null;
  group_id: string | null;
  page_id: string;
  group: boolean;
  only_show_if_degraded: boolean;
  components?: string[];
}

export interface AffectedComponentJson {
  code: string;
  name: string;
  old_status: ComponentStatus;
  new_status: ComponentStatus;
}

export interface IncidentUpdateJson {
  id: string;
  status: IncidentStatus | MaintenanceStatus;
  body: string;
  incident_id: string;
  created_at: string;
  updated_at: string;
  display_at: string;
  affected_components: AffectedComponentJson[] | null;
  deliver_notifications: boolean;
  custom_tweet: null;
  tweet_id: null;
}

export interface IncidentJson {
  id: string;
  name: string;
  status: IncidentStatus | MaintenanceStatus;
  created_at: string;
  updated_at: string;
  monitoring_at: string | null;
  resolved_at: string | null;
  impact: Indicator;
  shortlink: string;
  started_at: string;
  page_id: string;
  incident_updates: IncidentUpdateJson[];
  components: ComponentJson[];
  reminder_intervals: string | null;
  scheduled_for?: string | null;
  scheduled_until?: string | null;
}

export interface StatusJson {
  indicator: Indicator;
  description: string;
}

/** How many incidents `incidents.json` and `scheduled-maintenances.json` list, as Statuspage does. */
export const RECENT_LIMIT = 50;

/** Builds every `/api/v2/` document from the model; `siteUrl` is the published root. */
export function statuspageApi(model: SiteModel, siteUrl: string) {
  const { site, status, uptime } = model;
  const zone = site.timezone;
  const asOf = uptime.asOf;
  const at = (date: Date) => new TZDate(date.getTime(), zone).toISOString();
  const pageId = new URL(site.url).hostname;
  const root = siteUrl.replace(/\/?$/, '/');
  const page: PageJson = { id: pageId, name: site.name, url: site.url, time_zone: zone, updated_at: at(asOf) };

  const groups = [...new Set(model.components.flatMap((c) => (c.group ? [c.group] : [])))];
  const groupId = (group: string) => `group-${group.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  const created = (since: Date | undefined) => at(since ?? model.incidents.at(-1)?.start ?? asOf);
  const components: ComponentJson[] = [
    ...model.components.map((component, index): ComponentJson => ({
      id: component.id,
      name: component.name,
      status: STATE_TO_STATUSPAGE[status.componentState.get(component.id) ?? 'operational'],
      created_at: created(component.since),
      updated_at: at(asOf),
      position: index + 1,
      description: component.description ?? null,
      showcase: true,
      start_date: component.since ? at(component.since).slice(0, 10) : null,
      group_id: component.group ? groupId(component.group) : null,
      page_id: pageId,
      group: false,
      only_show_if_degraded: false,
    })),
    ...groups.map((group, index): ComponentJson => {
      const members = model.components.filter((c) => c.group === group);
      const worst = members.map((c) => status.componentState.get(c.id) ?? 'operational').reduce(worseState, 'operational');
      return {
        id: groupId(group),
        name: group,
        status: STATE_TO_STATUSPAGE[worst],
        created_at: created(undefined),
        updated_at: at(asOf),
        position: model.components.length + index + 1,
        description: null,
        showcase: false,
        start_date: null,
        group_id: null,
        page_id: pageId,
        group: true,
        only_show_if_degraded: false,
        components: members.map((c) => c.id),
      };
    }),
  ];
  const componentById = new Map(components.map((c) => [c.id, c]));
  const componentNames = new Map(model.components.map((c) => [c.id, c.name]));

  const incidentJson = (incident: VisibleIncident): IncidentJson => {
    const maintenance = incident.impact === 'maintenance';
    const state = incidentState(incident, asOf);
    const numbered = numberedUpdates(incident);
    const ordered = numbered.map(({ update }) => update);
    const latest = ordered.at(-1);
    const statusNow = incidentStatus(incident, state, latest?.status);
    const affected = incident.components.map((c) => componentById.get(c.id)).filter((c) => c !== undefined);
    const monitoring = ordered.find((u) => u.status === 'monitoring');
    const ended = state === 'resolved' || state === 'completed' ? incident.end : undefined;
    const changes = affectedComponents(
      incident,
      ordered.map((u) => u.at),
      componentNames,
    );
    const json: IncidentJson = {
      id: incident.slug,
      name: incident.title,
      status: statusNow,
      created_at: at(new Date(Math.min(ordered[0]?.at.getTime() ?? Infinity, incident.start.getTime(), asOf.getTime()))),
      updated_at: at(lastUpdated(incident, asOf)),
      monitoring_at: monitoring ? at(monitoring.at) : null,
      resolved_at: ended ? at(ended) : null,
      impact: IMPACT_TO_STATUSPAGE[incident.impact],
      shortlink: `${root}incidents/${incident.slug}/`,
      started_at: at(incident.start),
      page_id: pageId,
      incident_updates: numbered
        .map(({ id, update }, index): IncidentUpdateJson => ({
          id,
          status: (maintenance ? UPDATE_TO_MAINTENANCE_STATUS : UPDATE_TO_INCIDENT_STATUS)[update.status],
          body: update.body,
          incident_id: incident.slug,
          created_at: at(update.at),
          updated_at: at(update.at),
          display_at: at(update.at),
          affected_components: changes[index] ?? null,
          deliver_notifications: true,
          custom_tweet: null,
          tweet_id: null,
        }))
        .reverse(),
      components: affected,
      reminder_intervals: null,
    };
    if (maintenance) {
      json.scheduled_for = at(incident.start);
      const until = incident.end ?? incident.plannedEnd;
      json.scheduled_until = until ? at(until) : null;
    }
    return json;
  };

  const incidents = model.incidents.filter((i) => i.impact !== 'maintenance' && i.start <= asOf);
  const maintenances = model.incidents.filter((i) => i.impact === 'maintenance');
  const unresolved = incidents.filter((i) => incidentState(i, asOf) === 'ongoing' && i.impact !== 'none').map(incidentJson);
  const upcoming = status.upcomingMaintenance.map(incidentJson);
  const active = status.maintenanceInProgress.map(incidentJson);
  const indicator = status.banner.state === 'operational' ? 'none' : IMPACT_TO_STATUSPAGE[status.banner.state];
  const statusJson: StatusJson = { indicator, description: INDICATOR_DESCRIPTIONS[indicator] };

  return {
    summary: { page, components, incidents: unresolved, scheduled_maintenances: [...active, ...upcoming], status: statusJson },
    status: { page, status: statusJson },
    components: { page, components },
    incidents: { page, incidents: incidents.slice(0, RECENT_LIMIT).map(incidentJson) },
    unresolved: { page, incidents: unresolved },
    scheduledMaintenances: { page, scheduled_maintenances: maintenances.slice(0, RECENT_LIMIT).map(incidentJson) },
    upcoming: { page, scheduled_maintenances: upcoming },
    active: { page, scheduled_maintenances: active },
  };
}

/** The Statuspage status of an incident: its state wins over a stale latest update. */
function incidentStatus(
  incident: VisibleIncident,
  state: ReturnType<typeof incidentState>,
  latest: UpdateStatus | undefined,
): IncidentStatus | MaintenanceStatus {
  switch (state) {
    case 'resolved':
      return 'resolved';
    case 'completed':
      return 'completed';
    case 'scheduled':
      return 'scheduled';
    case 'in-progress':
      return latest && UPDATE_TO_MAINTENANCE_STATUS[latest] === 'verifying' ? 'verifying' : 'in_progress';
    case 'ongoing': {
      const said = latest && UPDATE_TO_INCIDENT_STATUS[latest];
      // A notice (impact none) may be closed by its update alone; anything else is open until its end.
      return said === 'resolved' ? (incident.impact === 'none' ? 'resolved' : 'investigating') : (said ?? 'investigating');
    }
  }
}

export type StatuspageApi = ReturnType<typeof statuspageApi>;
