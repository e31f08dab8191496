/**
 * The uptime engine: turns components and incidents into per-period figures, following
 * section 6 of `spec/content-and-uptime.md`. Pure: no I/O, no clock, no `astro:*`.
 *
 * Every period is half-open, `[start, end)`; the period that contains the as-of
 * instant ends at it. Overlapping incidents are swept into one worst-state timeline per
 * component, so no minute is counted twice.
 */
import type { AffectedComponent, Impact, Weights } from '../input/schema.ts';
import {
  MINUTE,
  clampEnd,
  dayPeriod,
  daysEndingAt,
  monthOf,
  monthPeriod,
  monthsBetween,
  type DayKey,
  type MonthKey,
  type Period,
} from './time.ts';
import {
  STATES_BY_SEVERITY,
  coveredLength,
  durationsByState,
  stateTimeline,
  union,
  type State,
  type StateInterval,
} from './timeline.ts';

/** What the engine needs of a tracked component. */
export interface TrackedComponent {
  id: string;
  /** Time before this instant is never counted for the component. */
  since?: Date | undefined;
}

/** What the engine needs of an incident. Drafts are ignored. */
export interface CountedIncident {
  slug: string;
  impact: Impact;
  start: Date;
  /** Absent while ongoing: the incident then lasts until the as-of instant. */
  end?: Date | undefined;
  draft?: boolean | undefined;
  category?: string | undefined;
  components: readonly AffectedComponent[];
}

export interface UptimeInput {
  timeZone: string;
  weights: Weights;
  components: readonly TrackedComponent[];
  incidents: readonly CountedIncident[];
  /** The instant the figures are computed for. */
  asOf: Date;
}

/** One component's figures in one period. Minutes are unrounded. */
export interface ComponentFigures {
  /** Length of the component's window: the period from its `since` on. */
  minutes: number;
  /** `100 × (1 − weighted / minutes)`. */
  uptime: number;
  major: number;
  partial: number;
  degraded: number;
  maintenance: number;
  /** Σ weight × minutes in each state; 0 means the uptime is exactly 100. */
  weightedMinutes: number;
  /** `weightedMinutes > 0`: the uptime must never display as 100. */
  hasWeightedDowntime: boolean;
}

/**
 * The one shape of an uptime wherever it is shown: the unrounded value, and whether any
 * weighted downtime went into it (then it never displays as 100). Component and period
 * figures both have it.
 */
export type Uptime = Pick<ComponentFigures, 'uptime' | 'hasWeightedDowntime'>;

/** The figures for one period (a month or a day). */
export interface PeriodFigures {
  /** `YYYY-MM` for a month, `YYYY-MM-DD` for a day. */
  key: string;
  /** The period, ending at the as-of instant if it contains it. */
  period: Period;
  minutes: number;
  /** Mean of the counted components' uptimes; 100 when no component is counted. */
  uptime: number;
  /** True when any counted component lost uptime, so the mean must never display as 100. */
  hasWeightedDowntime: boolean;
  /** Length of the union of all components' major-outage time. */
  downtimeMinutes: number;
  /**
   * For each state, the minutes during which at least one component was in it (as its worst
   * state): "0 min major outage · 76 min partial outage". `major` is `downtimeMinutes`.
   */
  anyComponentMinutes: Record<State, number>;
  /** Incidents (major, partial, degraded) starting in the period, oldest first. */
  incidents: string[];
  /** Maintenances starting in the period, oldest first. */
  maintenances: string[];
  /** Counted components only, in the order of `components.yaml`. */
  components: Record<string, ComponentFigures>;
}

/** Everything the engine computes, once per build. */
export interface UptimeModel {
  asOf: Date;
  timeZone: string;
  weights: Weights;
  /** Chronological, from the first month with an incident or a `since` to the as-of month. */
  months: PeriodFigures[];
  /** The same months, by `YYYY-MM`. */
  monthByKey: ReadonlyMap<MonthKey, PeriodFigures>;
  /** Computes the figures of any period; used for days and ranges. */
  figuresFor: (key: string, period: Period) => PeriodFigures;
  /** Figures for the `count` local days ending with the as-of day, oldest first. */
  lastDays: (count: number) => PeriodFigures[];
}

/** Impacts that count as incidents in figures (section 5 of the contract); maintenance and notices do not. */
export const COUNTED_IMPACTS: ReadonlySet<Impact> = new Set(['major', 'partial', 'degraded']);

/**
 * Computes the uptime model for the as-of instant.
 *
 * @example
 * const model = computeUptime({ timeZone: 'UTC', weights, components, incidents, asOf })
 * model.monthByKey.get('2026-06')?.uptime //=> 99.98…
 */
export function computeUptime(input: UptimeInput): UptimeModel {
  const { timeZone, weights } = input;
  const asOf = input.asOf.getTime();
  const incidents = input.incidents
    .filter((incident) => !incident.draft)
    .toSorted((a, b) => a.start.getTime() - b.start.getTime() || a.slug.localeCompare(b.slug));
  const tracked = input.components.map((component) => ({
    id: component.id,
    since: component.since?.getTime() ?? Number.NEGATIVE_INFINITY,
  }));

  const timelines = componentTimelines(tracked, incidents, asOf);
  // For each state, the time some component spent in it (its worst state then).
  const unionOf = (state: State) =>
    union(
      tracked.flatMap(({ id, since }) =>
        (timelines.get(id) ?? [])
          .filter((segment) => segment.state === state)
          .map((segment) => ({ start: Math.max(segment.start, since), end: segment.end })),
      ),
    );
  const unions = Object.fromEntries(STATES_BY_SEVERITY.map((state) => [state, unionOf(state)])) as Record<State, Period[]>;
  const counted = incidents.filter((incident) => COUNTED_IMPACTS.has(incident.impact));
  const maintenances = incidents.filter((incident) => incident.impact === 'maintenance');

  function figuresFor(key: string, whole: Period): PeriodFigures {
    const period = clampEnd(whole, asOf);
    const components: Record<string, ComponentFigures> = {};
    let uptimeSum = 0;
    let count = 0;
    let hasWeightedDowntime = false;
    for (const { id, since } of tracked) {
      const window = { start: Math.max(period.start, since), end: period.end };
      if (window.end <= window.start) continue;
      const figures = componentFigures(timelines.get(id) ?? [], window, weights);
      components[id] = figures;
      uptimeSum += figures.uptime;
      count += 1;
      hasWeightedDowntime ||= figures.hasWeightedDowntime;
    }
    return {
      key,
      period,
      minutes: (period.end - period.start) / MINUTE,
      uptime: count === 0 ? 100 : uptimeSum / count,
      hasWeightedDowntime,
      downtimeMinutes: coveredLength(unions.major, period) / MINUTE,
      anyComponentMinutes: {
        major: coveredLength(unions.major, period) / MINUTE,
        partial: coveredLength(unions.partial, period) / MINUTE,
        degraded: coveredLength(unions.degraded, period) / MINUTE,
        maintenance: coveredLength(unions.maintenance, period) / MINUTE,
      },
      incidents: startingIn(counted, period),
      maintenances: startingIn(maintenances, period),
      components,
    };
  }

  let firstInstant = asOf;
  for (const incident of incidents) firstInstant = Math.min(firstInstant, incident.start.getTime());
  for (const component of input.components) firstInstant = Math.min(firstInstant, component.since?.getTime() ?? asOf);
  const months = monthsBetween(monthOf(firstInstant, timeZone), monthOf(asOf, timeZone)).map((month) =>
    figuresFor(month, monthPeriod(month, timeZone)),
  );

  return {
    asOf: input.asOf,
    timeZone,
    weights,
    months,
    monthByKey: new Map(months.map((figures) => [figures.key, figures])),
    figuresFor,
    lastDays: (count) => daysEndingAt(asOf, count, timeZone).map((day: DayKey) => figuresFor(day, dayPeriod(day, timeZone))),
  };
}

/** Each component's worst-state timeline, with ongoing intervals ending at the as-of instant. */
function componentTimelines(
  tracked: ReadonlyArray<{ id: string }>,
  incidents: readonly CountedIncident[],
  asOf: number,
): Map<string, StateInterval[]> {
  const intervals = new Map<string, StateInterval[]>(tracked.map(({ id }) => [id, []]));
  for (const incident of incidents) {
    for (const affected of incident.components) {
      if (affected.impact === 'none') continue;
      intervals.get(affected.id)?.push({
        start: affected.start.getTime(),
        end: affected.end?.getTime() ?? Math.max(asOf, affected.start.getTime()),
        state: affected.impact,
      });
    }
  }
  return new Map([...intervals].map(([id, list]) => [id, stateTimeline(list)]));
}

function componentFigures(timeline: readonly StateInterval[], window: Period, weights: Weights): ComponentFigures {
  const minutes = (window.end - window.start) / MINUTE;
  const durations = durationsByState(timeline, window);
  const major = durations.major / MINUTE;
  const partial = durations.partial / MINUTE;
  const degraded = durations.degraded / MINUTE;
  const maintenance = durations.maintenance / MINUTE;
  const weightedMinutes =
    weights.major * major + weights.partial * partial + weights.degraded * degraded + weights.maintenance * maintenance;
  return {
    minutes,
    uptime: 100 * (1 - weightedMinutes / minutes),
    major,
    partial,
    degraded,
    maintenance,
    weightedMinutes,
    hasWeightedDowntime: weightedMinutes > 0,
  };
}

/** Slugs of the (start-sorted) incidents whose start lies in `period`. */
function startingIn(sorted: readonly CountedIncident[], period: Period): string[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]!.start.getTime() < period.start) low = mid + 1;
    else high = mid;
  }
  const slugs: string[] = [];
  for (let i = low; i < sorted.length && sorted[i]!.start.getTime() < period.end; i++) slugs.push(sorted[i]!.slug);
  return slugs;
}
