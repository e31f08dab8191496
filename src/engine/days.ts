/**
 * Per-day views: the bars of the last 90 days for each component, and which incidents
 * touched each local day. Computed once per build; pages look days up by key.
 */
import { dayOf, dayPeriod, nextDay, type DayKey, type Period } from './time.ts';
import type { ComponentFigures, PeriodFigures } from './uptime.ts';
import type { LoadedIncident } from '../input/validate.ts';

/** How a day bar is coloured; each level is also said in words. */
/** A day bar's colour: the worst state the component was in that day; `none` before it was tracked. */
export type DayLevel = 'none' | 'operational' | 'maintenance' | 'degraded' | 'partial' | 'major';

export interface DayBar {
  day: DayKey;
  level: DayLevel;
  /** Undefined on a day before the component was tracked. */
  figures?: ComponentFigures | undefined;
  /** Incidents that affected this component on this day, oldest first. */
  incidents: LoadedIncident[];
}

/**
 * The colour of a day: the worst state the component spent any time in that day (major >
 * partial > degraded > maintenance), whatever its weight, so a day of degraded performance
 * is never green and an outage shows on the day it happens.
 *
 * @example
 * dayLevel(undefined)                                                  //=> 'none'
 * dayLevel({ major: 0, partial: 0, degraded: 35, maintenance: 0, … })  //=> 'degraded'
 */
export function dayLevel(
  figures: Pick<ComponentFigures, 'major' | 'partial' | 'degraded' | 'maintenance'> | undefined,
): DayLevel {
  if (figures === undefined) return 'none';
  if (figures.major > 0) return 'major';
  if (figures.partial > 0) return 'partial';
  if (figures.degraded > 0) return 'degraded';
  if (figures.maintenance > 0) return 'maintenance';
  return 'operational';
}

export interface DayIndex {
  /** Incidents that touched a local day, oldest first: for one component, or for any (`ANY`). */
  byDay: (componentId: string, day: DayKey) => readonly LoadedIncident[];
  /** The local months each incident's windows touched, by slug, in order. */
  monthsBySlug: ReadonlyMap<string, string[]>;
}

/** The component id under which {@link DayIndex.byDay} files every incident. */
export const ANY = '*';

/**
 * Which incidents touched each local day. An incident touches a day when one of its
 * component windows overlaps it (an instant-long window touches the day it sits in);
 * ongoing windows run to `asOf`, and windows that have not started touch nothing.
 * `newestFirst` is the site model's incident list, sorted by start, newest first.
 */
export function indexDays(newestFirst: readonly LoadedIncident[], timeZone: string, asOf: Date): DayIndex {
  const index = new Map<string, Map<DayKey, LoadedIncident[]>>();
  const monthsBySlug = new Map<string, string[]>();
  const add = (componentId: string, day: DayKey, incident: LoadedIncident) => {
    let days = index.get(componentId);
    if (!days) index.set(componentId, (days = new Map()));
    const list = days.get(day);
    if (!list) days.set(day, [incident]);
    else if (list.at(-1) !== incident) list.push(incident);
  };
  for (let i = newestFirst.length - 1; i >= 0; i--) {
    const incident = newestFirst[i]!;
    const months: string[] = [];
    for (const affected of incident.components) {
      if (affected.start > asOf) continue;
      const start = affected.start.getTime();
      const end = Math.max(start, Math.min(affected.end?.getTime() ?? asOf.getTime(), asOf.getTime()));
      for (const day of daysTouched({ start, end }, timeZone)) {
        add(affected.id, day, incident);
        add(ANY, day, incident);
        const month = day.slice(0, 7);
        if (!months.includes(month)) months.push(month);
      }
    }
    monthsBySlug.set(incident.slug, months.length > 1 ? months.sort() : months);
  }
  const none: readonly LoadedIncident[] = [];
  return { byDay: (componentId, day) => index.get(componentId)?.get(day) ?? none, monthsBySlug };
}

/** The local days a period touches; an empty period touches the day it sits in. */
function daysTouched(period: Period, timeZone: string): DayKey[] {
  const days: DayKey[] = [dayOf(period.start, timeZone)];
  // Most incidents start and end on one day: settle that without computing day boundaries.
  if (period.end <= period.start || dayOf(period.end - 1, timeZone) === days[0]) return days;
  // Step by calendar day, so the loop ends in every zone and year.
  for (let day = days[0]!; dayPeriod(day, timeZone).end < period.end;) days.push((day = nextDay(day)));
  return days;
}

/** A component's bars for `days` (from the uptime model's `lastDays`). */
export function dayBars(componentId: string, days: readonly PeriodFigures[], index: DayIndex): DayBar[] {
  return days.map((day) => {
    const figures = day.components[componentId];
    return {
      day: day.key,
      level: dayLevel(figures),
      figures,
      incidents: [...index.byDay(componentId, day.key)],
    };
  });
}
