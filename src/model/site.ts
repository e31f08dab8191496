/**
 * The site model: validated content plus the uptime model, indexed once per build so
 * every page, API file and feed looks figures up by key instead of scanning history.
 */
import { UNCATEGORISED, type Component, type IncidentUpdate, type SiteSettings } from '../input/schema.ts';
import { humanize, monthLabel, wholeMinutes } from '../format/figures.ts';
import { contentAsOf, nextChange, type Hidden, type NextChange, type VisibleIncident } from '../engine/as-of.ts';
import { dayBars, indexDays, type DayBar, type DayIndex } from '../engine/days.ts';
import { currentStatus, type CurrentStatus } from '../engine/status.ts';
import { dayPeriod, daysEndingAt, daysOfMonth, monthOf, monthPeriod, previousMonth, type MonthKey } from '../engine/time.ts';
import { computeUptime, type ComponentFigures, type PeriodFigures, type Uptime, type UptimeModel } from '../engine/uptime.ts';
import { budgetsByMonth, rollingBudgets, type PeriodBudgets } from '../engine/budget.ts';
import { budgetDays, monthBudgetView, type BudgetDay, type MonthBudgetView } from './budget-views.ts';
import {
  bannerView,
  change,
  componentGroups,
  dayBarViews,
  definitions,
  incidentsStartedByDay,
  historyViews,
  MANY_COMPONENTS,
  type HistoryView,
  stateTimes,
  type Definitions,
  type StateTime,
  incidentsByDay,
  incidentView,
  scheduledViews,
  type BannerView,
  type Change,
  type ComponentGroup,
  type DayIncidents,
  type IncidentContext,
  type IncidentView,
  type UpdateView,
} from './views.ts';
import type { LoadedContent, LoadedReview } from '../input/validate.ts';
import type { Locale } from '../i18n/catalog.ts';
import type { LogoSize } from '../input/logo.ts';

/** A group of a month's counted incidents that share a category. */
export interface CategoryCount {
  /** The category slug; `uncategorised` for incidents without one. */
  category: string;
  label: string;
  count: number;
  incidents: VisibleIncident[];
}

/** What a review says about one category in its month. */
export interface CategoryFacts {
  /** Counted incidents of the category that started in the month. */
  count: number;
  /** Its incidents and maintenances of the month, oldest first. */
  listed: VisibleIncident[];
  /** The shortest and longest of their durations, in minutes; undefined when none has ended. */
  durationRange?: { shortest: number; longest: number } | undefined;
}

/** A month on the uptime page: each component's uptime (undefined before it was tracked) and the average. */
export interface UptimeRow {
  month: MonthKey;
  label: string;
  components: Array<Uptime | undefined>;
  average: Uptime;
}

/** Everything a review or history page shows about one month. */
export interface MonthReport {
  month: MonthKey;
  /** "June 2026". */
  label: string;
  /** True when the month is tracked (it has a history page and uptime figures). */
  tracked: boolean;
  figures: PeriodFigures;
  /** The month before, when it is tracked. */
  previous?: PeriodFigures | undefined;
  /** Downtime in whole minutes and the incident count, against the month before. */
  downtimeChange?: Change | undefined;
  incidentChange?: Change | undefined;
  incidentCount: number;
  maintenanceCount: number;
  /** Minutes during which some component was in each state: major outage always, other states when above zero. */
  stateTimes: StateTime[];
  /** The month before's incident count, when it is tracked. */
  previousIncidentCount?: number | undefined;
  /** True or false against `site.uptimeTarget`; undefined when there is no target. */
  targetMet?: boolean | undefined;
  /** Where the month's uptime lies against the target, by the same rule as `targetMet`. */
  targetPosition?: TargetPosition | undefined;
  /** Counted incidents (major, partial, degraded) that started in the month, oldest first. */
  incidents: VisibleIncident[];
  maintenances: VisibleIncident[];
  /** Counted incidents by category, largest group first. */
  categories: CategoryCount[];
  /** By category slug, for every category some incident uses (empty facts when the month has none). */
  byCategory: ReadonlyMap<string, CategoryFacts>;
  /** How many kinds of incident the month had: its categories, not counting incidents without one. */
  kinds: number;
  review?: LoadedReview | undefined;
  /** True when the review is scheduled for later: only the dev server shows it, labelled. */
  reviewScheduled: boolean;
  /** True when the review is a draft (`draft: true`): only the dev server shows it, labelled. */
  reviewDraft: boolean;
  /** The month's local days up to the as-of instant, with their figures. */
  days: PeriodFigures[];
  /** Days with incidents or maintenance, newest first. */
  daysWithIncidents: DayIncidents[];
  /** Each tracked component's figures, in the order of `components.yaml`. */
  componentRows: Array<{ name: string; figures: ComponentFigures }>;
  /** This month and up to eleven before it that have a report, oldest first: the uptime chart's months. */
  lastTwelve: MonthReport[];
  /** The neighbouring months with a report, and with a history page. */
  reviewPager: Pager;
  historyPager: Pager;
}

export interface Pager {
  previous?: MonthKey | undefined;
  next?: MonthKey | undefined;
}

/** What the layout shows on every page. */
export interface SiteChrome {
  name: string;
  timeZone: string;
  /** The zone as people read it: "America/New_York" → "America/New York". */
  timeZoneLabel: string;
  asOf: Date;
  /** The logo's path under the site (`logo.svg`), when site.yaml names one. */
  logoPath?: string | undefined;
  /** The logo's intrinsic size, for the `<img>`'s width and height; undefined when its file does not say. */
  logoSize?: LogoSize | undefined;
  /** Links back to the company. */
  website?: string | undefined;
  support?: string | undefined;
}

/** What pages show, derived once (see views.ts). */
export interface SiteView {
  chrome: SiteChrome;
  incidents: ReadonlyMap<string, IncidentView>;
  drafts: IncidentView[];
  banner: BannerView;
  /** Ongoing incidents and maintenance in progress. */
  active: IncidentView[];
  upcoming: IncidentView[];
  /** The last {@link PAST_DAYS} local days, newest first, each with the incidents that started on it. */
  pastDays: DayIncidents[];
  definitions: Definitions;
  groups: ComponentGroup[];
  /** Reports of tracked months, oldest first. */
  tracked: MonthReport[];
  /** The incident history: whole, then by component, then by impact. */
  history: HistoryView[];
  uptimeRows: ReadonlyMap<MonthKey, UptimeRow>;
  /** Scheduled updates by incident, for the dev server's preview. */
  scheduledUpdates: ReadonlyMap<string, UpdateView[]>;
  /** The categories some incident uses. */
  knownCategories: readonly string[];
  /** History pages link every component's history; past {@link MANY_COMPONENTS}, one index of them instead. */
  historyListsComponents: boolean;
  /** How many months have a written review. */
  writtenReviews: number;
  /** A tracked month's error budgets in words; undefined for a month not tracked. */
  monthBudget: (month: MonthKey) => MonthBudgetView | undefined;
  /** The as-of month's and the month before's budgets, newest first, with the site's spent day by day. */
  recentBudgets: Array<MonthBudgetView & { days: BudgetDay[] }>;
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
  /** Reviews in other languages (`2026-06.da.mdx`), by month and language (section 10). */
  reviewTranslations: ReadonlyMap<string, ReadonlyMap<string, LoadedReview>>;
  uptime: UptimeModel;
  /** A report for every tracked month, and for every reviewed month, oldest first. */
  reportByMonth: ReadonlyMap<MonthKey, MonthReport>;
  /** The status at the as-of instant. */
  status: CurrentStatus;
  /** Figures of the last {@link BAR_DAYS} local days, oldest first. */
  days: PeriodFigures[];
  /** Figures over the last 30 and {@link BAR_DAYS} days as one range each ("90-day uptime"), by day count. */
  lastDaysFigures: ReadonlyMap<number, PeriodFigures>;
  /** Each component's bars for those days, by id. */
  bars: ReadonlyMap<string, DayBar[]>;
  /** Error budgets (content contract, section 9), computed once from the figures above. */
  budgets: SiteBudgets;
  /** Which incidents touched which day and month. */
  dayIndex: DayIndex;
  /** What the as-of instant hides because it is dated later (content contract, section 8). */
  hidden: Hidden;
  /** Scheduled updates by incident slug, oldest first: only for the dev server's preview. */
  scheduledUpdates: ReadonlyMap<string, IncidentUpdate[]>;
  /** The next instant at which a build would show something else. */
  nextChange: NextChange;
  /** The view in the site's own language (`site.locale`): the same object as `viewIn(site.locale)`. */
  view: SiteView;
  /** The view in one of the site's languages (section 10), built once per language. */
  viewIn: (locale: Locale) => SiteView;
}

/** How many days of bars the home page shows. */
export const BAR_DAYS = 90;
/** How many days of past incidents the home page lists, by day. */
export const PAST_DAYS = 7;

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
  /** The logo's intrinsic size, read from its file by the input stage (input/logo.ts). */
  logoSize?: LogoSize | undefined;
}

/**
 * Builds the site model from validated content for the as-of instant. Only what is
 * visible at that instant is shown (section 8 of the content contract); with `preview`
 * (the dev server), drafts and scheduled content are listed too, labelled.
 */
export function buildSiteModel(all: LoadedContent, asOf: Date, { preview = false, logoSize }: SiteModelOptions = {}): SiteModel {
  const visible = visibleContent(all, asOf, preview);
  const { site, components, incidents, drafts, reviews, reviewTranslations, hidden, scheduledUpdates } = visible;
  const zone = site.timezone;
  const uptime = computeUptime({ timeZone: zone, weights: site.weights, components, incidents, asOf });
  const incidentBySlug = new Map([...incidents, ...drafts].map((incident) => [incident.slug, incident]));
  const componentNames = new Map(components.map((component) => [component.id, component.name]));
  const dayIndex = indexDays(incidents, zone, asOf);
  const reviewByMonth = new Map(reviews.map((review) => [review.month, review]));
  const context: IncidentContext = {
    asOf,
    componentNames,
    monthsBySlug: dayIndex.monthsBySlug,
    trackedMonths: new Set(uptime.monthByKey.keys()),
    writtenMonths: new Set(reviewByMonth.keys()),
    timeZone: zone,
    locale: site.locale,
    originalLocale: site.locale,
  };
  const viewsIn = (locale: Locale) =>
    new Map([...incidents, ...drafts].map((incident) => [incident.slug, incidentView(incident, { ...context, locale })]));
  const incidentViews = viewsIn(site.locale);
  const knownCategories = [...new Set(incidents.map((incident) => incident.category ?? UNCATEGORISED))];
  const { reportByMonth, tracked } = monthReports({
    visible,
    uptime,
    incidentBySlug,
    reviewByMonth,
    dayIndex,
    incidentViews,
    knownCategories,
    asOf,
  });
  const recent = recentFigures(uptime, visible, dayIndex, asOf);
  const budgets = siteBudgets(uptime, components, site.uptimeTarget, recent.lastDaysFigures);
  const viewInputs = { visible, recent, uptime, budgets, tracked, knownCategories, asOf, logoSize };
  const view = siteView({ ...viewInputs, incidentViews, locale: site.locale });
  // Each other language's view is built the first time a page in it asks (section 10).
  const views = new Map<Locale, SiteView>([[site.locale, view]]);
  const viewIn = (locale: Locale): SiteView => {
    let built = views.get(locale);
    if (!built) views.set(locale, (built = siteView({ ...viewInputs, incidentViews: viewsIn(locale), locale })));
    return built;
  };
  return {
    site,
    components,
    componentNames,
    incidents,
    drafts,
    incidentBySlug,
    reviews,
    reviewTranslations,
    uptime,
    reportByMonth,
    ...recent,
    budgets,
    dayIndex,
    hidden,
    scheduledUpdates,
    nextChange: nextChange(all, asOf),
    view,
    viewIn,
  };
}

/** What the as-of instant shows of the content (section 8), drafts and scheduled content only for the preview. */
interface VisibleContent {
  site: SiteSettings;
  components: Component[];
  /** Non-draft incidents, newest first. */
  incidents: VisibleIncident[];
  /** Drafts, newest first: only for the preview. */
  drafts: VisibleIncident[];
  /** Reviews, oldest month first. */
  reviews: LoadedReview[];
  /** Reviews in other languages (`2026-06.da.mdx`), by month and language (section 10). */
  reviewTranslations: ReadonlyMap<string, ReadonlyMap<string, LoadedReview>>;
  hidden: Hidden;
  scheduledUpdates: ReadonlyMap<string, IncidentUpdate[]>;
}

function visibleContent(all: LoadedContent, asOf: Date, preview: boolean): VisibleContent {
  const { content, hidden } = contentAsOf(all, asOf);
  const { site, components } = content;
  const newestFirst = (list: readonly VisibleIncident[]) =>
    list.toSorted((a, b) => b.start.getTime() - a.start.getTime() || a.slug.localeCompare(b.slug));
  const incidents = newestFirst(content.incidents.filter((incident) => !incident.draft));
  const drafts = preview
    ? content.incidents.filter((incident) => incident.draft).toSorted((a, b) => b.start.getTime() - a.start.getTime())
    : [];
  // The dev server previews scheduled and draft reviews of months that have begun; builds leave drafts out.
  const asOfMonth = monthOf(asOf.getTime(), site.timezone);
  const previewed = preview
    ? [...hidden.reviews, ...content.reviews.filter((review) => review.draft)].filter((review) => review.month <= asOfMonth)
    : [];
  const shown = [...content.reviews.filter((review) => !review.draft), ...previewed].toSorted((a, b) =>
    a.month.localeCompare(b.month),
  );
  // A translation (`2026-06.da.mdx`) is shown on its original's page, in its language (section 10).
  const reviews = shown.filter((review) => review.locale === undefined);
  const reviewTranslations = new Map<string, Map<string, LoadedReview>>();
  for (const review of shown) {
    if (review.locale === undefined) continue;
    const byLocale = reviewTranslations.get(review.month) ?? new Map<string, LoadedReview>();
    reviewTranslations.set(review.month, byLocale.set(review.locale, review));
  }
  const scheduledUpdates = new Map<string, IncidentUpdate[]>();
  if (preview) {
    for (const { incident, update } of hidden.updates.toSorted((a, b) => a.update.at.getTime() - b.update.at.getTime())) {
      scheduledUpdates.set(incident.slug, [...(scheduledUpdates.get(incident.slug) ?? []), update]);
    }
  }
  return { site, components, incidents, drafts, reviews, reviewTranslations, hidden, scheduledUpdates };
}

interface MonthReportInputs {
  visible: VisibleContent;
  uptime: UptimeModel;
  incidentBySlug: ReadonlyMap<string, VisibleIncident>;
  reviewByMonth: ReadonlyMap<MonthKey, LoadedReview>;
  dayIndex: DayIndex;
  incidentViews: ReadonlyMap<string, IncidentView>;
  knownCategories: readonly string[];
  asOf: Date;
}

/** A report for every tracked or reviewed month, oldest first, linked to its neighbours. */
function monthReports(inputs: MonthReportInputs): { reportByMonth: Map<MonthKey, MonthReport>; tracked: MonthReport[] } {
  const { uptime, reviewByMonth } = inputs;
  const months = new Set([...uptime.monthByKey.keys(), ...reviewByMonth.keys()]);
  const reports = [...months].sort().map((month) => monthReport(month, inputs));
  const tracked = reports.filter((report) => report.tracked);
  for (const [index, report] of reports.entries()) {
    report.lastTwelve = reports.slice(Math.max(0, index - 11), index + 1);
    report.reviewPager = { previous: reports[index - 1]?.month, next: reports[index + 1]?.month };
  }
  for (const [index, report] of tracked.entries()) {
    report.historyPager = { previous: tracked[index - 1]?.month, next: tracked[index + 1]?.month };
  }
  return { reportByMonth: new Map(reports.map((report) => [report.month, report])), tracked };
}

/** One month's report, its pagers and last twelve months left for {@link monthReports} to link. */
function monthReport(month: MonthKey, inputs: MonthReportInputs): MonthReport {
  const { visible, uptime, incidentBySlug, reviewByMonth, dayIndex, incidentViews, knownCategories, asOf } = inputs;
  const { site, components } = visible;
  const zone = site.timezone;
  const bySlug = (slugs: readonly string[]) => slugs.map((slug) => incidentBySlug.get(slug)!);
  const figures = uptime.monthByKey.get(month) ?? uptime.figuresFor(month, monthPeriod(month, zone));
  const counted = bySlug(figures.incidents);
  const maintenances = bySlug(figures.maintenances);
  const previous = uptime.monthByKey.get(previousMonth(month));
  const monthDays = daysOfMonth(month, asOf.getTime(), zone);
  const review = reviewByMonth.get(month);
  return {
    month,
    label: monthLabel(month, site.locale),
    tracked: uptime.monthByKey.has(month),
    figures,
    previous,
    downtimeChange: previous && change(wholeMinutes(figures.downtimeMinutes), wholeMinutes(previous.downtimeMinutes)),
    incidentChange: previous && change(figures.incidents.length, previous.incidents.length),
    incidentCount: counted.length,
    previousIncidentCount: previous?.incidents.length,
    stateTimes: stateTimes(figures.anyComponentMinutes, ['major'], site.locale),
    maintenanceCount: maintenances.length,
    ...targetVerdict(figures.uptime, site.uptimeTarget),
    incidents: counted,
    maintenances,
    categories: groupByCategory(counted),
    byCategory: categoryFacts(knownCategories, counted, maintenances),
    kinds: new Set(counted.flatMap((incident) => (incident.category ? [incident.category] : []))).size,
    review,
    reviewScheduled: (review?.published ?? asOf) > asOf,
    reviewDraft: review?.draft ?? false,
    days: monthDays.map((day) => uptime.figuresFor(day, dayPeriod(day, zone))),
    daysWithIncidents: incidentsByDay(monthDays, dayIndex, incidentViews, zone),
    componentRows: components.flatMap((component) => {
      const own = figures.components[component.id];
      return own ? [{ name: component.name, figures: own }] : [];
    }),
    lastTwelve: [],
    reviewPager: {},
    historyPager: {},
  };
}

/** The status now and the figures of the last days: what the home and uptime pages show. */
interface RecentFigures {
  status: CurrentStatus;
  days: PeriodFigures[];
  lastDaysFigures: ReadonlyMap<number, PeriodFigures>;
  bars: ReadonlyMap<string, DayBar[]>;
}

function recentFigures(
  uptime: UptimeModel,
  { incidents, components }: VisibleContent,
  dayIndex: DayIndex,
  asOf: Date,
): RecentFigures {
  const days = uptime.lastDays(BAR_DAYS);
  const status = currentStatus(
    incidents,
    components.map((component) => component.id),
    asOf,
  );
  const lastDaysFigures = new Map(
    [30, BAR_DAYS].map((count) => [
      count,
      uptime.figuresFor(`last-${count}-days`, { start: days[BAR_DAYS - count]!.period.start, end: asOf.getTime() }),
    ]),
  );
  const bars = new Map(components.map((component) => [component.id, dayBars(component.id, days, dayIndex)]));
  return { status, days, lastDaysFigures, bars };
}

interface SiteViewInputs {
  visible: VisibleContent;
  recent: RecentFigures;
  uptime: UptimeModel;
  budgets: SiteBudgets;
  incidentViews: ReadonlyMap<string, IncidentView>;
  tracked: MonthReport[];
  knownCategories: readonly string[];
  asOf: Date;
  logoSize: LogoSize | undefined;
  /** The language of the view's words. */
  locale: Locale;
}

/** What pages show, derived once from the model's figures. */
function siteView(inputs: SiteViewInputs): SiteView {
  const { visible, recent, incidentViews, tracked, knownCategories, asOf, logoSize, locale } = inputs;
  const { site, components, incidents, drafts, reviews, scheduledUpdates } = visible;
  const { status, bars, lastDaysFigures } = recent;
  const zone = site.timezone;
  const viewsOf = (list: readonly VisibleIncident[]) => list.map((incident) => incidentViews.get(incident.slug)!);
  const monthBudget = monthBudgets(inputs);
  const thisMonth = monthBudget(monthOf(asOf.getTime(), zone));
  return {
    chrome: {
      name: site.name,
      timeZone: zone,
      timeZoneLabel: zone.replace(/_/g, ' '),
      asOf,
      logoPath: site.logo && `logo.${site.logo.split('.').at(-1)}`,
      logoSize: site.logo ? logoSize : undefined,
      website: site.links?.website,
      support: site.links?.support,
    },
    incidents: incidentViews,
    drafts: viewsOf(drafts),
    banner: bannerView(status, asOf, locale),
    active: viewsOf([...status.active, ...status.maintenanceInProgress]),
    upcoming: viewsOf(status.upcomingMaintenance),
    pastDays: incidentsStartedByDay(daysEndingAt(asOf.getTime(), PAST_DAYS, zone), viewsOf(incidents), asOf, zone),
    definitions: definitions(site.weights, locale),
    groups: componentGroups(
      components,
      status,
      (id) => lastDaysFigures.get(BAR_DAYS)?.components[id],
      (id) => dayBarViews(bars.get(id) ?? [], zone, locale),
      new Set(thisMonth?.components.filter((row) => row.overspent).map((row) => row.id)),
      locale,
    ),
    tracked,
    history: historyViews(
      viewsOf(incidents.filter((incident) => incident.start <= asOf)),
      tracked.map((report) => report.month),
      components,
      zone,
      locale,
    ),
    uptimeRows: new Map(
      tracked.map((report) => [
        report.month,
        {
          month: report.month,
          label: monthLabel(report.month, locale),
          components: components.map((component) => report.figures.components[component.id]),
          average: report.figures,
        },
      ]),
    ),
    scheduledUpdates: new Map([...scheduledUpdates].map(([slug, updates]) => [slug, scheduledViews(updates, locale)])),
    knownCategories,
    historyListsComponents: components.length <= MANY_COMPONENTS,
    writtenReviews: reviews.length,
    monthBudget,
    recentBudgets: tracked
      .slice(-2)
      .toReversed()
      .map((report) => ({
        ...monthBudget(report.month)!,
        days: budgetDays(inputs.uptime, report.month, site.uptimeTarget),
      })),
  };
}

/** Each month's budgets in words, built the first time a page asks for that month. */
function monthBudgets({ budgets, visible, asOf, locale }: SiteViewInputs): (month: MonthKey) => MonthBudgetView | undefined {
  const built = new Map<MonthKey, MonthBudgetView>();
  return (month) => {
    const budget = budgets.byMonth.get(month);
    if (!budget) return undefined;
    let view = built.get(month);
    if (!view) built.set(month, (view = monthBudgetView(month, budget, visible.components, visible.site.timezone, asOf, locale)));
    return view;
  };
}

/** The site's error budgets: each month's, and over the last 30 and 90 days. */
export interface SiteBudgets {
  /** By `YYYY-MM`, for every month of `uptime.months`. */
  byMonth: ReadonlyMap<MonthKey, PeriodBudgets>;
  /** By day count, over the same ranges as `lastDaysFigures`. */
  lastDays: ReadonlyMap<number, PeriodBudgets>;
}

/**
 * The error budgets of the build: the site's target for the site, each component's own
 * `target` (else the site's) for it. The ranges end at the as-of instant.
 */
export function siteBudgets(
  uptime: UptimeModel,
  components: readonly Component[],
  siteTarget: number | undefined,
  lastDaysFigures: ReadonlyMap<number, PeriodFigures>,
): SiteBudgets {
  return {
    byMonth: budgetsByMonth(uptime, components, siteTarget),
    lastDays: new Map([...lastDaysFigures].map(([days, figures]) => [days, rollingBudgets(figures, components, siteTarget)])),
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
    .map(([category, list]) => ({ category, label: humanize(category), count: list.length, incidents: list }))
    .sort((a, b) => b.incidents.length - a.incidents.length || a.category.localeCompare(b.category));
}

/**
 * What a review can say about each category in one month: the count of its counted
 * incidents, its incidents and maintenances, and the range of their durations.
 *
 * @example
 * categoryFacts(['queued-emails'], june.incidents, []).get('queued-emails') //=> { count: 2, listed: […], durationRange: { shortest: 9, longest: 15 } }
 */
export function categoryFacts(
  categories: readonly string[],
  counted: readonly VisibleIncident[],
  maintenances: readonly VisibleIncident[],
): ReadonlyMap<string, CategoryFacts> {
  const of = (incident: VisibleIncident) => incident.category ?? UNCATEGORISED;
  return new Map(
    categories.map((category) => {
      const listed = [...counted, ...maintenances]
        .filter((incident) => of(incident) === category)
        .sort((a, b) => a.start.getTime() - b.start.getTime());
      const minutes = listed.flatMap((incident) =>
        incident.end ? [(incident.end.getTime() - incident.start.getTime()) / 60_000] : [],
      );
      return [
        category,
        {
          count: counted.filter((incident) => of(incident) === category).length,
          listed,
          durationRange: minutes.length === 0 ? undefined : { shortest: Math.min(...minutes), longest: Math.max(...minutes) },
        },
      ];
    }),
  );
}
