/**
 * Atlassian Statuspage → our content. Reads the answers of the manage API
 * (`api.statuspage.io/v1/pages/{id}/components`, `component-groups`, `incidents`) or of a
 * page's public v2 API (`/api/v2/components.json`, `incidents.json`,
 * `scheduled-maintenances.json`), which share their field names.
 *
 * Impacts, component states and update statuses map back as `src/outputs/statuspage.ts`
 * maps them forward (README, "Statuspage-compatible API"). Each update's
 * `affected_components` (old and new status) give each component its own window and impact.
 */
import { z } from 'astro/zod';
import { fieldPath, type ContentError } from '../input/errors.ts';
import { plainText, timestamp, type Component, type Impact, type UpdateStatus } from '../input/schema.ts';
import { dayOf, dayPeriod } from '../engine/time.ts';
import {
  IMPACT_TO_STATUSPAGE,
  STATE_TO_STATUSPAGE,
  UPDATE_TO_INCIDENT_STATUS,
  UPDATE_TO_MAINTENANCE_STATUS,
} from '../outputs/statuspage.ts';
import {
  assignIds,
  ImportError,
  settleIncident,
  worseImpact,
  type ImportedComponent,
  type ImportedIncident,
  type ImportedUpdate,
  type ImportedWindow,
  type ImportResult,
  type Loss,
} from './content.ts';

const text = z.string().transform(plainText);

const componentJson = z.object({
  id: z.string(),
  name: text,
  description: text.nullish(),
  position: z.number().nullish(),
  group_id: z.string().nullish(),
  group: z.boolean().nullish(),
  components: z.array(z.string()).nullish(),
  /** A date, `2019-01-01`: uptime is shown from it. */
  start_date: z.string().nullish(),
  created_at: timestamp.nullish(),
});
const groupJson = z.object({ id: z.string(), name: text, components: z.array(z.string()).nullish() });
const affectedJson = z.object({
  code: z.string(),
  name: z.string().nullish(),
  old_status: z.string().nullish(),
  new_status: z.string(),
});
const updateJson = z.object({
  status: z.string(),
  body: text.nullish(),
  created_at: timestamp,
  display_at: timestamp.nullish(),
  affected_components: z.array(affectedJson).nullish(),
});
const incidentJson = z.object({
  id: z.string(),
  name: text,
  status: z.string(),
  impact: z.string().nullish(),
  created_at: timestamp,
  started_at: timestamp.nullish(),
  resolved_at: timestamp.nullish(),
  scheduled_for: timestamp.nullish(),
  scheduled_until: timestamp.nullish(),
  postmortem_body: text.nullish(),
  postmortem_published_at: timestamp.nullish(),
  shortlink: z.string().nullish(),
  incident_updates: z.array(updateJson).nullish(),
  components: z.array(z.object({ id: z.string() })).nullish(),
});

export type StatuspageComponent = z.output<typeof componentJson>;
export type StatuspageGroup = z.output<typeof groupJson>;
export type StatuspageIncident = z.output<typeof incidentJson>;

/** The answers of each endpoint, manage API (a bare list per page) or public v2 (an object). */
export const STATUSPAGE_ANSWERS = {
  components: z.array(componentJson),
  groups: z.array(groupJson),
  incidents: z.array(incidentJson),
  publicComponents: z.object({ components: z.array(componentJson) }),
  publicIncidents: z.object({ incidents: z.array(incidentJson) }),
  publicMaintenances: z.object({ scheduled_maintenances: z.array(incidentJson) }),
} as const;

/**
 * One answer read through its schema, or an {@link ImportError} naming `where` (the URL)
 * and the field at fault.
 */
export function readAnswer<S extends z.ZodType>(schema: S, json: unknown, where: string): z.output<S> {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  throw new ImportError(
    result.error.issues.slice(0, 5).map((issue): ContentError => ({
      file: where,
      field: fieldPath(issue.path) || '(answer)',
      problem: issue.message,
      fix: 'this is not an answer in the shape of Statuspage: check the page id or the address',
    })),
  );
}

const invert = <K extends string, V extends string>(map: Record<K, V>) =>
  new Map(Object.entries(map).map(([ours, theirs]) => [theirs as V, ours as K]));
const IMPACT_FROM = invert(IMPACT_TO_STATUSPAGE);
const STATE_FROM = invert(STATE_TO_STATUSPAGE);
/**
 * Update statuses back, per kind: where several of ours map to one of theirs, the one of the
 * same name wins, else the first (a maintenance's `in_progress` is our `in-progress`,
 * `verifying` our `monitoring`).
 */
function invertStatuses<V extends string>(map: Record<UpdateStatus, V>): Map<string, UpdateStatus> {
  const back = new Map<string, UpdateStatus>();
  for (const [ours, theirs] of Object.entries(map) as Array<[UpdateStatus, V]>) {
    if (!back.has(theirs) || ours === theirs) back.set(theirs, ours);
  }
  return back;
}
const INCIDENT_UPDATE_FROM = invertStatuses(UPDATE_TO_INCIDENT_STATUS);
const MAINTENANCE_UPDATE_FROM = invertStatuses(UPDATE_TO_MAINTENANCE_STATUS);

export interface StatuspageData {
  components: StatuspageComponent[];
  groups: StatuspageGroup[];
  incidents: StatuspageIncident[];
}

export interface MapOptions {
  timeZone: string;
  /** The as-of instant: how long an ongoing incident has lasted. */
  now: Date;
  /** components.yaml as it is: a component of the same name keeps its id. */
  existing: readonly Component[];
  /** site.yaml's `longIncidentDays`, when it sets one. */
  longIncidentDays?: number | undefined;
}

/** Statuspage's components, groups and incidents as our components and incidents, with every loss noted. */
export function mapStatuspage(data: StatuspageData, { timeZone, now, existing, longIncidentDays }: MapOptions): ImportResult {
  const losses: Loss[] = [];
  const groupNames = new Map<string, string>();
  for (const group of data.groups) groupNames.set(group.id, group.name);
  for (const c of data.components) if (c.group) groupNames.set(c.id, c.name);
  const tracked = data.components
    .filter((c) => !c.group && !groupNames.has(c.id))
    .toSorted((a, b) => (a.position ?? 0) - (b.position ?? 0));
  const ids = assignIds(
    tracked.map((c) => c.name),
    existing,
  );
  const idOf = new Map(tracked.map((c) => [c.id, ids.get(c.name)!]));
  const components = tracked.map((c): ImportedComponent => ({
    id: ids.get(c.name)!,
    name: c.name,
    description: c.description || undefined,
    group: c.group_id ? groupNames.get(c.group_id) : undefined,
    since: since(c, timeZone),
  }));
  const allIds = [...new Set([...existing.map((c) => c.id), ...components.map((c) => c.id)])];
  const seen = new Set<string>();
  const incidents: ImportedIncident[] = [];
  for (const source of data.incidents) {
    if (seen.has(source.id)) continue;
    seen.add(source.id);
    const incident = mapIncident(source, { idOf, groups: groupNames, losses });
    incidents.push(settleIncident(incident, { now, allIds, losses, longIncidentDays }));
  }
  return { components, incidents, losses, notices: [] };
}

/**
 * `start_date` is a day; the component's creation time is used when it falls on that day
 * (it is the more precise instant), else local midnight.
 */
function since(component: StatuspageComponent, timeZone: string): Date | undefined {
  const day = component.start_date?.slice(0, 10);
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const created = component.created_at;
  if (created && dayOf(created.getTime(), timeZone) === day) return created;
  return new Date(dayPeriod(day, timeZone).start);
}

const CLOSED = new Set(['resolved', 'postmortem', 'completed']);

function mapIncident(
  source: StatuspageIncident,
  context: { idOf: ReadonlyMap<string, string>; groups: ReadonlyMap<string, string>; losses: Loss[] },
): ImportedIncident {
  const item = `incident ${source.id} "${source.name}"`;
  const note = (text: string) => context.losses.push({ item, note: text });
  const maintenance = source.impact === 'maintenance' || Boolean(source.scheduled_for);
  let impact: Impact | undefined = maintenance ? 'maintenance' : IMPACT_FROM.get(source.impact as never);
  if (impact === undefined) {
    note(`impact "${source.impact ?? ''}" has no counterpart: imported as none (listed, never counted)`);
    impact = 'none';
  }
  const sourceUpdates = (source.incident_updates ?? [])
    .map((u) => ({ ...u, at: u.display_at ?? u.created_at }))
    .toSorted((a, b) => a.at.getTime() - b.at.getTime());
  const start = (maintenance ? source.scheduled_for : source.started_at) ?? source.started_at ?? source.created_at;
  const lastAt = sourceUpdates.at(-1)?.at;
  const end = maintenance
    ? source.status === 'completed'
      ? (source.resolved_at ?? source.scheduled_until ?? lastAt)
      : (source.scheduled_until ?? undefined)
    : CLOSED.has(source.status)
      ? (source.resolved_at ?? lastAt)
      : undefined;

  const updates: ImportedUpdate[] = [];
  const postmortems: string[] = source.postmortem_body ? [source.postmortem_body] : [];
  sourceUpdates.forEach((u, index) => {
    const status = (maintenance ? MAINTENANCE_UPDATE_FROM : INCIDENT_UPDATE_FROM).get(u.status);
    if (u.status === 'postmortem') {
      if (u.body) postmortems.push(u.body);
    } else if (!status) {
      note(`update ${index + 1} has status "${u.status}", which has no counterpart: left out`);
    } else if (!u.body?.trim()) {
      note(`update ${index + 1} (${u.status}) has no text: left out of the timeline`);
    } else {
      updates.push({ at: u.at, status, body: u.body.trim() });
    }
  });
  const shortlink = source.shortlink && URL.canParse(source.shortlink) ? source.shortlink : undefined;
  const hasPostmortem = source.status === 'postmortem' || Boolean(source.postmortem_published_at);
  return {
    item,
    title: source.name,
    impact,
    start,
    end: end && end < start ? start : end,
    // A component at the incident's own impact needs no override.
    components: windows(source, sourceUpdates, { start, end, maintenance, item, ...context }).map((w) =>
      w.impact === impact ? { ...w, impact: undefined } : w,
    ),
    updates,
    body: postmortems.length ? `## Postmortem\n\n${postmortems.join('\n\n')}` : undefined,
    postmortem: hasPostmortem && postmortems.length === 0 ? shortlink : undefined,
  };
}

/**
 * Each component's window and impact from the updates' `affected_components`: affected from
 * the first update that leaves it in a state other than operational, until the last that
 * brings it back (or the incident's end), at the worst state it was in. A change said by an
 * incident's first update counts from the incident's start (`started_at` may precede the
 * first update: it is when the incident began, the update when it was written). Without any
 * `affected_components`, every listed component takes the incident's impact and window.
 */
function windows(
  source: StatuspageIncident,
  updates: ReadonlyArray<{ at: Date; affected_components?: z.output<typeof affectedJson>[] | null | undefined }>,
  context: {
    start: Date;
    end: Date | undefined;
    maintenance: boolean;
    item: string;
    idOf: ReadonlyMap<string, string>;
    groups: ReadonlyMap<string, string>;
    losses: Loss[];
  },
): ImportedWindow[] {
  const note = (text: string) => context.losses.push({ item: context.item, note: text });
  const firstAt = updates[0]?.at;
  // A maintenance's first update announces it ahead: its changes count from when they are said.
  const when = (at: Date) => (!context.maintenance && at.getTime() === firstAt?.getTime() ? context.start : at);
  const events = updates.flatMap((u) => (u.affected_components ?? []).map((a) => ({ at: when(u.at), ...a })));
  const codes = [...new Set([...(source.components ?? []).map((c) => c.id), ...events.map((e) => e.code)])];
  const result: ImportedWindow[] = [];
  if (events.length === 0 && codes.length > 0) {
    note('its updates say no component states: every component takes the incident’s impact and whole window');
  }
  for (const code of codes) {
    if (context.groups.has(code)) continue;
    const id = context.idOf.get(code);
    if (!id) {
      const name = events.find((e) => e.code === code)?.name;
      note(`component ${code}${name ? ` "${name}"` : ''} no longer exists: left out`);
      continue;
    }
    if (events.length === 0) {
      result.push({ id });
      continue;
    }
    const own = events.filter((e) => e.code === code);
    const stateOf = (status: string | null | undefined): Impact | 'operational' | undefined => {
      if (!status) return undefined;
      const state = STATE_FROM.get(status as never);
      if (state === undefined) note(`component state "${status}" has no counterpart: read as operational`);
      return state ?? 'operational';
    };
    // A component already affected when the incident began is affected from its start.
    const initial = stateOf(own[0]?.old_status);
    let from: Date | undefined = initial && initial !== 'operational' ? context.start : undefined;
    let worst: Impact | undefined = initial && initial !== 'operational' ? initial : undefined;
    let until: Date | undefined;
    const states = new Set<Impact>(worst ? [worst] : []);
    let spells = from ? 1 : 0;
    for (const event of own) {
      const state = stateOf(event.new_status);
      if (state === 'operational' || state === undefined) {
        if (from) until = event.at;
        continue;
      }
      if (!from) from = event.at;
      else if (until) spells++;
      until = undefined;
      worst = worst ? worseImpact(worst, state) : state;
      states.add(state);
    }
    if (!from || !worst) {
      result.push({ id, impact: 'none' });
      continue;
    }
    if (states.size > 1) note(`${id} was ${[...states].join(', then ')}: imported as ${worst} for its whole window`);
    if (spells > 1) note(`${id} recovered and failed again: imported as one window from the first failure to the last recovery`);
    const start = from > context.start ? from : undefined;
    const end = until && (!context.end || until < context.end) ? until : undefined;
    result.push({ id, impact: worst, start, end });
  }
  return result;
}
