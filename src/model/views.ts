/**
 * What pages show, derived once per build from the site model: every state, duration,
 * count, change and label a page prints is here, so components only format. Pages pick
 * the view they need and pass it down as props.
 */
import type { Component, Impact, IncidentUpdate, Weights } from '../input/schema.ts';
import { formatPercent, humanize, monthLabel } from '../format/figures.ts';
import { DEFAULT_LOCALE, message, translator, type Locale } from '../i18n/catalog.ts';
import { groupSlugs } from '../format/routes.ts';
import type { VisibleIncident } from '../engine/as-of.ts';
import { ANY, type DayBar, type DayIndex, type DayLevel } from '../engine/days.ts';
import { incidentMinutes, incidentState, numberedUpdates, type IncidentState } from '../engine/incident.ts';
import { latestUpdate, worseState, type ComponentState, type CurrentStatus } from '../engine/status.ts';
import { dayOf, dayPeriod, monthOf, monthPeriod, type DayKey } from '../engine/time.ts';
import { STATES_BY_SEVERITY, type State } from '../engine/timeline.ts';
import { COUNTED_IMPACTS, type ComponentFigures, type Uptime } from '../engine/uptime.ts';
import { bannerHeadline, vocabulary } from './vocabulary.ts';

/** An update as shown: its status in words. */
export interface UpdateView {
  /** `<slug>-<n>`: the anchor the feeds and notifications link to (absent for scheduled updates). */
  id?: string | undefined;
  statusLabel: string;
  at: Date;
  body: string;
  /** The language `body` is in: the page's when translated, else the original's (section 10). */
  lang: Locale;
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
  /** The language `title` is in: the view's when translated, else the original's (section 10). */
  titleLang: Locale;
  /** The language of the body: the view's when `translations` has a body for it, else the original's. */
  bodyLang: Locale;
  /** Its title or an update is shown in the original language (the page adds its body, which only it sees): said once. */
  untranslated: boolean;
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
  /** The ids of the affected components, for filters. */
  componentIds: string[];
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
  /** The language of the words (section 10); the site's default when absent. */
  locale?: Locale | undefined;
  /** The language content is written in: the site's own (`site.locale`); the default when absent. */
  originalLocale?: Locale | undefined;
}

/** Minutes by state of one component over a period (a day, a month). */
export type StateMinutes = Pick<ComponentFigures, 'major' | 'partial' | 'degraded' | 'maintenance'>;

const updateView = (
  update: IncidentUpdate,
  id?: string,
  locale: Locale = DEFAULT_LOCALE,
  original: Locale = locale,
): UpdateView => {
  const translated = locale === original ? undefined : update.translations?.[locale]?.body;
  return {
    id,
    statusLabel: vocabulary(locale).updateStatus[update.status] ?? humanize(update.status),
    at: update.at,
    body: translated ?? update.body,
    lang: translated === undefined ? original : locale,
  };
};

/**
 * An incident as pages and feeds show it at `context.asOf`.
 *
 * @example
 * incidentView(payments, context).stateLabel //=> 'Resolved'
 * incidentView(payments, context).minutes    //=> 22
 */
export function incidentView(incident: VisibleIncident, context: IncidentContext): IncidentView {
  const { asOf, locale = DEFAULT_LOCALE, originalLocale = DEFAULT_LOCALE } = context;
  const words = vocabulary(locale);
  const translation = locale === originalLocale ? undefined : incident.translations?.[locale];
  const updates = numberedUpdates(incident)
    .reverse()
    .map(({ id, update }) => updateView(update, id, locale, originalLocale));
  const state = incidentState(incident, asOf);
  const latest = latestUpdate(incident);
  const startMonth = monthOf(incident.start.getTime(), context.timeZone);
  return {
    slug: incident.slug,
    title: translation?.title ?? incident.title,
    titleLang: translation ? locale : originalLocale,
    bodyLang: translation?.body === undefined ? originalLocale : locale,
    untranslated: locale !== originalLocale && (!translation || updates.some((update) => update.lang !== locale)),
    draft: incident.draft,
    impact: incident.impact,
    impactLabel: words.impact[incident.impact],
    state,
    stateLabel: words.state[state],
    start: incident.start,
    end: incident.end,
    plannedEnd: incident.plannedEnd,
    minutes: incidentMinutes(incident, asOf),
    lasting: incident.end === undefined,
    counted: COUNTED_IMPACTS.has(incident.impact),
    category: incident.category,
    categoryLabel: incident.category === undefined ? undefined : humanize(incident.category),
    postmortem: incident.postmortem,
    affected: incident.components.map((c) => context.componentNames.get(c.id) ?? c.id).join(', '),
    componentIds: incident.components.map((c) => c.id),
    components: incident.components.map((affected) => ({
      name: context.componentNames.get(affected.id) ?? affected.id,
      impactLabel: words.impact[affected.impact],
      start: affected.start,
      end: affected.end,
      endNote: affected.end
        ? undefined
        : affected.start > asOf
          ? message('model.affected.notStarted', {}, locale)
          : words.state.ongoing,
    })),
    latest: latest && updateView(latest, undefined, locale, originalLocale),
    updates,
    months: (context.monthsBySlug.get(incident.slug) ?? []).map((month) => ({
      month,
      label: monthLabel(month, locale),
      written: context.writtenMonths.has(month),
    })),
    historyMonth: context.trackedMonths.has(startMonth)
      ? { month: startMonth, label: monthLabel(startMonth, locale) }
      : undefined,
  };
}

/** Scheduled updates as the dev server's preview lists them, oldest first. */
export function scheduledViews(updates: readonly IncidentUpdate[], locale: Locale = DEFAULT_LOCALE): UpdateView[] {
  return updates.map((update) => updateView(update, undefined, locale));
}

/** The banner at the top of the home page: the overall state, and what is going on, counted. */
export interface BannerView {
  state: ComponentState;
  headline: string;
  /** "1 incident ongoing, 1 maintenance in progress"; undefined when nothing is. */
  summary?: string | undefined;
  /** The instant the page shows. */
  asOf: Date;
}

/**
 * @example
 * bannerView(status, asOf).summary //=> '1 incident ongoing'
 */
export function bannerView(status: CurrentStatus, asOf: Date, locale: Locale = DEFAULT_LOCALE): BannerView {
  const t = translator(locale);
  const incidents = status.active.length > 0 ? t.plural('model.banner.incidentsOngoing', status.active.length) : '';
  const maintenances =
    status.maintenanceInProgress.length > 0
      ? t.plural('model.banner.maintenancesInProgress', status.maintenanceInProgress.length)
      : '';
  return {
    state: status.banner.state,
    headline: bannerHeadline(status.banner.state, locale),
    summary:
      incidents && maintenances
        ? t('model.banner.summaryBoth', { incidents, maintenances })
        : incidents || maintenances || undefined,
    asOf,
  };
}

/** Minutes spent in one state, with the state in words: "12 min partial outage". */
export interface StateTime {
  state: State;
  /** Lower case, to follow a number: "partial outage". */
  label: string;
  minutes: number;
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
  /** Minutes in each state that day, worst first; only states it spent time in. */
  stateTimes: StateTime[];
  /** The incidents that touched the day, oldest first, each with its page. */
  incidents: Array<{ title: string; path: string }>;
  /** How many they are. */
  incidentCount: number;
  /** The day in the month's history. */
  dayPath: string;
}

/**
 * The minutes of each state, worst first, leaving out states with none unless listed in `always`.
 *
 * @example
 * stateTimes({ major: 0, partial: 76, degraded: 12, maintenance: 0 }, ['major'])
 * //=> [{ state: 'major', label: 'major outage', minutes: 0 }, { state: 'partial', label: 'partial outage', minutes: 76 }, { state: 'degraded', … }]
 */
export function stateTimes(minutes: StateMinutes, always: readonly State[] = [], locale: Locale = DEFAULT_LOCALE): StateTime[] {
  const words = vocabulary(locale).stateTime;
  return STATES_BY_SEVERITY.toReversed().flatMap((state) =>
    minutes[state] > 0 || always.includes(state) ? [{ state, label: words[state], minutes: minutes[state] }] : [],
  );
}

/**
 * A component's day bars as shown.
 *
 * @example
 * dayBarViews(bars, 'Europe/Copenhagen')[0].levelLabel //=> 'Degraded performance'
 */
export function dayBarViews(bars: readonly DayBar[], timeZone: string, locale: Locale = DEFAULT_LOCALE): DayBarView[] {
  const levels = vocabulary(locale).dayLevel;
  return bars.map((bar) => ({
    day: bar.day,
    date: new Date(dayPeriod(bar.day, timeZone).start),
    level: bar.level,
    levelLabel: levels[bar.level],
    uptime: bar.figures,
    stateTimes: bar.figures ? stateTimes(bar.figures, [], locale) : [],
    incidents: bar.incidents.map(({ slug, title }) => ({ title, path: `incidents/${slug}/` })),
    incidentCount: bar.incidents.length,
    dayPath: `history/${bar.day.slice(0, 7)}/#day-${bar.day}`,
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
  /** How many days the bars cover. */
  days: number;
}

/**
 * Up to this many components, a page may list every component where it helps: the home page
 * carries every component's bars, each history page links every component's history. Past
 * it, a folded group on the home page (all its members operational) shows its state and
 * uptime and links to its own page for its members' bars, and the history pages link one
 * index of the components: no page grows with the number of components unless it shows them all.
 */
export const MANY_COMPONENTS = 50;

/** A group of components; `name` is empty for components without a group. */
export interface ComponentGroup {
  name: string;
  /** Its page, `groups/<slug>/`; empty for the components without a group. */
  path: string;
  /** On the home page, its members are not listed: a link to its page stands for them. */
  linked: boolean;
  /** The worst state of its members now. */
  state: ComponentState;
  stateLabel: string;
  /** Shown open when a member is not operational. */
  open: boolean;
  /** The mean uptime of its tracked members over the bar days, said beside it when it is closed. */
  uptime?: Uptime | undefined;
  /** Names of its members whose error budget for the as-of month is overspent. */
  overspent: string[];
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
  overspent: ReadonlySet<string | undefined> = new Set(),
  locale: Locale = DEFAULT_LOCALE,
): ComponentGroup[] {
  const stateLabels = vocabulary(locale).componentState;
  const groups = new Map<string, ComponentRow[]>();
  const slugs = groupSlugs([...new Set(components.flatMap((component) => (component.group ? [component.group] : [])))]);
  const many = components.length > MANY_COMPONENTS;
  for (const component of components) {
    const state = status.componentState.get(component.id) ?? 'operational';
    const bars = barsOf(component.id);
    const row: ComponentRow = {
      id: component.id,
      name: component.name,
      description: component.description,
      state,
      stateLabel: stateLabels[state],
      uptime: uptimeOf(component.id),
      bars,
      days: bars.length,
    };
    const key = component.group ?? '';
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  let named = 0;
  return [...groups].map(([name, rows]) => {
    const state = rows.map((row) => row.state).reduce(worseState, 'operational');
    const tracked = rows.flatMap((row) => (row.uptime ? [row.uptime] : []));
    const path = name ? `groups/${slugs[named++]}/` : '';
    return {
      name,
      path,
      linked: many && name !== '' && state === 'operational',
      state,
      stateLabel: stateLabels[state],
      open: state !== 'operational',
      uptime:
        tracked.length === 0
          ? undefined
          : {
              uptime: tracked.reduce((sum, uptime) => sum + uptime.uptime, 0) / tracked.length,
              hasWeightedDowntime: tracked.some((uptime) => uptime.hasWeightedDowntime),
            },
      overspent: rows.filter((row) => overspent.has(row.id)).map((row) => row.name),
      components: rows,
    };
  });
}

/** The incidents that touched one local day. */
export interface DayIncidents {
  day: DayKey;
  /** The day's local midnight. */
  date: Date;
  incidents: IncidentView[];
}

/** The days among `days` that incidents touched, newest first, with those incidents. */
export function incidentsByDay(
  days: readonly DayKey[],
  index: DayIndex,
  views: ReadonlyMap<string, IncidentView>,
  timeZone: string,
): DayIncidents[] {
  return days
    .toReversed()
    .map((day) => ({
      day,
      date: new Date(dayPeriod(day, timeZone).start),
      incidents: index.byDay(ANY, day).map((incident) => views.get(incident.slug)!),
    }))
    .filter((entry) => entry.incidents.length > 0);
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

/**
 * The incidents that started on each of `days` (local), newest day first, quiet days
 * included: the home page's "Past incidents", as the hosted status pages list them.
 */
export function incidentsStartedByDay(
  days: readonly DayKey[],
  newestFirst: readonly IncidentView[],
  asOf: Date,
  timeZone: string,
): DayIncidents[] {
  // Only incidents that started within the days are placed: the list is newest first.
  const since = dayPeriod(days[0]!, timeZone).start;
  const started = newestFirst.filter((incident) => incident.start <= asOf && incident.start.getTime() >= since);
  const byDay = Map.groupBy(started, (incident) => dayOf(incident.start.getTime(), timeZone));
  return days.toReversed().map((day) => ({
    day,
    date: new Date(dayPeriod(day, timeZone).start),
    incidents: byDay.get(day) ?? [],
  }));
}

/** What the figures mean, in one sentence each: shown beside them, linking to how they are computed. */
export interface Definitions {
  uptime: string;
  downtime: string;
  budget: string;
  /** What spends a budget, and how its share is cut. */
  budgetUse: string;
  /** How overlapping incidents share the minutes they spent. */
  budgetCharges: string;
}

/**
 * The definitions for a site's weights, in one language.
 *
 * @example
 * definitions({ major: 1, partial: 0.3, degraded: 0, maintenance: 0 }).uptime
 * //=> 'Uptime is the share of time a component worked: a minute of major outage counts as down, a minute of partial outage as 30% down; degraded performance and maintenance do not count.'
 */
export function definitions(weights: Weights, locale: Locale = DEFAULT_LOCALE): Definitions {
  const t = translator(locale);
  const states = ['major', 'partial', 'degraded', 'maintenance'] as const;
  const label = (state: (typeof states)[number]) => vocabulary(locale).stateTime[state];
  const percent = (weight: number) => {
    const share = Math.round(weight * 1000) / 10;
    return formatPercent(share, Number.isInteger(share) ? 0 : 1, locale);
  };
  const counted = states.filter((state) => weights[state] > 0);
  const unweighted = states.filter((state) => weights[state] === 0);
  const counts = counted.map((state) =>
    weights[state] === 1
      ? t('model.def.countsDown', { state: label(state) })
      : t('model.def.countsPart', { state: label(state), percent: percent(weights[state]) }),
  );
  // en-GB's list has no comma before "and", as these sentences always read.
  const list = new Intl.ListFormat(locale === 'en' ? 'en-GB' : locale, { type: 'conjunction' });
  const rules = counts.length > 0 ? list.format(counts) : t('model.def.noneCounts');
  const free =
    unweighted.length === 0
      ? ''
      : t(unweighted.length === 1 ? 'model.def.freeOne' : 'model.def.freeMany', { states: list.format(unweighted.map(label)) });
  const exampleMinutes = 43.2;
  return {
    uptime: free ? t('model.def.uptimeFree', { rules, free }) : t('model.def.uptime', { rules }),
    downtime: t('model.def.downtime'),
    budget: t('model.def.budget', {
      target: formatPercent(99.9, 1, locale),
      share: formatPercent(0.1, 1, locale),
      minutes: t.plural('duration.minutes', exampleMinutes, new Intl.NumberFormat(locale).format(exampleMinutes)),
    }),
    budgetUse: t('model.def.budgetUse'),
    budgetCharges: t('model.def.budgetCharges'),
  };
}

/** How many months a history list shows; older months are linked to their own pages. */
export const HISTORY_MONTHS = 12;

/** One way to list the incident history: all incidents, or those of one component or impact. */
export interface HistoryView {
  /** `all`, `component:<id>` or `impact:<impact>`. */
  key: string;
  /** What the filter keeps, e.g. "Public API" or "Major outage"; "All incidents" for all. */
  label: string;
  /** The page's path under the site, e.g. `history/components/api/`. */
  path: string;
  /** The last {@link HISTORY_MONTHS} tracked months, newest first, with their incidents newest first. */
  months: Array<{ month: string; label: string; incidents: IncidentView[] }>;
  /** Older tracked months, newest first, for links to their pages. */
  older: Array<{ month: string; label: string }>;
}

/**
 * The incident history, whole and filtered by each component and each impact, month by
 * month (an incident belongs to the month it started in, as in the figures).
 *
 * @example
 * historyViews(views, ['2026-06'], components, 'UTC').map((view) => view.path)
 * //=> ['history/', 'history/components/web-app/', …, 'history/impacts/major/', …]
 */
export function historyViews(
  newestFirst: readonly IncidentView[],
  trackedMonths: readonly string[],
  components: readonly Component[],
  timeZone: string,
  locale: Locale = DEFAULT_LOCALE,
): HistoryView[] {
  const impacts = vocabulary(locale).impact;
  const recent = trackedMonths.slice(-HISTORY_MONTHS).toReversed();
  // Only the months listed are filled: older ones are links to their own pages.
  const since = recent.length > 0 ? monthPeriod(recent.at(-1)!, timeZone).start : Number.POSITIVE_INFINITY;
  const byMonth = Map.groupBy(
    newestFirst.filter((incident) => incident.start.getTime() >= since),
    (incident) => monthOf(incident.start.getTime(), timeZone),
  );
  const older = trackedMonths
    .slice(0, Math.max(0, trackedMonths.length - HISTORY_MONTHS))
    .toReversed()
    .map((month) => ({ month, label: monthLabel(month, locale) }));
  const view = (key: string, label: string, path: string, keep: (incident: IncidentView) => boolean): HistoryView => ({
    key,
    label,
    path,
    months: recent.map((month) => ({
      month,
      label: monthLabel(month, locale),
      incidents: (byMonth.get(month) ?? []).filter(keep),
    })),
    older,
  });
  return [
    view('all', message('model.history.all', {}, locale), 'history/', () => true),
    ...components.map((component) =>
      view(`component:${component.id}`, component.name, `history/components/${component.id}/`, (incident) =>
        incident.componentIds.includes(component.id),
      ),
    ),
    ...(Object.keys(impacts) as Impact[]).map((impact) =>
      view(`impact:${impact}`, impacts[impact], `history/impacts/${impact}/`, (incident) => incident.impact === impact),
    ),
  ];
}
