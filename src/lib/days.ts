/**
 * Per-day views: the bars of the last 90 days for each component, and which incidents
 * touched each local day. Computed once per build; pages look days up by key.
 */
import { dayOf, dayPeriod, nextDay, type DayKey, type Period } from './time.ts';
import type { ComponentFigures, PeriodFigures } from './uptime.ts';
import type { LoadedIncident } from './validate.ts';

/** How a day bar is coloured; each level is also said in words. */
export type DayLevel = 'none' | 'ok' | 'minor' | 'partial' | 'major';

export interface DayBar {
  day: DayKey;
  level: DayLevel;
  /** Undefined on a day before the component was tracked. */
  figures?: ComponentFigures | undefined;
  /** Incidents that affected this component on this day, oldest first. */
  incidents: LoadedIncident[];
}

/**
 * The colour level of a day from its weighted downtime minutes.
 *
 * @example
 * dayLevel(0)   //=> 'ok'
 * dayLevel(2.4) //=> 'minor'
 * dayLevel(45)  //=> 'major'
 */
export function dayLevel(weightedMinutes: number | undefined): DayLevel {
  if (weightedMinutes === undefined) return 'none';
  if (weightedMinutes <= 0) return 'ok';
  if (weightedMinutes < 5) return 'minor';
  if (weightedMinutes < 30) return 'partial';
  return 'major';
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
      level: dayLevel(figures?.weightedMinutes),
      figures,
      incidents: [...index.byDay(componentId, day.key)],
    };
  });
}
