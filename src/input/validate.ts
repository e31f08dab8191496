/**
 * Rules that span fields or files, checked after every file has passed its schema:
 * unknown or duplicate ids, windows outside their incident, end before start, incidents
 * in the future, two reviews for one month. Pure: takes parsed content, returns errors.
 */
import {
  LONG_INCIDENT_DAYS,
  SLUG,
  UNCATEGORISED,
  type Component,
  type IncidentData,
  type ReviewData,
  type SiteSettings,
} from './schema.ts';
import { didYouMean, type ContentError, type Source } from './errors.ts';
import { dayOf, localTimestamp, monthOf, monthPeriod, monthsBetween } from '../engine/time.ts';
import { siteRoutes } from '../format/routes.ts';
import type { Locale } from '../i18n/catalog.ts';
import { urlScheme } from './sanitize.ts';

export interface LoadedIncident extends IncidentData {
  /** The file name without its extension: the incident's URL. */
  slug: string;
  source: Source;
  /** The links of its body (found by the content check; empty otherwise). */
  links?: BodyLink[] | undefined;
}

export interface LoadedReview extends ReviewData {
  /** The file name without its extension: the review's id in the content collection. */
  slug: string;
  /** The language of a translation, from its file name (`2026-06.da.mdx`); undefined for the original (section 10). */
  locale?: string | undefined;
  source: Source;
  /** The review components its MDX body uses (found by the content check; empty otherwise). */
  uses?: ComponentUse[] | undefined;
  /** The links of its body (found by the content check; empty otherwise). */
  links?: BodyLink[] | undefined;
}

/** A link or image in a body, as written, e.g. `/incidents/2026-11-18-payments/` on line 14. */
export interface BodyLink {
  url: string;
  line: number;
}

/** One review component in a body, e.g. `<IncidentCount category="queued-emails" />` on line 12. */
export interface ComponentUse {
  name: string;
  /** Text props as written; a bare prop (`words`) is `true`. */
  props: Readonly<Record<string, unknown>>;
  line: number;
}

/** The whole content folder, each file parsed by its schema. */
export interface LoadedContent {
  site: SiteSettings;
  siteSource: Source;
  components: Component[];
  componentsSource: Source;
  incidents: LoadedIncident[];
  reviews: LoadedReview[];
}

const at = (source: Source, path: ReadonlyArray<PropertyKey>) => ({ file: source.file, line: source.lineOf(path) });

/**
 * Checks the rules no single schema can see, for a build as of `asOf`.
 *
 * @example
 * validateContent(content, new Date('2026-11-30T12:00:00Z')) //=> [] when all is well
 */
export function validateContent(
  content: LoadedContent,
  asOf: Date,
  { replay = false, base = '/' }: ValidateOptions = {},
): ContentError[] {
  return [
    ...checkBodyLinks(content, asOf, base),
    ...checkComponents(content),
    ...checkSlugs(content.incidents),
    ...content.incidents.flatMap((incident) => checkIncident(incident, content, replay ? undefined : asOf)),
    ...content.incidents.flatMap((incident) => {
      // A file name with another date already reports the slip, once.
      const long = fileDateProblem(incident, content.site.timezone) ? undefined : longIncident(incident, content.site, asOf);
      // Ongoing in a replay, a long incident may be content written later that is still open then.
      // A draft publishes nothing, so it blocks nothing: its length is a warning (contentWarnings).
      return long && !incident.draft && (incident.end || !replay) ? [long] : [];
    }),
    ...checkReviews(content.reviews, content.site.timezone),
    ...content.reviews.flatMap((review) => checkComponentUses(review, content)),
    ...checkTimestampRange(content, asOf, replay),
    ...checkTranslations(content),
  ];
}

/**
 * Translations (section 10) must be into one of the site's other languages: one into a
 * language the site does not have would never show, and one into its own language would
 * hide the original.
 */
function checkTranslations({ site, incidents, reviews }: LoadedContent): ContentError[] {
  const others = site.locales.filter((code) => code !== site.locale);
  const fix = (code: string) =>
    others.length === 0
      ? `add ${code} to locales in site.yaml (e.g. locales: [${code}]), or remove the translation`
      : `use one of the site's other languages (${others.join(', ')}), add ${code} to locales in site.yaml, or remove the translation`;
  const problem = (code: string) =>
    code === site.locale
      ? `is in ${code}, the site's own language (locale in site.yaml): write it in the incident itself`
      : `is in ${code}, which is not one of the site's languages`;
  const wrong = (code: string) => !others.includes(code as Locale);
  return [
    ...incidents.flatMap(({ source, translations, updates }) => [
      ...Object.keys(translations ?? {})
        .filter(wrong)
        .map((code) => ({
          ...at(source, ['translations', code]),
          field: `translations.${code}`,
          problem: problem(code),
          fix: fix(code),
        })),
      ...updates.flatMap((update, index) =>
        Object.keys(update.translations ?? {})
          .filter(wrong)
          .map((code) => ({
            ...at(source, ['updates', index, 'translations', code]),
            field: `updates[${index}].translations.${code}`,
            problem: problem(code),
            fix: fix(code),
          })),
      ),
    ]),
    ...reviews.flatMap(({ source, locale }) =>
      locale !== undefined && wrong(locale)
        ? [
            {
              file: source.file,
              field: '(file name)',
              problem: `names the language ${locale}, which is not one of the site's other languages`,
              fix: fix(locale).replace('remove the translation', `rename the file without .${locale}`),
            },
          ]
        : [],
    ),
  ];
}

/**
 * The figures a review's components ask for must exist: a category some incident uses, a
 * component tracked in the review's month, a target for `<Target />` and `<ErrorBudget />`.
 */
function checkComponentUses(
  review: LoadedReview,
  { incidents, components, componentsSource, site, siteSource }: LoadedContent,
): ContentError[] {
  const categories = new Set(incidents.filter((i) => !i.draft).map((i) => i.category ?? UNCATEGORISED));
  const monthEnd = monthPeriod(review.month, site.timezone).end;
  const tracked = components.filter((c) => !c.since || c.since.getTime() < monthEnd).map((c) => c.id);
  return (review.uses ?? []).flatMap(({ name, props, line }): ContentError[] => {
    const error = (problem: string, fix: string): ContentError => ({
      file: review.source.file,
      line,
      field: `<${name}>`,
      problem,
      fix,
    });
    const found: ContentError[] = [];
    const category = props['category'];
    if (typeof category === 'string' && !categories.has(category)) {
      const guess = didYouMean(category, categories);
      found.push(
        error(
          `no incident has the category "${category}"`,
          guess ? `did you mean "${guess}"?` : `use one of: ${[...categories].join(', ')}`,
        ),
      );
    }
    const component = props['component'];
    if (typeof component === 'string' && !tracked.includes(component)) {
      const known = components.some((c) => c.id === component);
      const guess = didYouMean(component, tracked);
      found.push(
        error(
          known
            ? `"${component}" is not tracked yet in ${review.month} (its since in ${componentsSource.file} is later)`
            : `"${component}" is not a component in ${componentsSource.file}`,
          guess ? `did you mean "${guess}"?` : `use one of: ${tracked.join(', ')}`,
        ),
      );
    }
    const componentTarget = typeof component === 'string' ? components.find((c) => c.id === component)?.target : undefined;
    if (name === 'ErrorBudget' && site.uptimeTarget === undefined && componentTarget === undefined) {
      found.push(
        error(
          typeof component === 'string'
            ? `there is no uptime target for "${component}", so it has no error budget`
            : `there is no uptime target, so there is no error budget`,
          typeof component === 'string'
            ? `add uptimeTarget (e.g. uptimeTarget: 99.9) to ${siteSource.file}, or target: to "${component}" in ${componentsSource.file}`
            : `add uptimeTarget (e.g. uptimeTarget: 99.9) to ${siteSource.file}, or remove <ErrorBudget />`,
        ),
      );
    }
    if (name === 'Target' && site.uptimeTarget === undefined) {
      found.push(
        error(
          `there is no uptime target to compare with`,
          `add uptimeTarget (e.g. uptimeTarget: 99.9) to ${siteSource.file}, or remove <Target />`,
        ),
      );
    }
    return found;
  });
}

/** How far before the as-of instant a timestamp may lie: further back is a typo (1026 for 2026). */
export const MAX_HISTORY_YEARS = 30;
/** How far after the wall clock a timestamp may lie (planned maintenance, scheduled updates). */
export const MAX_FUTURE_YEARS = 10;
const YEAR = 365.25 * 86_400_000;

/**
 * Every timestamp within {@link MAX_HISTORY_YEARS} before the as-of instant and, at the wall
 * clock, {@link MAX_FUTURE_YEARS} after it. Outside that it is a typo, and a history of
 * centuries would only make every build crawl.
 */
function checkTimestampRange(content: LoadedContent, asOf: Date, replay: boolean): ContentError[] {
  const zone = content.site.timezone;
  const earliest = asOf.getTime() - MAX_HISTORY_YEARS * YEAR;
  const latest = replay ? Infinity : asOf.getTime() + MAX_FUTURE_YEARS * YEAR;
  const errors: ContentError[] = [];
  const check = (instant: Date | undefined, source: Source, path: ReadonlyArray<PropertyKey>, field: string) => {
    if (!instant) return;
    const time = instant.getTime();
    if (time >= earliest && time <= latest) return;
    const year = asOf.getUTCFullYear();
    errors.push({
      ...at(source, path),
      field,
      problem: `${localTimestamp(instant, zone)} is more than ${time < earliest ? `${MAX_HISTORY_YEARS} years before` : `${MAX_FUTURE_YEARS} years after`} the build's as-of time (${localTimestamp(asOf, zone).slice(0, 10)})`,
      fix: `correct the year: did you mean ${year}?`,
    });
  };
  content.components.forEach((component, index) =>
    check(component.since, content.componentsSource, [index, 'since'], `[${index}].since`),
  );
  for (const incident of content.incidents) {
    const { source } = incident;
    check(incident.start, source, ['start'], 'start');
    check(incident.end, source, ['end'], 'end');
    incident.components.forEach((affected, index) => {
      // Inherited times are the incident's, already checked.
      if (affected.start !== incident.start)
        check(affected.start, source, ['components', index, 'start'], `components[${index}].start`);
      if (affected.end !== incident.end) check(affected.end, source, ['components', index, 'end'], `components[${index}].end`);
    });
    incident.updates.forEach((update, index) => check(update.at, source, ['updates', index, 'at'], `updates[${index}].at`));
  }
  for (const review of content.reviews) check(review.published, review.source, ['published'], 'published');
  return errors;
}

export interface ValidateOptions {
  /**
   * True when the build replays an instant (section 8 of the content contract): an incident
   * starting after it is hidden, not an error. Default false: the wall clock.
   */
  replay?: boolean | undefined;
  /** The base path the site is served under (`STATUSBOOK_BASE`), e.g. `/status`. Default `/`. */
  base?: string | undefined;
}

/**
 * Links in bodies to pages of this site (`/incidents/…/`, `../…/`, or the site's own URL)
 * must name a page the site builds ({@link siteRoutes}), or readers get a 404.
 */
function checkBodyLinks(content: LoadedContent, asOf: Date, base: string): ContentError[] {
  const { site, incidents, components, reviews } = content;
  const published = incidents.filter((incident) => !incident.draft);
  let first = asOf.getTime();
  for (const incident of published) first = Math.min(first, incident.start.getTime());
  for (const component of components) first = Math.min(first, component.since?.getTime() ?? first);
  const root = new URL(base.replace(/\/?$/, '/'), site.url);
  const routes = [
    ...siteRoutes({
      incidentSlugs: published.map((incident) => incident.slug),
      componentIds: components.map((component) => component.id),
      months: monthsBetween(monthOf(first, site.timezone), monthOf(asOf.getTime(), site.timezone)),
      logo: site.logo,
      groups: [...new Set(components.flatMap((component) => (component.group ? [component.group] : [])))],
      locales: site.locales.filter((code) => code !== site.locale),
    }),
  ].map((route) => `${root.pathname}${route}`);
  const known = new Set(routes);
  const pages = [
    ...incidents.map((incident) => ({ page: `incidents/${incident.slug}/`, source: incident.source, links: incident.links })),
    ...reviews.map((review) => ({ page: `reviews/${review.month}/`, source: review.source, links: review.links })),
  ];
  return pages.flatMap(({ page, source, links }) =>
    (links ?? []).flatMap(({ url, line }): ContentError[] => {
      const scheme = urlScheme(url);
      if (url.startsWith('#') || url.startsWith('//') || (scheme !== undefined && !url.startsWith(root.origin))) return [];
      const target = new URL(url, new URL(page, root));
      if (target.origin !== root.origin) return [];
      const path = target.pathname;
      if (known.has(path) || known.has(`${path}/`) || known.has(path.replace(/index\.html$/, ''))) return [];
      // A path written without the base path (`/reviews/` for `/status/reviews/`) is the likeliest slip.
      const withBase = `${root.pathname}${path.replace(/^\//, '')}`;
      const guess = !path.startsWith(root.pathname) && known.has(withBase) ? withBase : didYouMean(path, routes);
      return [
        {
          file: source.file,
          line,
          field: '(body)',
          problem: `links to ${path}, a page this site does not have`,
          fix: guess
            ? `did you mean ${guess}?`
            : `link to a page of the site, e.g. ${root.pathname}incidents/<file name>/ or ${root.pathname}history/`,
        },
      ];
    }),
  );
}

function checkComponents({ components, componentsSource }: LoadedContent): ContentError[] {
  const seen = new Set<string>();
  return components.flatMap((component, index) => {
    if (!seen.has(component.id)) {
      seen.add(component.id);
      return [];
    }
    return [
      {
        ...at(componentsSource, [index, 'id']),
        field: `[${index}].id`,
        problem: `"${component.id}" is listed twice`,
        fix: 'give each component its own id, or remove the duplicate entry',
      },
    ];
  });
}

function checkSlugs(incidents: readonly LoadedIncident[]): ContentError[] {
  const first = new Map<string, string>();
  return incidents.flatMap(({ slug, source }): ContentError[] => {
    if (!SLUG.test(slug)) {
      return [
        {
          file: source.file,
          field: '(file name)',
          problem: `"${slug}" cannot be a URL: file names must be lowercase letters, digits and hyphens`,
          fix: `rename the file, e.g. to ${
            slug
              .toLowerCase()
              .replace(/[^a-z0-9]+/g, '-')
              .replace(/^-|-$/g, '') || 'emails-delayed'
          }`,
        },
      ];
    }
    const other = first.get(slug);
    if (other === undefined) {
      first.set(slug, source.file);
      return [];
    }
    return [
      {
        file: source.file,
        field: '(file name)',
        problem: `has the same slug "${slug}" as ${other}, so both would have the same URL`,
        fix: 'rename one of the two files',
      },
    ];
  });
}

function checkIncident(
  incident: LoadedIncident,
  { components, componentsSource, site }: LoadedContent,
  /** The wall clock, when the build is at the clock; undefined when replaying. */
  clock: Date | undefined,
): ContentError[] {
  const { source } = incident;
  // Times in messages are written as the author writes them: in the site's zone, with its offset.
  const formatInstant = (instant: Date) => localTimestamp(instant, site.timezone);
  const errors: ContentError[] = [];
  const report = (path: ReadonlyArray<PropertyKey>, field: string, problem: string, fix: string) =>
    errors.push({ ...at(source, path), field, problem, fix });

  const backwards = incident.end !== undefined && incident.end < incident.start;
  if (backwards) {
    report(
      ['end'],
      'end',
      `${formatInstant(incident.end!)} is before start ${formatInstant(incident.start)}`,
      'write an end after the start, or leave end out while the incident is ongoing',
    );
  }
  // A rescheduled maintenance keeps its announced URL: for maintenance this is a warning (contentWarnings).
  const misnamed = incident.impact === 'maintenance' ? undefined : fileDateProblem(incident, site.timezone);
  if (misnamed) errors.push(misnamed);
  // With end before start, nothing can lie inside the incident: its end is the one problem.
  if (!backwards) checkUpdates(incident, formatInstant, report);
  if (clock && !incident.draft && incident.impact !== 'maintenance' && incident.start > clock) {
    report(
      ['start'],
      'start',
      `${formatInstant(incident.start)} is after the build's as-of time ${formatInstant(clock)}; only maintenance may start in the future`,
      'correct the date (check the offset), or write impact: maintenance for planned work',
    );
  }

  const known = new Set(components.map((component) => component.id));
  const listed = new Set<string>();
  incident.components.forEach((affected, index) => {
    const idPath = ['components', index, 'id'];
    const field = `components[${index}]`;
    if (!known.has(affected.id)) {
      const guess = didYouMean(affected.id, known);
      report(
        idPath,
        field,
        `"${affected.id}" is not a component in ${componentsSource.file}`,
        guess ? `did you mean "${guess}"?` : `use one of: ${[...known].join(', ')}`,
      );
    }
    if (listed.has(affected.id)) {
      report(
        idPath,
        field,
        `"${affected.id}" is listed twice`,
        'list each component once; use start and end on it for a shorter window',
      );
    }
    listed.add(affected.id);
    if (!backwards) {
      checkWindow(incident, affected, formatInstant, (key, problem, fix) =>
        report(['components', index, key], `${field}.${key}`, problem, fix),
      );
    }
  });
  return errors;
}

/** A file name that begins with a date (`2026-12-01-exports-failing.mdx`) must agree with `start`'s local date. */
function fileDateProblem(incident: LoadedIncident, timeZone: string): ContentError | undefined {
  const named = /^(\d{4}-\d{2}-\d{2})-(.+)$/.exec(incident.slug);
  if (!named) return undefined;
  const [, nameDay, rest] = named;
  const startDay = dayOf(incident.start.getTime(), timeZone);
  if (nameDay === startDay) return undefined;
  const extension = incident.source.file.slice(incident.source.file.lastIndexOf('.'));
  return {
    ...at(incident.source, ['start']),
    field: 'start',
    problem: `is on ${startDay} (in ${timeZone}), but the file name says ${nameDay}`,
    fix: `correct the year or date of start, or rename the file to ${startDay}-${rest}${extension}`,
  };
}

/** Update statuses after which nothing may follow unless it reopens the incident. */
const CLOSING = new Set(['resolved', 'completed']);

/**
 * An incident's updates lie inside it (a maintenance may announce itself before its start),
 * and nothing follows a `resolved` or `completed` update except an update that says
 * `reopened: true`. Updates are taken in time order; equal times in the order written.
 */
function checkUpdates(
  incident: LoadedIncident,
  formatInstant: (instant: Date) => string,
  report: (path: ReadonlyArray<PropertyKey>, field: string, problem: string, fix: string) => void,
): void {
  const { start, end, impact } = incident;
  const ordered = incident.updates
    .map((update, index) => ({ update, index }))
    .sort((a, b) => a.update.at.getTime() - b.update.at.getTime() || a.index - b.index);
  let closedBy: (typeof ordered)[number] | undefined;
  for (const { update, index } of ordered) {
    const field = `updates[${index}]`;
    if (impact !== 'maintenance' && update.at < start) {
      report(
        ['updates', index, 'at'],
        `${field}.at`,
        `${formatInstant(update.at)} is before the incident's start ${formatInstant(start)}`,
        'write a time at or after start, or correct start (only a maintenance may be announced before it starts)',
      );
    } else if (end && update.at > end) {
      report(
        ['updates', index, 'at'],
        `${field}.at`,
        `${formatInstant(update.at)} is after the ${impact === 'maintenance' ? "maintenance's" : "incident's"} end ${formatInstant(end)}`,
        'write a time at or before end, or move end to when it really ended',
      );
    }
    if (closedBy && !update.reopened) {
      report(
        ['updates', index, 'status'],
        `${field}.status`,
        `"${update.status}" follows the "${closedBy.update.status}" update of ${formatInstant(closedBy.update.at)}`,
        'if the incident came back, write reopened: true on the update that reopens it, and move end to the final resolution; otherwise remove this update',
      );
    } else if (!closedBy && update.reopened) {
      report(
        ['updates', index, 'reopened'],
        `${field}.reopened`,
        'reopens nothing: no resolved or completed update comes before it',
        'remove reopened: true (it belongs on the first update after a resolution)',
      );
    }
    // After a problem is reported the timeline counts as open again, so one mistake gives one message.
    closedBy = CLOSING.has(update.status) ? { update, index } : undefined;
  }
}

const DAY = 86_400_000;

/**
 * An incident (not maintenance, not a notice) lasting longer than `longIncidentDays` without
 * `longRunning: true`: usually a wrong year or date. It lasts from its start to its end, or to
 * `asOf` while it has no end or its end lies after `asOf`.
 */
function longIncident(incident: LoadedIncident, site: SiteSettings, asOf: Date): ContentError | undefined {
  if (incident.impact === 'maintenance' || incident.impact === 'none' || incident.longRunning) return undefined;
  const limit = site.longIncidentDays ?? LONG_INCIDENT_DAYS;
  const until = incident.end && incident.end <= asOf ? incident.end : asOf;
  const lasting = until.getTime() - incident.start.getTime();
  if (lasting <= limit * DAY) return undefined;
  const zone = site.timezone;
  const days = Math.floor(lasting / DAY);
  const ended = until === incident.end;
  return {
    ...at(incident.source, ['start']),
    field: 'start',
    problem: `${ended ? 'lasts' : `is ongoing at ${localTimestamp(asOf, zone)} and has lasted`} ${days} days since ${localTimestamp(incident.start, zone)}, more than the ${limit} days site.yaml allows (longIncidentDays)`,
    fix: `check the year and date of start${incident.end ? ' and end' : ''}; if it really lasts this long, add longRunning: true`,
  };
}

/** A component's own window must lie inside its incident, and end after it starts. */
function checkWindow(
  incident: LoadedIncident,
  affected: LoadedIncident['components'][number],
  formatInstant: (instant: Date) => string,
  report: (key: 'start' | 'end', problem: string, fix: string) => void,
): void {
  const inside = `a time inside the incident (${formatInstant(incident.start)} to ${incident.end ? formatInstant(incident.end) : 'now'})`;
  // Times inherited from the incident are the incident's own: its checks report them, once.
  const ownStart = affected.start !== incident.start;
  const ownEnd = affected.end !== incident.end;
  if (!ownStart && !ownEnd) return;
  if (ownStart && (affected.start < incident.start || (incident.end && affected.start > incident.end))) {
    report(
      'start',
      `${formatInstant(affected.start)} lies outside the incident`,
      `write ${inside}, or leave it out to inherit the incident's start`,
    );
  }
  if (ownEnd && affected.end && incident.end && affected.end > incident.end) {
    report(
      'end',
      `${formatInstant(affected.end)} lies after the incident's end`,
      `write ${inside}, or leave it out to inherit the incident's end`,
    );
  }
  if (affected.end && affected.end < affected.start) {
    report(
      'end',
      `${formatInstant(affected.end)} is before this component's start ${formatInstant(affected.start)}`,
      'write an end after the start',
    );
  }
}

function checkReviews(reviews: readonly LoadedReview[], timeZone: string): ContentError[] {
  const first = new Map<string, string>();
  const named = new Map<string, string>();
  return reviews.flatMap(({ month, published, slug, source, locale }): ContentError[] => {
    const sameName = named.get(slug);
    named.set(slug, sameName ?? source.file);
    if (sameName !== undefined) {
      return [
        {
          file: source.file,
          field: '(file name)',
          problem: `has the same name "${slug}" as ${sameName}, so both would be the same page`,
          fix: 'keep one of the two files, or rename one after its month (e.g. 2026-06.mdx)',
        },
      ];
    }
    // A translation (`2026-06.da.mdx`) is a second review of its month in another language.
    const key = locale === undefined ? month : `${month}.${locale}`;
    const other = first.get(key);
    first.set(key, other ?? source.file);
    if (other !== undefined) {
      return [
        {
          ...at(source, ['month']),
          field: 'month',
          problem: `${month} already has a review${locale === undefined ? '' : ` in ${locale}`} in ${other}`,
          fix: 'keep one review per month: merge the two files, or correct the month',
        },
      ];
    }
    // A review published later is scheduled (hidden until then); one published before its month began is a typo.
    const publishedMonth = monthOf(published.getTime(), timeZone);
    if (month > publishedMonth) {
      return [
        {
          ...at(source, ['month']),
          field: 'month',
          problem: `${month} had not begun when the review is published (${localTimestamp(published, timeZone)})`,
          fix: 'correct the month or the published date: a review is published during or after its month',
        },
      ];
    }
    return [];
  });
}

/**
 * Likely mistakes that are not errors: a category used by a single incident that is one or
 * two letters away from a category others use; a maintenance whose file name gives another
 * date than its start (it may have been rescheduled); a draft lasting longer than
 * `longIncidentDays`, and in a replay an incident ongoing at the instant for that long (at
 * the clock that is an error). Reported as
 * warnings; they never stop a build.
 */
export function contentWarnings(content: LoadedContent, asOf?: Date, { replay = false }: ValidateOptions = {}): ContentError[] {
  const long = asOf
    ? content.incidents.flatMap((incident) => {
        const warns = incident.draft || (replay && !incident.end && incident.start <= asOf);
        const found = warns ? longIncident(incident, content.site, asOf) : undefined;
        if (!found) return [];
        return [
          incident.draft ? { ...found, problem: `${found.problem}; it is a draft, so nothing is published wrong yet` } : found,
        ];
      })
    : [];
  const rescheduled = content.incidents.flatMap((incident) => {
    const found = incident.impact === 'maintenance' ? fileDateProblem(incident, content.site.timezone) : undefined;
    return found
      ? [{ ...found, problem: `${found.problem} (fine if the maintenance was rescheduled after it was announced)` }]
      : [];
  });
  return [...long, ...rescheduled, ...categoryWarnings(content)];
}

function categoryWarnings(content: LoadedContent): ContentError[] {
  const uses = new Map<string, LoadedIncident[]>();
  for (const incident of content.incidents) {
    if (!incident.category) continue;
    const list = uses.get(incident.category);
    if (list) list.push(incident);
    else uses.set(incident.category, [incident]);
  }
  const common = [...uses].filter(([, list]) => list.length > 1).map(([category]) => category);
  return [...uses].flatMap(([category, list]) => {
    if (list.length !== 1) return [];
    const guess = didYouMean(
      category,
      common.filter((c) => c !== category),
    );
    const incident = list[0]!;
    return guess
      ? [
          {
            ...at(incident.source, ['category']),
            field: 'category',
            problem: `"${category}" is used by no other incident`,
            fix: `did you mean "${guess}"?`,
          },
        ]
      : [];
  });
}
