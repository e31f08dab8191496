/**
 * Rules that span fields or files, checked after every file has passed its schema:
 * unknown or duplicate ids, windows outside their incident, end before start, incidents
 * in the future, two reviews for one month. Pure: takes parsed content, returns errors.
 */
import { SLUG, type Component, type IncidentData, type ReviewData, type SiteSettings } from './schema.ts';
import { didYouMean, type ContentError, type Source } from './errors.ts';
import { localTimestamp, monthOf, monthPeriod } from '../engine/time.ts';
import { UNCATEGORISED } from '../model/site.ts';

export interface LoadedIncident extends IncidentData {
  /** The file name without its extension: the incident's URL. */
  slug: string;
  source: Source;
}

export interface LoadedReview extends ReviewData {
  /** The file name without its extension: the review's id in the content collection. */
  slug: string;
  source: Source;
  /** The review components its MDX body uses (found by the content check; empty otherwise). */
  uses?: ComponentUse[] | undefined;
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
export function validateContent(content: LoadedContent, asOf: Date, { replay = false }: ValidateOptions = {}): ContentError[] {
  return [
    ...checkComponents(content),
    ...checkSlugs(content.incidents),
    ...content.incidents.flatMap((incident) => checkIncident(incident, content, replay ? undefined : asOf)),
    ...checkReviews(content.reviews, content.site.timezone),
    ...content.reviews.flatMap((review) => checkComponentUses(review, content)),
    ...checkTimestampRange(content, asOf, replay),
  ];
}

/**
 * The figures a review's components ask for must exist: a category some incident uses, a
 * component tracked in the review's month, a target for `<Target />`.
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

  if (incident.end && incident.end < incident.start) {
    report(
      ['end'],
      'end',
      `${formatInstant(incident.end)} is before start ${formatInstant(incident.start)}`,
      'write an end after the start, or leave end out while the incident is ongoing',
    );
  }
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
    checkWindow(incident, affected, formatInstant, (key, problem, fix) =>
      report(['components', index, key], `${field}.${key}`, problem, fix),
    );
  });
  return errors;
}

/** A component's own window must lie inside its incident, and end after it starts. */
function checkWindow(
  incident: LoadedIncident,
  affected: LoadedIncident['components'][number],
  formatInstant: (instant: Date) => string,
  report: (key: 'start' | 'end', problem: string, fix: string) => void,
): void {
  const inside = `a time inside the incident (${formatInstant(incident.start)} to ${incident.end ? formatInstant(incident.end) : 'now'})`;
  if (affected.start < incident.start || (incident.end && affected.start > incident.end)) {
    report(
      'start',
      `${formatInstant(affected.start)} lies outside the incident`,
      `write ${inside}, or leave it out to inherit the incident's start`,
    );
  }
  if (affected.end && incident.end && affected.end > incident.end) {
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
  return reviews.flatMap(({ month, published, slug, source }): ContentError[] => {
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
    const other = first.get(month);
    first.set(month, other ?? source.file);
    if (other !== undefined) {
      return [
        {
          ...at(source, ['month']),
          field: 'month',
          problem: `${month} already has a review in ${other}`,
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
 * Likely typos that are not errors: a category used by a single incident that is one or
 * two letters away from a category others use. Reported as warnings; they never stop a build.
 */
export function contentWarnings(content: LoadedContent): ContentError[] {
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
