/**
 * `maintenance.ics`: an RFC 5545 calendar of planned maintenance (upcoming, running, and
 * the last 90 days), written with ical-generator. Times are in UTC; each event's UID is
 * stable across builds; its DTSTAMP is the maintenance's last visible update (or its start),
 * never the build time, and its SEQUENCE counts the visible updates.
 */
import ical, { ICalEventStatus } from 'ical-generator';
import { lastUpdated } from '../engine/incident.ts';
import type { SiteModel } from '../model/site.ts';
import { latestUpdate } from '../engine/status.ts';

/** How far back past maintenance stays in the calendar. */
export const CALENDAR_PAST_DAYS = 90;

/** The calendar's text; `absolute` turns a site path into a URL. */
export function maintenanceCalendar(model: SiteModel, absolute: (path: string) => string): string {
  const asOf = model.uptime.asOf;
  const host = new URL(model.site.url).hostname;
  const since = asOf.getTime() - CALENDAR_PAST_DAYS * 86_400_000;
  const calendar = ical({
    name: `${model.site.name}: planned maintenance`,
    description: `Planned maintenance of ${model.site.name}, from ${absolute('')}`,
    prodId: { company: 'Statusbook', product: 'statusbook', language: 'EN' },
    url: absolute('maintenance.ics'),
    ttl: 15 * 60,
  });
  const maintenances = model.incidents
    .filter((i) => i.impact === 'maintenance' && (i.end ?? i.plannedEnd ?? i.start).getTime() >= since)
    .toSorted((a, b) => a.start.getTime() - b.start.getTime());
  for (const maintenance of maintenances) {
    const update = latestUpdate(maintenance);
    const changed = lastUpdated(maintenance, asOf);
    calendar.createEvent({
      id: `${maintenance.slug}@${host}`,
      sequence: maintenance.updates.length,
      stamp: changed,
      lastModified: changed,
      start: maintenance.start,
      end: maintenance.end ?? maintenance.plannedEnd ?? null,
      summary: `Maintenance: ${maintenance.title}`,
      description: [
        `Affects ${model.view.incidents.get(maintenance.slug)!.affected}.`,
        update ? update.body : '',
        absolute(`incidents/${maintenance.slug}/`),
      ]
        .filter(Boolean)
        .join('\n\n'),
      url: absolute(`incidents/${maintenance.slug}/`),
      status: ICalEventStatus.CONFIRMED,
    });
  }
  // RFC 5545's grammar ends every content line, the last one included, with CRLF.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
