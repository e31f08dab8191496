/**
 * Feed entries, prepared once from the model and written as RSS 2.0 and Atom 1.0.
 * One entry per incident: it is "updated" whenever the incident gets an update, and its
 * summary carries the current state and the latest update.
 */
import { plainText } from '../input/schema.ts';
import { lastUpdated } from '../engine/incident.ts';
import { countIn, formatMinutes, monthLabel } from '../format/figures.ts';
import { DEFAULT_LOCALE, translator, type Locale } from '../i18n/catalog.ts';
import { vocabulary } from '../model/vocabulary.ts';
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
  /** The language of the feed's text (`xml:lang`). */
  lang: string;
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
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(links.lang)}">`,
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

/** An impact inside a feed's sentence: "major outage", "notice". */
function impactWords(impact: VisibleIncident['impact'], locale: Locale): string {
  return impact === 'none' ? translator(locale)('feed.notice') : vocabulary(locale).stateTime[impact];
}

/** The feed entry of an incident, in `locale`; `absolute` turns a site path into a URL. */
export function incidentEntry(
  incident: VisibleIncident,
  model: SiteModel,
  absolute: (path: string) => string,
  locale: Locale = DEFAULT_LOCALE,
): FeedEntry {
  const t = translator(locale);
  const asOf = model.uptime.asOf;
  const view = model.viewIn(locale).incidents.get(incident.slug)!;
  const update = view.latest;
  const link = absolute(`incidents/${incident.slug}/`);
  const minutes = formatMinutes(view.minutes, locale);
  const values = { state: view.stateLabel, impact: impactWords(incident.impact, locale), components: view.affected };
  const summary = [
    view.state === 'scheduled'
      ? t('feed.summaryScheduled', values)
      : t('feed.summary', { ...values, duration: view.lasting ? t('incidents.soFar', { duration: minutes }) : minutes }),
    update ? t('feed.latest', { status: update.statusLabel, body: update.body }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    id: link,
    title: xmlText(`[${view.stateLabel}] ${view.title}`),
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
export function updateEntries(
  incident: VisibleIncident,
  model: SiteModel,
  absolute: (path: string) => string,
  locale: Locale = DEFAULT_LOCALE,
): FeedEntry[] {
  const t = translator(locale);
  const words = vocabulary(locale);
  const page = absolute(`incidents/${incident.slug}/`);
  const view = model.viewIn(locale).incidents.get(incident.slug)!;
  const affecting = t('feed.affecting', { impact: view.impactLabel, components: view.affected });
  const entry = (guid: string, at: Date, status: string, text: string, anchor: boolean): FeedEntry => ({
    id: `${page}#${guid}`,
    guid,
    title: xmlText(`[${status}] ${view.title}`),
    link: anchor ? `${page}#${guid}` : page,
    published: at,
    updated: at,
    summary: xmlText(`${text} (${affecting})`),
    categories: [view.impactLabel, status],
  });
  // The view's updates (newest first) are numbered and in this language where translated.
  const entries = view.updates.toReversed().map((update) => entry(update.id!, update.at, update.statusLabel, update.body, true));
  const written = new Set(incident.updates.map((update) => update.status));
  const maintenance = incident.impact === 'maintenance';
  if (maintenance && incident.start <= model.uptime.asOf && !written.has('in-progress')) {
    entries.push(
      entry(`${incident.slug}-started`, incident.start, words.updateStatus['in-progress'], t('feed.maintenanceStarted'), false),
    );
  }
  // A closing update, whichever word it uses, is the resolution: a second entry would repeat it.
  if (incident.end && !written.has('resolved') && !written.has('completed')) {
    const [guid, status, text] = maintenance
      ? ([`${incident.slug}-completed`, 'completed', t('notify.maintenanceDone')] as const)
      : ([`${incident.slug}-resolved`, 'resolved', t('notify.incidentDone')] as const);
    entries.push(entry(guid, incident.end, words.updateStatus[status], text, false));
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

/** Every feed of the site in one language: incidents, reviews, and one per component. */
export function feeds(model: SiteModel, absolute: (path: string) => string, locale: Locale = DEFAULT_LOCALE): FeedDefinition[] {
  const t = translator(locale);
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
      .map(({ incident }) => incidentEntry(incident, model, absolute, locale))
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
        .flatMap(({ incident }) => updateEntries(incident, model, absolute, locale)),
    ).slice(0, FEED_LIMIT);
  return [
    {
      path: 'feeds/incidents',
      title: t('feed.incidentsTitle', { site: name }),
      description: t('feed.incidentsDescription', { site: name }),
      entries: incidentFeed(() => true),
    },
    {
      path: 'feeds/reviews',
      title: t('feed.reviewsTitle', { site: name }),
      description: t('feed.reviewsDescription', { site: name }),
      entries: model.reviews
        // The dev server's model also lists scheduled and draft reviews; a feed has only the published.
        .filter((review) => isPublishedAt(review, asOf))
        .map((review): FeedEntry => {
          const report = model.reportByMonth.get(review.month)!;
          const link = absolute(`reviews/${review.month}/`);
          // The review in this language where one is written, else the original.
          const shown = model.reviewTranslations.get(review.month)?.get(locale) ?? review;
          return {
            id: link,
            title: xmlText(shown.title),
            link,
            published: review.published,
            updated: review.published,
            summary: xmlText(
              shown.summary ??
                t('feed.reviewSummary', {
                  month: monthLabel(review.month, locale),
                  incidents: countIn('count.incidents', report.figures.incidents.length, locale),
                }),
            ),
            categories: [t('feed.reviewCategory')],
          };
        })
        .sort(newestFirst)
        .slice(0, FEED_LIMIT),
    },
    {
      path: 'feeds/updates',
      title: t('feed.updatesTitle', { site: name }),
      description: t('feed.updatesDescription', { site: name }),
      entries: updatesFeed(() => true),
    },
    ...model.components.map((component) => ({
      path: `feeds/updates/${component.id}`,
      title: xmlText(t('feed.componentUpdatesTitle', { site: name, component: component.name })),
      description: xmlText(t('feed.componentUpdatesDescription', { component: component.name })),
      entries: updatesFeed((incident) => incident.components.some((c) => c.id === component.id)),
    })),
    ...model.components.map((component) => ({
      path: `feeds/components/${component.id}`,
      title: xmlText(t('feed.componentTitle', { site: name, component: component.name })),
      description: xmlText(t('feed.componentDescription', { component: component.name })),
      entries: incidentFeed((incident) => incident.components.some((c) => c.id === component.id)),
    })),
  ];
}
