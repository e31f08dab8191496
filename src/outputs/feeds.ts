/**
 * Feed entries, prepared once from the model and written as RSS 2.0 and Atom 1.0.
 * One entry per incident: it is "updated" whenever the incident gets an update, and its
 * summary carries the current state and the latest update.
 */
import { plainText } from '../input/schema.ts';
import { formatMinutes, humanize } from '../format/figures.ts';
import { lastUpdated, numberedUpdates } from '../engine/incident.ts';
import { monthLabel } from '../format/figures.ts';
import type { SiteModel } from '../model/site.ts';
import { isPublishedAt, type VisibleIncident } from '../engine/as-of.ts';

export interface FeedEntry {
  /** A stable, unique id: the entry's absolute URL (Atom's id). */
  id: string;
  /** RSS's guid when it is not the link: `<slug>-<n>` for an update. */
  guid?: string | undefined;
  title: string;
  link: string;
  published: Date;
  updated: Date;
  summary: string;
  categories: string[];
}

export interface FeedDefinition {
  /** Path of the feed under the site, without extension, e.g. `feeds/incidents`. */
  path: string;
  title: string;
  description: string;
  entries: FeedEntry[];
}

/**
 * `text` safe for XML 1.0: the characters it forbids removed. Content text is cleaned by the
 * schema already; feeds clean again, since one bad character makes a whole feed unreadable.
 */
export const xmlText = plainText;

const escapeXml = (text: string) =>
  xmlText(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** Where an Atom feed lives and who publishes it. */
export interface AtomLinks {
  /** The feed's own URL: its id and rel="self". */
  self: string;
  /** The site's home page. */
  site: string;
  author: string;
  /** Used when the feed has no entries. */
  updated: Date;
}

/**
 * An Atom 1.0 document (RFC 4287) for `feed`. Every text is plain text (`type="text"`),
 * escaped, with the characters XML forbids removed: valid XML for any content.
 */
export function atomXml(feed: FeedDefinition, links: AtomLinks): string {
  const text = (name: string, value: string) => `<${name} type="text">${escapeXml(value)}</${name}>`;
  const entries = feed.entries.map((entry) =>
    [
      '  <entry>',
      `    ${text('title', entry.title)}`,
      `    <id>${escapeXml(entry.id)}</id>`,
      `    <link rel="alternate" href="${escapeXml(entry.link)}"/>`,
      `    <published>${entry.published.toISOString()}</published>`,
      `    <updated>${entry.updated.toISOString()}</updated>`,
      `    ${text('summary', entry.summary)}`,
      ...entry.categories.map((category) => `    <category term="${escapeXml(category)}" label="${escapeXml(category)}"/>`),
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(links.self)}</id>`,
    `  ${text('title', feed.title)}`,
    `  ${text('subtitle', feed.description)}`,
    `  <updated>${(feed.entries[0]?.updated ?? links.updated).toISOString()}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(links.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(links.site)}"/>`,
    `  <author><name>${escapeXml(links.author)}</name><uri>${escapeXml(links.site)}</uri></author>`,
    '  <generator>Statusbook</generator>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/** How many entries a feed keeps, newest first. */
export const FEED_LIMIT = 50;

/** The feed entry of an incident; `absolute` turns a site path into a URL. */
export function incidentEntry(incident: VisibleIncident, model: SiteModel, absolute: (path: string) => string): FeedEntry {
  const asOf = model.uptime.asOf;
  const view = model.view.incidents.get(incident.slug)!;
  const update = view.latest;
  const link = absolute(`incidents/${incident.slug}/`);
  const duration = view.state === 'scheduled' ? '' : ` for ${formatMinutes(view.minutes)}${view.lasting ? ' so far' : ''}`;
  const summary = [
    `${view.stateLabel}: ${view.impactLabel.toLowerCase()}${duration}, affecting ${view.affected}.`,
    update ? `Latest update (${update.statusLabel}): ${update.body}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    id: link,
    title: xmlText(`[${view.stateLabel}] ${incident.title}`),
    link,
    published: incident.start <= asOf ? incident.start : lastUpdated(incident, asOf),
    updated: lastUpdated(incident, asOf),
    summary: xmlText(summary),
    categories: [view.impactLabel, ...(view.categoryLabel ? [view.categoryLabel] : [])],
  };
}

/**
 * The entries of an incident for the updates feed: one per visible update (guid
 * `<slug>-<n>`, linking to the update on the incident page), oldest first, and one per state
 * change not written as an update: a maintenance starting (`<slug>-started`) or completing
 * (`<slug>-completed`), an incident ending (`<slug>-resolved`); a "resolved" or "completed"
 * update is the end written down. Chat apps' RSS bots post each new guid, so every update
 * reaches them, "Resolved" included.
 */
export function updateEntries(incident: VisibleIncident, model: SiteModel, absolute: (path: string) => string): FeedEntry[] {
  const page = absolute(`incidents/${incident.slug}/`);
  const view = model.view.incidents.get(incident.slug)!;
  const affecting = `${view.impactLabel}, affecting ${view.affected}.`;
  const entry = (guid: string, at: Date, status: string, text: string, anchor: boolean): FeedEntry => ({
    id: `${page}#${guid}`,
    guid,
    title: xmlText(`[${humanize(status)}] ${incident.title}`),
    link: anchor ? `${page}#${guid}` : page,
    published: at,
    updated: at,
    summary: xmlText(`${text} (${affecting})`),
    categories: [view.impactLabel, humanize(status)],
  });
  const entries = numberedUpdates(incident).map(({ id, update }) => entry(id, update.at, update.status, update.body, true));
  const written = new Set(incident.updates.map((update) => update.status));
  const maintenance = incident.impact === 'maintenance';
  if (maintenance && incident.start <= model.uptime.asOf && !written.has('in-progress')) {
    entries.push(entry(`${incident.slug}-started`, incident.start, 'in-progress', 'The maintenance has started.', false));
  }
  // A closing update, whichever word it uses, is the resolution: a second entry would repeat it.
  if (incident.end && !written.has('resolved') && !written.has('completed')) {
    const [guid, status, text] = maintenance
      ? [`${incident.slug}-completed`, 'completed', 'The maintenance is complete.']
      : [`${incident.slug}-resolved`, 'resolved', 'This incident has been resolved.'];
    entries.push(entry(guid, incident.end, status, text, false));
  }
  return entries;
}

const newestFirst = (a: FeedEntry, b: FeedEntry) => b.updated.getTime() - a.updated.getTime() || a.id.localeCompare(b.id);

/**
 * `entries` newest first; entries of the same instant in the reverse of the order given, so
 * of two updates written in the same minute the later in the timeline comes first.
 */
const newestFirstInTimelineOrder = (entries: FeedEntry[]) =>
  entries.toReversed().sort((a, b) => b.updated.getTime() - a.updated.getTime());

/** Every feed of the site: incidents, reviews, and one per component. */
export function feeds(model: SiteModel, absolute: (path: string) => string): FeedDefinition[] {
  const name = xmlText(model.site.name);
  const asOf = model.uptime.asOf;
  // Rank incidents once per kind of feed and build entries only for the newest: feeds stay
  // cheap at any history length.
  const newestBy = (changed: (incident: VisibleIncident) => number) =>
    model.incidents.map((incident) => ({ incident, changed: changed(incident) })).sort((a, b) => b.changed - a.changed);
  const byLastChange = newestBy((incident) => lastUpdated(incident, asOf).getTime());
  const incidentFeed = (keep: (incident: VisibleIncident) => boolean) =>
    byLastChange
      .filter(({ incident }) => keep(incident))
      .slice(0, FEED_LIMIT)
      .map(({ incident }) => incidentEntry(incident, model, absolute))
      .sort(newestFirst);
  // An incident's newest entry in the updates feed is its last update, its start or its end:
  // the newest FEED_LIMIT entries come from the FEED_LIMIT incidents newest by that.
  const byLatestEntry = newestBy((incident) =>
    Math.max(lastUpdated(incident, asOf).getTime(), incident.start.getTime(), incident.end?.getTime() ?? 0),
  );
  const updatesFeed = (keep: (incident: VisibleIncident) => boolean) =>
    newestFirstInTimelineOrder(
      byLatestEntry
        .filter(({ incident }) => keep(incident))
        .slice(0, FEED_LIMIT)
        .flatMap(({ incident }) => updateEntries(incident, model, absolute)),
    ).slice(0, FEED_LIMIT);
  return [
    {
      path: 'feeds/incidents',
      title: `${name} status: incidents and maintenance`,
      description: `Incidents and planned maintenance of ${name}, updated as they develop.`,
      entries: incidentFeed(() => true),
    },
    {
      path: 'feeds/reviews',
      title: `${name} status: monthly reviews`,
      description: `How ${name} performed each month, with figures computed from incident records.`,
      entries: model.reviews
        // The dev server's model also lists scheduled and draft reviews; a feed has only the published.
        .filter((review) => isPublishedAt(review, asOf))
        .map((review): FeedEntry => {
          const report = model.reportByMonth.get(review.month)!;
          const link = absolute(`reviews/${review.month}/`);
          return {
            id: link,
            title: xmlText(review.title),
            link,
            published: review.published,
            updated: review.published,
            summary: xmlText(
              review.summary ?? `Our review of ${monthLabel(review.month)}: ${report.figures.incidents.length} incidents.`,
            ),
            categories: ['Monthly review'],
          };
        })
        .sort(newestFirst)
        .slice(0, FEED_LIMIT),
    },
    {
      path: 'feeds/updates',
      title: `${name} status: every update`,
      description: `Each update to ${name}'s incidents and maintenance as its own entry, "Resolved" included: for chat apps and readers that post new entries.`,
      entries: updatesFeed(() => true),
    },
    ...model.components.map((component) => ({
      path: `feeds/updates/${component.id}`,
      title: xmlText(`${name} status: every update for ${component.name}`),
      description: xmlText(`Each update to incidents and maintenance affecting ${component.name}.`),
      entries: updatesFeed((incident) => incident.components.some((c) => c.id === component.id)),
    })),
    ...model.components.map((component) => ({
      path: `feeds/components/${component.id}`,
      title: xmlText(`${name} status: ${component.name}`),
      description: xmlText(`Incidents and maintenance affecting ${component.name}.`),
      entries: incidentFeed((incident) => incident.components.some((c) => c.id === component.id)),
    })),
  ];
}
