/**
 * What every importer produces, and how it becomes ordinary content: the shape shared by
 * the Statuspage and cState mappings (`statuspage.ts`, `cstate.ts`), the rules imported
 * history must follow to pass the content check, and the files it is written as.
 *
 * Pure: no I/O. `scripts/import.ts` fetches, calls a mapping, then {@link planImport}.
 */
import { TZDate } from '@date-fns/tz';
import { Document } from 'yaml';
import { IMPACTS, LONG_INCIDENT_DAYS, type Component, type Impact, type UpdateStatus } from '../input/schema.ts';
import { slugify } from '../input/scaffold.ts';
import { formatError, type ContentError } from '../input/errors.ts';
import { dayOf } from '../engine/time.ts';

/** A component as imported: its id is ours (an existing one when the name matches). */
export interface ImportedComponent {
  id: string;
  name: string;
  description?: string | undefined;
  group?: string | undefined;
  since?: Date | undefined;
}

/** A component of an incident; an absent field inherits the incident's. */
export interface ImportedWindow {
  id: string;
  impact?: Impact | undefined;
  start?: Date | undefined;
  end?: Date | undefined;
}

export interface ImportedUpdate {
  at: Date;
  status: UpdateStatus;
  body: string;
  /** Set on the first update after a `resolved` or `completed` one (the incident was reopened). */
  reopened?: boolean | undefined;
}

export interface ImportedIncident {
  /** The item in the source, for messages: e.g. `incident 8twsqkq2gnmd` or `content/issues/x.md`. */
  item: string;
  title: string;
  impact: Impact;
  start: Date;
  end?: Date | undefined;
  components: ImportedWindow[];
  updates: ImportedUpdate[];
  postmortem?: string | undefined;
  /** Markdown shown under the timeline (cState's text, Statuspage's postmortem). */
  body?: string | undefined;
  /** Written for a non-maintenance incident longer than `longIncidentDays` (site.yaml's, else the check's default): it is history, not a typo. */
  longRunning?: boolean | undefined;
}

/** Something the source said that our content cannot say exactly, or that was left out. */
export interface Loss {
  item: string;
  note: string;
}

export interface ImportResult {
  components: ImportedComponent[];
  incidents: ImportedIncident[];
  losses: Loss[];
  /** Said once, before anything else (e.g. "the public API lists only the 50 most recent incidents"). */
  notices: string[];
}

/**
 * Bad input from a source: each problem names the source and the item (`file`, e.g. a URL
 * or `content/issues/x.md`), in the project's one-line shape. Nothing is written.
 */
export class ImportError extends Error {
  readonly problems: readonly ContentError[];
  constructor(problems: readonly ContentError[]) {
    super(problems.map(formatError).join('\n'));
    this.name = 'ImportError';
    this.problems = problems;
  }
}

const DAY = 86_400_000;

/**
 * Our ids for the source's components, by name: a component whose name is already in
 * components.yaml keeps that id; any other gets the slug of its name, made unique.
 *
 * @example
 * assignIds(['Web app', 'API'], [{ id: 'api', name: 'API' }]) //=> Map { 'Web app' => 'web-app', 'API' => 'api' }
 */
export function assignIds(names: readonly string[], existing: readonly Pick<Component, 'id' | 'name'>[]): Map<string, string> {
  const byName = new Map(existing.map((c) => [c.name, c.id]));
  const taken = new Set(existing.map((c) => c.id));
  const ids = new Map<string, string>();
  for (const name of names) {
    if (ids.has(name)) continue;
    const known = byName.get(name);
    if (known) {
      ids.set(name, known);
      continue;
    }
    const base = slugify(name);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    ids.set(name, id);
  }
  return ids;
}

const CLOSING: ReadonlySet<UpdateStatus> = new Set(['resolved', 'completed']);

/**
 * An imported incident made to pass the content check, noting every change in `losses`:
 * updates in time order, `reopened` on an update that follows a resolution, the start moved
 * back to a non-maintenance incident's first update and the end on to its last one (updates
 * must lie inside the incident), `longRunning` past `longIncidentDays` (site.yaml's, else the check's default) (measured to
 * `now` while ongoing), and an incident that names no tracked component listed under every
 * one with impact `none` (it counts as an incident, costs no uptime).
 */
export function settleIncident(
  incident: ImportedIncident,
  {
    now,
    allIds,
    losses,
    longIncidentDays = LONG_INCIDENT_DAYS,
  }: { now: Date; allIds: readonly string[]; losses: Loss[]; longIncidentDays?: number | undefined },
): ImportedIncident {
  const maintenance = incident.impact === 'maintenance';
  const updates = incident.updates.toSorted((a, b) => a.at.getTime() - b.at.getTime());
  const settled = updates.map((update, index) =>
    index > 0 && CLOSING.has(updates[index - 1]!.status) ? { ...update, reopened: true } : update,
  );
  let { start, end } = incident;
  const first = settled[0]?.at;
  const last = settled.at(-1)?.at;
  if (!maintenance && first && first < start) {
    losses.push({
      item: incident.item,
      note: `starts at its first update (${first.toISOString()}), before the start the source gives`,
    });
    start = first;
  }
  if (end && last && last > end) {
    losses.push({ item: incident.item, note: `ends at its last update (${last.toISOString()}), after the end the source gives` });
    end = last;
  }
  let components = incident.components;
  if (components.length === 0) {
    losses.push({
      item: incident.item,
      note: 'affected no component that exists: listed under every component with impact none (counted as an incident, costs no uptime)',
    });
    components = allIds.map((id) => ({ id, impact: 'none' }));
  }
  const longRunning = !maintenance && ((end ?? now).getTime() - start.getTime()) / DAY > longIncidentDays;
  return { ...incident, start, end, components, updates: settled, longRunning: longRunning || undefined };
}

/** Files keep seconds, not milliseconds (see {@link exactTimestamp}). */
const toSecond = (instant: Date) => Math.floor(instant.getTime() / 1000);

/**
 * An instant in the site's zone with its offset, to the second. Unlike `localTimestamp`
 * (what an engineer types, to the minute), imported history keeps its seconds so that its
 * figures are the source's.
 *
 * @example
 * exactTimestamp(new Date('2026-06-04T07:12:30.418Z'), 'Europe/Copenhagen') //=> '2026-06-04T09:12:30+02:00'
 */
export function exactTimestamp(instant: Date, timeZone: string): string {
  return new TZDate(toSecond(instant) * 1000, timeZone)
    .toISOString()
    .replace(/\.\d{3}/, '')
    .replace(/\+00:00$/, 'Z');
}

/** The worse of two impacts (major > partial > degraded > maintenance > none). */
export function worseImpact(a: Impact, b: Impact): Impact {
  return IMPACTS.indexOf(a) <= IMPACTS.indexOf(b) ? a : b;
}

/** The slug an incident is written under: its local start date and its title, `2026-06-04-emails-queued`. */
export function incidentSlug(incident: Pick<ImportedIncident, 'title' | 'start'>, timeZone: string): string {
  return `${dayOf(incident.start.getTime(), timeZone)}-${slugify(incident.title)}`;
}

const YAML_OPTIONS = { lineWidth: 0, flowCollectionPadding: false } as const;

/** The incident as a content file: frontmatter in the order authors write it, then the body. */
export function incidentFile(incident: ImportedIncident, timeZone: string): string {
  const at = (instant: Date) => exactTimestamp(instant, timeZone);
  const components = incident.components.map((c) =>
    c.impact === undefined && c.start === undefined && c.end === undefined
      ? c.id
      : {
          id: c.id,
          ...(c.impact !== undefined ? { impact: c.impact } : {}),
          ...(c.start ? { start: at(c.start) } : {}),
          ...(c.end ? { end: at(c.end) } : {}),
        },
  );
  const doc = new Document({
    title: incident.title,
    impact: incident.impact,
    start: at(incident.start),
    ...(incident.end ? { end: at(incident.end) } : {}),
    ...(incident.longRunning ? { longRunning: true } : {}),
    components,
    ...(incident.updates.length
      ? {
          updates: incident.updates.map((u) => ({
            at: at(u.at),
            status: u.status,
            ...(u.reopened ? { reopened: true } : {}),
            body: u.body,
          })),
        }
      : {}),
    ...(incident.postmortem ? { postmortem: incident.postmortem } : {}),
  });
  const body = incident.body?.trim();
  return `---\n${doc.toString(YAML_OPTIONS)}---\n${body ? `\n${body}\n` : ''}`;
}

/** Components to append to components.yaml, as YAML list items (an empty string for none). */
export function componentsText(components: readonly ImportedComponent[], timeZone: string): string {
  if (components.length === 0) return '';
  const items = components.map((c) => ({
    id: c.id,
    name: c.name,
    ...(c.description ? { description: c.description } : {}),
    ...(c.group ? { group: c.group } : {}),
    ...(c.since ? { since: exactTimestamp(c.since, timeZone) } : {}),
  }));
  return new Document(items).toString(YAML_OPTIONS);
}

/** An incident already in the content folder. */
export interface ExistingIncident {
  slug: string;
  title: string;
  start: Date;
}

export interface ImportPlan {
  /** Components not yet in components.yaml, to append. */
  components: ImportedComponent[];
  /** Files to write, relative to the content folder (`incidents/2026/2026-06-04-x.md`). */
  files: Array<{ path: string; text: string; item: string }>;
  /** Source items already in the content folder (same title and start), left as they are. */
  present: Array<{ item: string; slug: string }>;
}

/**
 * What to write. An incident whose title and start match one already there is left alone,
 * so importing twice writes nothing new; a different one with the same slug gets `-2`, `-3`.
 */
export function planImport(
  result: ImportResult,
  existing: { components: readonly Pick<Component, 'id'>[]; incidents: readonly ExistingIncident[] },
  timeZone: string,
): ImportPlan {
  const known = new Set(existing.components.map((c) => c.id));
  const components = result.components.filter((c) => !known.has(c.id));
  const taken = new Map(existing.incidents.map((i) => [i.slug, i]));
  const planned = new Set<string>();
  const plan: ImportPlan = { components, files: [], present: [] };
  const ordered = result.incidents.toSorted(
    (a, b) => a.start.getTime() - b.start.getTime() || a.title.localeCompare(b.title) || a.item.localeCompare(b.item),
  );
  for (const incident of ordered) {
    const base = incidentSlug(incident, timeZone);
    for (let n = 1; ; n++) {
      const slug = n === 1 ? base : `${base}-${n}`;
      if (planned.has(slug)) continue;
      const there = taken.get(slug);
      if (there && there.title === incident.title && toSecond(there.start) === toSecond(incident.start)) {
        plan.present.push({ item: incident.item, slug });
        break;
      }
      if (there) continue;
      planned.add(slug);
      plan.files.push({
        path: `incidents/${slug.slice(0, 4)}/${slug}.md`,
        text: incidentFile(incident, timeZone),
        item: incident.item,
      });
      break;
    }
  }
  return plan;
}
