/**
 * `dist/api/days.json`: each component's last {@link BAR_DAYS} local days, as the home
 * page's bars show them: the day's colour, uptime, minutes in each state and the incidents
 * that touched it. The bars' popover reads it when first opened, so the home page carries
 * no incident list per bar; dashboards can read it too.
 */
import type { SiteModel } from '../model/site.ts';

export interface DayJson {
  day: string;
  /** The worst state of the day: operational, degraded, partial, major, maintenance; none before tracking. */
  level: string;
  /** Unrounded; absent before the component was tracked. */
  uptime?: number | undefined;
  /** Minutes in each state that day. */
  minutes: { major: number; partial: number; degraded: number; maintenance: number };
  incidents: Array<{ title: string; url: string }>;
  /** The day in the month's history, which lists every incident of the day. */
  history: string;
}

export interface DaysJson {
  asOf: string;
  timeZone: string;
  /** The days, oldest first; each component's list has one entry per day, in this order. */
  days: string[];
  components: Record<string, DayJson[]>;
}

/**
 * @example
 * daysJson(model, url).components['web-app'].at(-1) //=> { day: '2026-11-30', level: 'operational', uptime: 100, … }
 */
export function daysJson(model: SiteModel, url: (path: string) => string): DaysJson {
  const rows = model.view.groups.flatMap((group) => group.components);
  return {
    asOf: model.uptime.asOf.toISOString(),
    timeZone: model.site.timezone,
    days: model.days.map((day) => day.key),
    components: Object.fromEntries(
      rows.map((row) => [
        row.id,
        // The bars are the model's days, in order.
        row.bars.map((bar, index) => {
          const figures = model.days[index]?.components[row.id];
          return {
            day: bar.day,
            level: bar.level,
            uptime: bar.uptime?.uptime,
            minutes: {
              major: figures?.major ?? 0,
              partial: figures?.partial ?? 0,
              degraded: figures?.degraded ?? 0,
              maintenance: figures?.maintenance ?? 0,
            },
            incidents: bar.incidents.map((incident) => ({ title: incident.title, url: url(incident.path) })),
            history: url(bar.dayPath),
          };
        }),
      ]),
    ),
  };
}
