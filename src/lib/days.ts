/**
 * Per-day views: the bars of the last 90 days for each component, and which incidents
 * touched each local day. Computed once per build; pages look days up by key.
 */
import { dayOf, dayPeriod, type DayKey, type Period } from './time.ts';
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
  /** Incidents by `componentId|YYYY-MM-DD`, and by `*|YYYY-MM-DD` for any component, oldest first. */
  byDay: ReadonlyMap<string, LoadedIncident[]>;
  /** The local months each incident's windows touched, by slug, in order. */
  monthsBySlug: ReadonlyMap<string, string[]>;
}

/**
 * Which incidents touched each local day. An incident touches a day when one of its
 * component windows overlaps it (an instant-long window touches the day it sits in);
 * ongoing windows run to `asOf`, and windows that have not started touch nothing.
 */
export function indexDays(incidents: readonly LoadedIncident[], timeZone: string, asOf: Date): DayIndex {
  const byDay = new Map<string, LoadedIncident[]>();
  const monthsBySlug = new Map<string, string[]>();
  const add = (key: string, incident: LoadedIncident) => {
    const list = byDay.get(key);
    if (!list) byDay.set(key, [incident]);
    else if (!list.includes(incident)) list.push(incident);
  };
  const sorted = incidents.toSorted((a, b) => a.start.getTime() - b.start.getTime());
  for (const incident of sorted) {
    const months = new Set<string>();
    for (const affected of incident.components) {
      if (affected.start > asOf) continue;
      const start = affected.start.getTime();
      const end = Math.max(start, Math.min(affected.end?.getTime() ?? asOf.getTime(), asOf.getTime()));
      for (const day of daysTouched({ start, end }, timeZone)) {
        add(`${affected.id}|${day}`, incident);
        add(`*|${day}`, incident);
        months.add(day.slice(0, 7));
      }
    }
    monthsBySlug.set(incident.slug, [...months].sort());
  }
  return { byDay, monthsBySlug };
}

/** The local days a period touches; an empty period touches the day it sits in. */
function daysTouched(period: Period, timeZone: string): DayKey[] {
  const days: DayKey[] = [dayOf(period.start, timeZone)];
  for (let next = dayPeriod(days[0]!, timeZone).end; next < period.end; next = dayPeriod(days.at(-1)!, timeZone).end) {
    days.push(dayOf(next, timeZone));
  }
  return days;
}

/** A component's bars for `days` (from the uptime model's `lastDays`). */
export function dayBars(
  componentId: string,
  days: readonly PeriodFigures[],
  byDay: ReadonlyMap<string, LoadedIncident[]>,
): DayBar[] {
  return days.map((day) => {
    const figures = day.components[componentId];
    return {
      day: day.key,
      level: dayLevel(figures?.weightedMinutes),
      figures,
      incidents: byDay.get(`${componentId}|${day.key}`) ?? [],
    };
  });
}
