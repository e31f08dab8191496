/**
 * What a build at an instant shows (content contract, section 8): the content as it would
 * have been published at `asOf`, and the next instant at which that would change.
 * Pure; applied once per build, before the site model, so every page, feed, API document,
 * calendar and badge sees the same visible content.
 */
import type { IncidentUpdate } from '../input/schema.ts';
import { isRunning } from './status.ts';
import { dayOf, dayPeriod, localTimestamp, MINUTE } from './time.ts';
import type { LoadedContent, LoadedIncident, LoadedReview } from '../input/validate.ts';

/** How often figures of something ongoing move enough to be worth a rebuild. */
export const ONGOING_REFRESH_MINUTES = 15;

/** An incident as visible at an instant: updates after it removed, an end after it unknown yet (a maintenance's planned). */
export interface VisibleIncident extends LoadedIncident {
  /** A maintenance's written `end` when it lies after the as-of instant: still going on, planned to end then. Never set for other incidents. */
  plannedEnd?: Date | undefined;
}

/** An update written for later, with the incident it belongs to. */
export interface ScheduledUpdate {
  incident: LoadedIncident;
  update: IncidentUpdate;
}

/** What a build at an instant leaves out because it was dated after that instant. */
export interface Hidden {
  /** Updates whose `at` is after the instant, of incidents that are shown. */
  updates: ScheduledUpdate[];
  /** Incidents not started (replay) and maintenance not yet announced. */
  incidents: LoadedIncident[];
  /** Reviews whose `published` is after the instant. */
  reviews: LoadedReview[];
}

export interface AsOfContent {
  /** The content as visible at the instant; drafts are kept (the model decides about them). */
  content: Omit<LoadedContent, 'incidents'> & { incidents: VisibleIncident[] };
  hidden: Hidden;
}

/**
 * The content as published at `asOf`:
 * - an update whose `at` is after `asOf` is hidden, and so is a review whose `published` is;
 * - an incident (other than maintenance) starting after `asOf` is hidden (a wall-clock build
 *   rejects it before this runs);
 * - a maintenance starting after `asOf` is shown as upcoming only once announced: when it has
 *   no updates, or its first update is at or before `asOf`;
 * - an `end` after `asOf` (the incident's or a component's) is not an end yet: the incident
 *   is ongoing at `asOf`; a maintenance's written end becomes `plannedEnd`, any other
 *   incident's end was not known then and is dropped;
 * - a component window of an incident (other than maintenance) starting after `asOf` is left
 *   out; a maintenance keeps its planned windows;
 * - `postmortem` is kept only once the incident has ended at `asOf`.
 * An instant equal to `asOf` is visible.
 *
 * Drafts, incidents and reviews, are kept (the site model leaves them out of builds), whatever their dates.
 *
 * @example
 * contentAsOf(content, new Date('2026-11-18T13:15:00Z')).hidden.updates.length //=> 1 (the 14:27 "resolved")
 */
export function contentAsOf(content: LoadedContent, asOf: Date): AsOfContent {
  const hidden: Hidden = { updates: [], incidents: [], reviews: [] };
  const incidents: VisibleIncident[] = [];
  for (const incident of content.incidents) {
    // Drafts are never published; the dev server previews them whatever their dates.
    if (!incident.draft && !isPublishedAt(incident, asOf)) {
      hidden.incidents.push(incident);
      continue;
    }
    const updates = incident.updates.filter((update) => update.at <= asOf);
    if (!incident.draft) {
      for (const update of incident.updates) if (update.at > asOf) hidden.updates.push({ incident, update });
    }
    incidents.push(incidentAsOf(incident, updates, asOf));
  }
  const reviews = content.reviews.filter((review) => {
    // Draft reviews are kept like draft incidents: the site model leaves them out of builds.
    if (review.draft || isPublishedAt(review, asOf)) return true;
    hidden.reviews.push(review);
    return false;
  });
  return { content: { ...content, incidents, reviews }, hidden };
}

/** What {@link isPublishedAt} reads of an incident. */
type DatedIncident = Pick<LoadedIncident, 'draft' | 'impact' | 'start' | 'updates'>;
/** What {@link isPublishedAt} reads of a review. */
type DatedReview = Pick<LoadedReview, 'draft' | 'published'>;

/**
 * Whether a build at `asOf` publishes an incident or a review (content contract, section 8):
 * - a draft never (only `npm run dev` previews it);
 * - a review from its `published` on (before, it is scheduled);
 * - an incident from its `start` on; a maintenance that starts later from its announcement
 *   on: its first update's `at`, or at once when it has no updates.
 * An instant equal to `asOf` is published. The one rule for "visible at the instant": the
 * build shows what it returns true for, and the content check refuses unfinished text
 * (the scaffold's placeholders) only in what it returns true for.
 *
 * @example
 * isPublishedAt({ draft: false, published: new Date('2026-12-08T09:00:00Z') }, new Date('2026-12-01T00:00:00Z')) //=> false
 */
export function isPublishedAt(item: DatedIncident | DatedReview, asOf: Date): boolean {
  if (item.draft) return false;
  if ('published' in item) return item.published <= asOf;
  if (item.start <= asOf) return true;
  if (item.impact !== 'maintenance') return false;
  const first = firstUpdateAt(item);
  return first === undefined || first <= asOf;
}

/** When an incident's first update was posted; undefined when it has none. */
function firstUpdateAt(incident: Pick<LoadedIncident, 'updates'>): Date | undefined {
  return incident.updates.reduce<Date | undefined>(
    (first, update) => (!first || update.at < first ? update.at : first),
    undefined,
  );
}

function incidentAsOf(incident: LoadedIncident, updates: IncidentUpdate[], asOf: Date): VisibleIncident {
  const future = (instant: Date | undefined) => instant !== undefined && instant > asOf;
  const maintenance = incident.impact === 'maintenance';
  const ended = incident.end !== undefined && !future(incident.end);
  // A maintenance's windows are planned and announced ahead; any other incident's are known once they begin.
  const components = maintenance ? incident.components : incident.components.filter((affected) => !future(affected.start));
  const unchanged =
    updates.length === incident.updates.length &&
    components.length === incident.components.length &&
    !future(incident.end) &&
    !incident.components.some((c) => future(c.end)) &&
    (ended || incident.postmortem === undefined);
  if (unchanged) return incident;
  return {
    ...incident,
    updates,
    end: future(incident.end) ? undefined : incident.end,
    plannedEnd: maintenance && future(incident.end) ? incident.end : undefined,
    components: components.map((affected) => (future(affected.end) ? { ...affected, end: undefined } : affected)),
    // A post-mortem is written after the end: while the incident lasts, there is none to link to.
    postmortem: ended ? incident.postmortem : undefined,
  };
}

/** The next instant at which a build would show something else, and why. */
export interface NextChange {
  at: Date;
  reason: string;
}

/**
 * The earliest instant after `asOf` at which what a build shows changes: a hidden update,
 * review or incident becoming visible, a start or end (of an incident, a component's window,
 * or a component's tracking) passing, the next local midnight (day bars and months move), or
 * {@link ONGOING_REFRESH_MINUTES} minutes later while anything is ongoing (durations and
 * figures move). `content` is the whole content, not the visible part.
 *
 * @example
 * nextChange(quietContent, new Date('2026-11-30T12:00:00Z')).reason //=> 'the day ends (local midnight in Europe/Copenhagen)'
 */
export function nextChange(content: LoadedContent, asOf: Date): NextChange {
  const zone = content.site.timezone;
  const now = asOf.getTime();
  let best: NextChange = {
    at: new Date(dayPeriod(dayOf(now, zone), zone).end),
    reason: `the day ends (local midnight in ${zone})`,
  };
  const consider = (instant: Date | undefined, reason: () => string) => {
    if (instant && instant.getTime() > now && instant < best.at) best = { at: instant, reason: reason() };
  };
  let ongoing: LoadedIncident | undefined;
  for (const incident of content.incidents) {
    if (incident.draft) continue;
    const name = `"${incident.title}" (${incident.slug})`;
    consider(incident.start, () => `${name} starts`);
    consider(incident.end, () => `${name} ends`);
    for (const affected of incident.components) {
      consider(affected.start, () => `${name} begins to affect ${affected.id}`);
      consider(affected.end, () => `${name} stops affecting ${affected.id}`);
    }
    for (const update of incident.updates) consider(update.at, () => `an update to ${name} is due (${update.status})`);
    if (!ongoing && isRunning(incident.start, incident.end, asOf)) ongoing = incident;
  }
  for (const review of content.reviews) {
    if (!review.draft) consider(review.published, () => `the review of ${review.month} is published`);
  }
  for (const component of content.components) consider(component.since, () => `${component.id} starts being tracked`);
  if (ongoing) {
    const incident = ongoing;
    consider(
      new Date(now + ONGOING_REFRESH_MINUTES * MINUTE),
      () => `"${incident.title}" (${incident.slug}) is ongoing: its duration and the figures move`,
    );
  }
  return best;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * What a build hides, as lines for the terminal: a summary, then (with `list`) one line per
 * hidden item with when it appears, soonest first. Instants are written in the site's zone.
 *
 * @example
 * hiddenReport(hidden, asOf, 'Europe/Copenhagen')[0] //=> 'Hidden as of 2026-11-18T14:15:00+01:00: 1 update, 1 incident, 0 reviews.'
 */
export function hiddenReport(hidden: Hidden, asOf: Date, timeZone: string, { list = false } = {}): string[] {
  const when = (instant: Date) => localTimestamp(instant, timeZone);
  const summary = `Hidden as of ${when(asOf)}: ${count(hidden.updates.length, 'update', 'updates')}, ${count(
    hidden.incidents.length,
    'incident',
    'incidents',
  )}, ${count(hidden.reviews.length, 'review', 'reviews')}.`;
  if (!list) return [summary];
  const items = [
    ...hidden.updates.map(({ incident, update }) => ({
      at: update.at,
      text: `update "${update.status}" of ${incident.slug} (${incident.source.file})`,
    })),
    ...hidden.incidents.map((incident) => ({
      at: appearsAt(incident),
      text: `${incident.impact === 'maintenance' ? 'maintenance' : 'incident'} ${incident.slug} (${incident.source.file})`,
    })),
    ...hidden.reviews.map((review) => ({ at: review.published, text: `review of ${review.month} (${review.source.file})` })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime() || a.text.localeCompare(b.text));
  return [summary, ...items.map((item) => `  ${when(item.at)}  ${item.text}`)];
}

/** When a hidden incident appears: a maintenance once announced (its first update), anything else at its start. */
function appearsAt(incident: LoadedIncident): Date {
  const first = firstUpdateAt(incident);
  return first && first < incident.start ? first : incident.start;
}
