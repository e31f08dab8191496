/**
 * The site model: validated content plus the uptime model, indexed once per build so
 * every page, API file and feed looks figures up by key instead of scanning history.
 */
import type { Component, IncidentUpdate, SiteSettings } from '../input/schema.ts';
import { contentAsOf, nextChange, type Hidden, type NextChange, type VisibleIncident } from '../engine/as-of.ts';
import { dayBars, indexDays, type DayBar, type DayIndex } from '../engine/days.ts';
import { currentStatus, type CurrentStatus } from '../engine/status.ts';
import { dayPeriod, daysOfMonth, monthOf, monthPeriod, previousMonth, type MonthKey } from '../engine/time.ts';
import { computeUptime, type PeriodFigures, type UptimeModel } from '../engine/uptime.ts';
import type { LoadedContent, LoadedReview } from '../input/validate.ts';

/** A group of a month's incidents that share a category. */
export interface CategoryCount {
  /** The category slug; `uncategorised` for incidents without one. */
  category: string;
  incidents: VisibleIncident[];
}

/** Everything a review or history page shows about one month. */
export interface MonthReport {
  month: MonthKey;
  figures: PeriodFigures;
  /** The month before, when it is tracked. */
  previous?: PeriodFigures | undefined;
  /** True or false against `site.uptimeTarget`; undefined when there is no target. */
  targetMet?: boolean | undefined;
  /** Where the month's uptime lies against the target, by the same rule as `targetMet`. */
  targetPosition?: TargetPosition | undefined;
  /** Counted incidents (major, partial, degraded) that started in the month, oldest first. */
  incidents: VisibleIncident[];
  maintenances: VisibleIncident[];
  /** Counted incidents by category, largest group first. */
  categories: CategoryCount[];
  /** How many kinds of incident the month had: its categories, not counting incidents without one. */
  kinds: number;
  review?: LoadedReview | undefined;
  /** True when the review is scheduled for later: only the dev server shows it, labelled. */
  reviewScheduled: boolean;
  /** The month's local days up to the as-of instant, with their figures. */
  days: PeriodFigures[];
}

export interface SiteModel {
  site: SiteSettings;
  components: Component[];
  /** Component names by id, for lists of affected components. */
  componentNames: ReadonlyMap<string, string>;
  /** Non-draft incidents, newest first. */
  incidents: VisibleIncident[];
  /** Drafts, newest first: only when built for `npm run dev`; never counted. */
  drafts: VisibleIncident[];
  incidentBySlug: ReadonlyMap<string, VisibleIncident>;
  /** Reviews, oldest month first. */
  reviews: LoadedReview[];
  uptime: UptimeModel;
  /** A report for every tracked month, and for every reviewed month, oldest first. */
  reportByMonth: ReadonlyMap<MonthKey, MonthReport>;
  /** The status at the as-of instant. */
  status: CurrentStatus;
  /** Incidents, maintenance and notices that started in the last {@link RECENT_DAYS} days, newest first. */
  recent: VisibleIncident[];
  /** Figures of the last {@link BAR_DAYS} local days, oldest first. */
  days: PeriodFigures[];
  /** Figures over the last 30 and {@link BAR_DAYS} days as one range each ("90-day uptime"), by day count. */
  lastDaysFigures: ReadonlyMap<number, PeriodFigures>;
  /** Each component's bars for those days, by id. */
  bars: ReadonlyMap<string, DayBar[]>;
  /** Which incidents touched which day and month. */
  dayIndex: DayIndex;
  /** What the as-of instant hides because it is dated later (content contract, section 8). */
  hidden: Hidden;
  /** Scheduled updates by incident slug, oldest first: only for the dev server's preview. */
  scheduledUpdates: ReadonlyMap<string, IncidentUpdate[]>;
  /** The next instant at which a build would show something else. */
  nextChange: NextChange;
}

/** How many days of bars the home page shows. */
export const BAR_DAYS = 90;
/** How far back the home page lists incidents. */
export const RECENT_DAYS = 14;

export const UNCATEGORISED = 'uncategorised';

export type TargetPosition = 'above' | 'exactly on' | 'below';

/**
 * The one rule for "target met": the unrounded uptime at or above the target. Every page,
 * headline and review sentence reads this, never the truncated figure it displays.
 *
 * @example
 * targetVerdict(99.996, 99.995) //=> { targetMet: true, targetPosition: 'above' } (shown as 99.99%)
 */
export function targetVerdict(
  uptime: number,
  target: number | undefined,
): { targetMet?: boolean | undefined; targetPosition?: TargetPosition | undefined } {
  if (target === undefined) return { targetMet: undefined, targetPosition: undefined };
  return { targetMet: uptime >= target, targetPosition: uptime > target ? 'above' : uptime === target ? 'exactly on' : 'below' };
}

export interface SiteModelOptions {
  /**
   * The dev server's preview: drafts, scheduled updates and scheduled reviews are listed,
   * labelled; figures never count drafts. Default false.
   */
  preview?: boolean | undefined;
}

/**
 * Builds the site model from validated content for the as-of instant. Only what is
 * visible at that instant is shown (section 8 of the content contract); with `preview`
 * (the dev server), drafts and scheduled content are listed too, labelled.
 */
export function buildSiteModel(all: LoadedContent, asOf: Date, { preview = false }: SiteModelOptions = {}): SiteModel {
  const showDrafts = preview;
  const { content, hidden } = contentAsOf(all, asOf);
  const { site, components } = content;
  const incidents = content.incidents
    .filter((incident) => !incident.draft)
    .toSorted((a, b) => b.start.getTime() - a.start.getTime() || a.slug.localeCompare(b.slug));
  const drafts = showDrafts
    ? content.incidents.filter((incident) => incident.draft).toSorted((a, b) => b.start.getTime() - a.start.getTime())
    : [];
  const incidentBySlug = new Map([...incidents, ...drafts].map((incident) => [incident.slug, incident]));
  // The dev server previews scheduled reviews of months that have begun.
  const asOfMonth = monthOf(asOf.getTime(), site.timezone);
  const previewed = preview ? hidden.reviews.filter((review) => review.month <= asOfMonth) : [];
  const reviews = [...content.reviews, ...previewed].toSorted((a, b) => a.month.localeCompare(b.month));
  const scheduledUpdates = new Map<string, IncidentUpdate[]>();
  if (preview) {
    for (const { incident, update } of hidden.updates.toSorted((a, b) => a.update.at.getTime() - b.update.at.getTime())) {
      scheduledUpdates.set(incident.slug, [...(scheduledUpdates.get(incident.slug) ?? []), update]);
    }
  }
  const uptime = computeUptime({ timeZone: site.timezone, weights: site.weights, components, incidents, asOf });

  const figuresOf = (month: MonthKey) =>
    uptime.monthByKey.get(month) ?? uptime.figuresFor(month, monthPeriod(month, site.timezone));
  const bySlug = (slugs: readonly string[]) => slugs.map((slug) => incidentBySlug.get(slug)!);
  const reviewByMonth = new Map(reviews.map((review) => [review.month, review]));

  const months = new Set([...uptime.monthByKey.keys(), ...reviewByMonth.keys()]);
  const reportByMonth = new Map<MonthKey, MonthReport>();
  for (const month of [...months].sort()) {
    const figures = figuresOf(month);
    const counted = bySlug(figures.incidents);
    reportByMonth.set(month, {
      month,
      figures,
      previous: uptime.monthByKey.get(previousMonth(month)),
      ...targetVerdict(figures.uptime, site.uptimeTarget),
      incidents: counted,
      maintenances: bySlug(figures.maintenances),
      categories: groupByCategory(counted),
      kinds: new Set(counted.flatMap((incident) => (incident.category ? [incident.category] : []))).size,
      review: reviewByMonth.get(month),
      reviewScheduled: (reviewByMonth.get(month)?.published ?? asOf) > asOf,
      days: daysOfMonth(month, asOf.getTime(), site.timezone).map((day) => uptime.figuresFor(day, dayPeriod(day, site.timezone))),
    });
  }

  const asOfTime = asOf.getTime();
  const days = uptime.lastDays(BAR_DAYS);
  const dayIndex = indexDays(incidents, site.timezone, asOf);
  const recentSince = asOfTime - RECENT_DAYS * 86_400_000;
  return {
    site,
    components,
    componentNames: new Map(components.map((component) => [component.id, component.name])),
    incidents,
    drafts,
    incidentBySlug,
    reviews,
    uptime,
    reportByMonth,
    status: currentStatus(
      incidents,
      components.map((component) => component.id),
      asOf,
    ),
    recent: incidents.filter((incident) => incident.start.getTime() >= recentSince && incident.start <= asOf),
    days,
    lastDaysFigures: new Map(
      [30, BAR_DAYS].map((count) => [
        count,
        uptime.figuresFor(`last-${count}-days`, { start: days[BAR_DAYS - count]!.period.start, end: asOfTime }),
      ]),
    ),
    bars: new Map(components.map((component) => [component.id, dayBars(component.id, days, dayIndex)])),
    dayIndex,
    hidden,
    scheduledUpdates,
    nextChange: nextChange(all, asOf),
  };
}

function groupByCategory(incidents: readonly VisibleIncident[]): CategoryCount[] {
  const groups = new Map<string, VisibleIncident[]>();
  for (const incident of incidents) {
    const category = incident.category ?? UNCATEGORISED;
    const group = groups.get(category);
    if (group) group.push(incident);
    else groups.set(category, [incident]);
  }
  return [...groups]
    .map(([category, list]) => ({ category, incidents: list }))
    .sort((a, b) => b.incidents.length - a.incidents.length || a.category.localeCompare(b.category));
}

/** The neighbouring months that have a report, for prev/next links. */
export function neighbours(
  model: SiteModel,
  month: MonthKey,
  has: (report: MonthReport) => boolean = () => true,
): { previous?: MonthKey | undefined; next?: MonthKey | undefined } {
  const months = [...model.reportByMonth.values()].filter(has).map((report) => report.month);
  const index = months.indexOf(month);
  return { previous: index > 0 ? months[index - 1] : undefined, next: index >= 0 ? months[index + 1] : undefined };
}

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The month name, e.g. "June 2026". */
export function monthLabel(month: MonthKey): string {
  const [year = 0, monthNumber = 1] = month.split('-').map(Number);
  return monthFormat.format(Date.UTC(year, monthNumber - 1, 1));
}

/**
 * The shortest and longest duration, in minutes, of the ended incidents among `incidents`;
 * undefined when none has ended.
 *
 * @example
 * durationRange(juneQueuedEmails) //=> { shortest: 9, longest: 15 }
 */
export function durationRange(incidents: readonly VisibleIncident[]): { shortest: number; longest: number } | undefined {
  const minutes = incidents.flatMap((incident) =>
    incident.end ? [(incident.end.getTime() - incident.start.getTime()) / 60_000] : [],
  );
  return minutes.length === 0 ? undefined : { shortest: Math.min(...minutes), longest: Math.max(...minutes) };
}

/** The month's incidents and maintenances of one category, oldest first. */
export function incidentsOfCategory(report: MonthReport, category: string): VisibleIncident[] {
  return [...report.incidents, ...report.maintenances]
    .filter((incident) => (incident.category ?? UNCATEGORISED) === category)
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** The names of an incident's affected components, in its order, e.g. "Web application, Public API". */
export function affectedNames(model: SiteModel, incident: VisibleIncident): string {
  return incident.components.map((c) => model.componentNames.get(c.id) ?? c.id).join(', ');
}
