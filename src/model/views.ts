/**
 * What pages show, derived once per build from the site model: every state, duration,
 * count, change and label a page prints is here, so components only format. Pages pick
 * the view they need and pass it down as props.
 */
import type { Component, Impact, IncidentUpdate } from '../input/schema.ts';
import { humanize, monthLabel } from '../format/figures.ts';
import type { VisibleIncident } from '../engine/as-of.ts';
import { ANY, type DayBar, type DayIndex, type DayLevel } from '../engine/days.ts';
import { incidentMinutes, incidentState, numberedUpdates, type IncidentState } from '../engine/incident.ts';
import { latestUpdate, type Banner, type ComponentState, type CurrentStatus } from '../engine/status.ts';
import { dayPeriod, monthOf, type DayKey } from '../engine/time.ts';
import type { ComponentFigures, Uptime } from '../engine/uptime.ts';
import { COMPONENT_STATE_LABELS, DAY_LEVEL_LABELS, IMPACT_LABELS, STATE_LABELS, bannerHeadline } from './vocabulary.ts';

/** Impacts that count as incidents in figures (section 5 of the contract). */
export const COUNTED_IMPACTS: readonly Impact[] = ['major', 'partial', 'degraded'];

/** An update as shown: its status in words. */
export interface UpdateView {
  /** `<slug>-<n>`: the anchor the feeds and notifications link to (absent for scheduled updates). */
  id?: string | undefined;
  statusLabel: string;
  at: Date;
  body: string;
}

/** One affected component of an incident, as its table shows it. */
export interface AffectedView {
  name: string;
  impactLabel: string;
  start: Date;
  end?: Date | undefined;
  /** Said instead of an end: "Not started" or "Ongoing". */
  endNote?: string | undefined;
}

/** Everything a page or feed shows about one incident at the as-of instant. */
export interface IncidentView {
  slug: string;
  title: string;
  draft: boolean;
  impact: Impact;
  impactLabel: string;
  state: IncidentState;
  stateLabel: string;
  start: Date;
  end?: Date | undefined;
  plannedEnd?: Date | undefined;
  /** Minutes from start to end, or to the as-of instant while it lasts; 0 before it starts. */
  minutes: number;
  /** True when it has no end yet: its duration is "so far". */
  lasting: boolean;
  /** Counted in figures (major, partial, degraded), rather than only listed. */
  counted: boolean;
  category?: string | undefined;
  categoryLabel?: string | undefined;
  postmortem?: string | undefined;
  /** Names of the affected components, in the incident's order, e.g. "Web application, Public API". */
  affected: string;
  components: AffectedView[];
  latest?: UpdateView | undefined;
  /** Visible updates, newest first. */
  updates: UpdateView[];
  /** The months whose figures or lists it appears in, with whether that month has a written review. */
  months: Array<{ month: string; label: string; written: boolean }>;
  /** Its start month, when that month has a history page. */
  historyMonth?: { month: string; label: string } | undefined;
}

/** Everything needed to describe incidents in words, fixed for one build. */
export interface IncidentContext {
  asOf: Date;
  componentNames: ReadonlyMap<string, string>;
  monthsBySlug: ReadonlyMap<string, string[]>;
  /** Months with a history page. */
  trackedMonths: ReadonlySet<string>;
  /** Months with a written review. */
  writtenMonths: ReadonlySet<string>;
  timeZone: string;
}

/** Minutes by state of one component over a period (a day, a month). */
export type StateMinutes = Pick<ComponentFigures, 'major' | 'partial' | 'degraded' | 'maintenance'>;

const updateView = (update: IncidentUpdate, id?: string): UpdateView => ({
  id,
  statusLabel: humanize(update.status),
  at: update.at,
  body: update.body,
});

/**
 * An incident as pages and feeds show it at `context.asOf`.
 *
 * @example
 * incidentView(payments, context).stateLabel //=> 'Resolved'
 * incidentView(payments, context).minutes    //=> 22
 */
export function incidentView(incident: VisibleIncident, context: IncidentContext): IncidentView {
  const { asOf } = context;
  const state = incidentState(incident, asOf);
  const latest = latestUpdate(incident);
  const startMonth = monthOf(incident.start.getTime(), context.timeZone);
  return {
    slug: incident.slug,
    title: incident.title,
    draft: incident.draft,
    impact: incident.impact,
    impactLabel: IMPACT_LABELS[incident.impact],
    state,
    stateLabel: STATE_LABELS[state],
    start: incident.start,
    end: incident.end,
    plannedEnd: incident.plannedEnd,
    minutes: incidentMinutes(incident, asOf),
    lasting: incident.end === undefined,
    counted: COUNTED_IMPACTS.includes(incident.impact),
    category: incident.category,
    categoryLabel: incident.category === undefined ? undefined : humanize(incident.category),
    postmortem: incident.postmortem,
    affected: incident.components.map((c) => context.componentNames.get(c.id) ?? c.id).join(', '),
    components: incident.components.map((affected) => ({
      name: context.componentNames.get(affected.id) ?? affected.id,
      impactLabel: IMPACT_LABELS[affected.impact],
      start: affected.start,
      end: affected.end,
      endNote: affected.end ? undefined : state === 'scheduled' ? 'Not started' : 'Ongoing',
    })),
    latest: latest && updateView(latest),
    updates: numberedUpdates(incident)
      .reverse()
      .map(({ id, update }) => updateView(update, id)),
    months: (context.monthsBySlug.get(incident.slug) ?? []).map((month) => ({
      month,
      label: monthLabel(month),
      written: context.writtenMonths.has(month),
    })),
    historyMonth: context.trackedMonths.has(startMonth) ? { month: startMonth, label: monthLabel(startMonth) } : undefined,
  };
}

/** Scheduled updates as the dev server's preview lists them, oldest first. */
export function scheduledViews(updates: readonly IncidentUpdate[]): UpdateView[] {
  return updates.map((update) => updateView(update));
}

/** The banner at the top of the home page. */
export interface BannerView {
  state: ComponentState;
  headline: string;
  incident?: { slug: string; title: string } | undefined;
  update?: UpdateView | undefined;
}

export function bannerView(banner: Banner): BannerView {
  return {
    state: banner.state,
    headline: bannerHeadline(banner.state),
    incident: banner.incident && { slug: banner.incident.slug, title: banner.incident.title },
    update: banner.update && updateView(banner.update),
  };
}

/** One day bar, with what its popover and its accessible name say. */
export interface DayBarView {
  day: DayKey;
  /** The day's local midnight. */
  date: Date;
  level: DayLevel;
  /** The colour in words: "Partial outage", "Operational", "Not tracked yet". */
  levelLabel: string;
  /** Undefined before the component was tracked. */
  uptime?: Uptime | undefined;
  minutes?: StateMinutes | undefined;
  incidents: Array<{ slug: string; title: string }>;
  /** Where the bar leads: the incident, or that day in the month's history. */
  path: string;
}

/**
 * A component's day bars as shown.
 *
 * @example
 * dayBarViews(bars, 'Europe/Copenhagen')[0].levelLabel //=> 'Degraded performance'
 */
export function dayBarViews(bars: readonly DayBar[], timeZone: string): DayBarView[] {
  return bars.map((bar) => ({
    day: bar.day,
    date: new Date(dayPeriod(bar.day, timeZone).start),
    level: bar.level,
    levelLabel: DAY_LEVEL_LABELS[bar.level],
    uptime: bar.figures,
    minutes: bar.figures && {
      major: bar.figures.major,
      partial: bar.figures.partial,
      degraded: bar.figures.degraded,
      maintenance: bar.figures.maintenance,
    },
    incidents: bar.incidents.map(({ slug, title }) => ({ slug, title })),
    path:
      bar.incidents.length === 1
        ? `incidents/${bar.incidents[0]!.slug}/`
        : `history/${bar.day.slice(0, 7)}/${bar.incidents.length > 1 ? `#day-${bar.day}` : ''}`,
  }));
}

/** A component on the home page: its state now, its uptime over the bar days and its bars. */
export interface ComponentRow {
  id: string;
  name: string;
  description?: string | undefined;
  state: ComponentState;
  stateLabel: string;
  /** Over the bar days; undefined when it is not tracked yet. */
  uptime?: Uptime | undefined;
  bars: DayBarView[];
}

/** A group of components; `name` is empty for components without a group. */
export interface ComponentGroup {
  name: string;
  /** Shown open when a member is not operational. */
  open: boolean;
  components: ComponentRow[];
}

/**
 * The home page's components by group, in the order of `components.yaml`.
 */
export function componentGroups(
  components: readonly Component[],
  status: CurrentStatus,
  uptimeOf: (id: string) => Uptime | undefined,
  barsOf: (id: string) => DayBarView[],
): ComponentGroup[] {
  const groups = new Map<string, ComponentRow[]>();
  for (const component of components) {
    const state = status.componentState.get(component.id) ?? 'operational';
    const row: ComponentRow = {
      id: component.id,
      name: component.name,
      description: component.description,
      state,
      stateLabel: COMPONENT_STATE_LABELS[state],
      uptime: uptimeOf(component.id),
      bars: barsOf(component.id),
    };
    const key = component.group ?? '';
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups].map(([name, rows]) => ({ name, open: rows.some((row) => row.state !== 'operational'), components: rows }));
}

/** The incidents that touched one local day. */
export interface DayIncidents {
  day: DayKey;
  /** The day's local midnight. */
  date: Date;
  incidents: IncidentView[];
}

/**
 * The incidents of each local day from `first` to `last` (inclusive), newest day first;
 * with `quiet`, days without incidents are kept (the home page says "No incidents reported").
 */
export function incidentsByDay(
  days: readonly DayKey[],
  index: DayIndex,
  views: ReadonlyMap<string, IncidentView>,
  timeZone: string,
  { quiet }: { quiet: boolean },
): DayIncidents[] {
  return days
    .toReversed()
    .map((day) => ({
      day,
      date: new Date(dayPeriod(day, timeZone).start),
      incidents: index.byDay(ANY, day).map((incident) => views.get(incident.slug)!),
    }))
    .filter((entry) => quiet || entry.incidents.length > 0);
}

/** A month's figure compared with the month before's. */
export interface Change {
  direction: 'up' | 'down' | 'same';
  amount: number;
}

/**
 * A signed change between two whole numbers, for "vs previous month" lines.
 *
 * @example
 * change(2, 4) //=> { direction: 'down', amount: 2 }
 */
export function change(current: number, previous: number): Change {
  const amount = Math.abs(current - previous);
  return { direction: current > previous ? 'up' : current < previous ? 'down' : 'same', amount };
}
