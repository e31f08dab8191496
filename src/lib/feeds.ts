/**
 * Feed entries, prepared once from the model and written as RSS 2.0 and Atom 1.0.
 * One entry per incident: it is "updated" whenever the incident gets an update, and its
 * summary carries the current state and the latest update.
 */
import { plainText } from '../schema.ts';
import { formatMinutes, humanize } from './display.ts';
import { IMPACT_LABELS, STATE_LABELS, incidentMinutes, incidentState, lastUpdated } from './incident.ts';
import { affectedNames, monthLabel, type SiteModel } from './site.ts';
import { latestUpdate } from './status.ts';
import type { VisibleIncident } from './as-of.ts';

export interface FeedEntry {
  /** A stable, unique id: the entry's absolute URL. */
  id: string;
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
  const state = incidentState(incident, asOf);
  const update = latestUpdate(incident);
  const link = absolute(`incidents/${incident.slug}/`);
  const duration =
    state === 'scheduled' ? '' : ` for ${formatMinutes(incidentMinutes(incident, asOf))}${incident.end ? '' : ' so far'}`;
  const summary = [
    `${STATE_LABELS[state]}: ${IMPACT_LABELS[incident.impact].toLowerCase()}${duration}, affecting ${affectedNames(model, incident)}.`,
    update ? `Latest update (${humanize(update.status)}): ${update.body}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    id: link,
    title: xmlText(`[${STATE_LABELS[state]}] ${incident.title}`),
    link,
    published: incident.start <= asOf ? incident.start : lastUpdated(incident, asOf),
    updated: lastUpdated(incident, asOf),
    summary: xmlText(summary),
    categories: [IMPACT_LABELS[incident.impact], ...(incident.category ? [humanize(incident.category)] : [])],
  };
}

const newestFirst = (a: FeedEntry, b: FeedEntry) => b.updated.getTime() - a.updated.getTime() || a.id.localeCompare(b.id);

/** Every feed of the site: incidents, reviews, and one per component. */
export function feeds(model: SiteModel, absolute: (path: string) => string): FeedDefinition[] {
  const name = xmlText(model.site.name);
  const asOf = model.uptime.asOf;
  // Sort by last change first and build entries only for the newest: feeds stay cheap at any history length.
  const byLastChange = model.incidents
    .map((incident) => ({ incident, changed: lastUpdated(incident, asOf).getTime() }))
    .sort((a, b) => b.changed - a.changed);
  const incidentFeed = (keep: (incident: VisibleIncident) => boolean) =>
    byLastChange
      .filter(({ incident }) => keep(incident))
      .slice(0, FEED_LIMIT)
      .map(({ incident }) => incidentEntry(incident, model, absolute))
      .sort(newestFirst);
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
        .filter((review) => review.published <= asOf)
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
    ...model.components.map((component) => ({
      path: `feeds/components/${component.id}`,
      title: xmlText(`${name} status: ${component.name}`),
      description: xmlText(`Incidents and maintenance affecting ${component.name}.`),
      entries: incidentFeed((incident) => incident.components.some((c) => c.id === component.id)),
    })),
  ];
}
