/**
 * The content format, in one place: every YAML file and every frontmatter block is
 * parsed by these schemas, whether it is read by the build's content check
 * (`src/input/load.ts`) or by Astro's content collections (`src/content.config.ts`).
 * The JSDoc on each field is what engineers read in their editor while writing an incident.
 *
 * Shorthand is normalised here, so nothing downstream handles two shapes:
 * a component written as a bare id becomes `{ id, impact, start, end }`.
 */
import { z } from 'astro/zod';
import { excerpt } from './errors.ts';
import { catalogs, DEFAULT_LOCALE, type Locale } from '../i18n/catalog.ts';

/** Impacts an incident or a component can have, worst first. */
export const IMPACTS = ['major', 'partial', 'degraded', 'maintenance', 'none'] as const;
export type Impact = (typeof IMPACTS)[number];

/** States an update in an incident's timeline can announce. */
export const UPDATE_STATUSES = [
  'investigating',
  'identified',
  'monitoring',
  'resolved',
  'scheduled',
  'in-progress',
  'completed',
] as const;
export type UpdateStatus = (typeof UPDATE_STATUSES)[number];

/** Ids, categories and file names (slugs): lowercase letters and digits, joined by hyphens or underscores. */
export const SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
/** A month, `YYYY-MM`. */
export const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
/** A page's frontmatter block at the top: the opening `---` line, the YAML, the closing `---`. */
export const FRONTMATTER = /^(\uFEFF?---[ \t]*\r?\n)([\s\S]*?)(^---[ \t]*$)/m;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

/** An example timestamp quoted in error messages, so a fix can be copied. */
export const TIMESTAMP_EXAMPLE = '2026-06-04T09:12:00+02:00';

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses an ISO 8601 date-time that carries an explicit offset (`Z` or `±hh:mm`).
 * Returns the instant, or a sentence saying what is wrong and how to write it.
 *
 * @example
 * parseTimestamp('2026-06-04T09:12:00+02:00') //=> Date 2026-06-04T07:12:00Z
 * parseTimestamp('2026-06-04T09:12:00')       //=> 'has no time-zone offset; …'
 */
export function parseTimestamp(text: string): Date | string {
  const read = readTimestamp(text);
  return read instanceof Date ? read : read.problem;
}

/** What {@link parseTimestamp} found wrong; `local` is set when only the offset is missing. */
interface TimestampProblem {
  problem: string;
  /** The date and time as written, when it lacks only an offset, e.g. `2026-12-01T22:50:00`. */
  local?: string;
}

function readTimestamp(text: string): Date | TimestampProblem {
  const problem = (sentence: string): TimestampProblem => ({ problem: sentence });
  const match = ISO_DATE_TIME.exec(text.trim());
  if (!match) {
    return problem(`"${excerpt(text)}" is not an ISO 8601 date-time; write it like ${TIMESTAMP_EXAMPLE}`);
  }
  const [, y = '', mo = '', d = '', h = '', mi = '', s = '00', fraction = '', offset] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return problem(`"${text}" is not a real date (${y}-${mo} has no day ${d}); check the day and month`);
  }
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) {
    return problem(`"${text}" is not a real time of day; hours run 00–23, minutes and seconds 00–59`);
  }
  if (offset === undefined) {
    return {
      problem: `"${text}" has no time-zone offset, so it would silently be read as UTC; add one, e.g. ${TIMESTAMP_EXAMPLE} or ${text.trim()}Z`,
      local: text.trim(),
    };
  }
  const zone = /^z$/i.test(offset) ? 'Z' : `${offset.slice(0, 3)}:${offset.slice(3).replace(':', '') || '00'}`;
  const instant = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${fraction}${zone}`);
  if (Number.isNaN(instant.getTime())) {
    return problem(`"${text}" could not be read as a date-time; write it like ${TIMESTAMP_EXAMPLE}`);
  }
  return instant;
}

/**
 * A date-time with an explicit offset. Accepts a string (quoted, or read by a YAML 1.2
 * parser) or a `Date` (an unquoted timestamp read by a YAML 1.1 parser, whose offset has
 * already been checked against the file's text by the content check).
 */
export const timestamp = z.union([z.date(), z.string()]).transform((value, ctx) => {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      ctx.addIssue({ code: 'custom', message: `is not a valid date-time; write it like ${TIMESTAMP_EXAMPLE}` });
      return z.NEVER;
    }
    return value;
  }
  const parsed = readTimestamp(value);
  if (!(parsed instanceof Date)) {
    // The zone is not known here: the content check rewrites the fix with the site's offset (issues.ts).
    ctx.addIssue({ code: 'custom', message: parsed.problem, params: parsed.local ? { local: parsed.local } : undefined });
    return z.NEVER;
  }
  return parsed;
});

const slug = (what: string, example: string) =>
  z.string().regex(SLUG, {
    message: `must be a ${what} of lowercase letters, digits and hyphens; write e.g. ${example}`,
  });

const weight = z.number().min(0).max(1);

/**
 * `text` without the characters that HTML and XML forbid in text (C0 controls other than tab
 * and line breaks, U+FFFE, U+FFFF, lone surrogates), e.g. the escape codes of a pasted
 * terminal log. Applied to every text field here, so pages, feeds, the API and badges all
 * get clean text.
 *
 * @example
 * plainText('Disk \u001b[31mfull\u0007') //=> 'Disk [31mfull'
 */
export function plainText(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- these are the characters to remove
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );
}

/** A text field customers read: control characters removed (see {@link plainText}). */
const text = () => z.string().transform(plainText);

/** An absolute URL with one of `protocols`; `javascript:`, `data:` and the like are refused. */
const webUrl = (protocols: readonly string[], example: string) =>
  z
    .string()
    .refine(
      (value) => URL.canParse(value) && protocols.includes(new URL(value).protocol.slice(0, -1)),
      `must be an absolute ${protocols.map((p) => `${p}:`).join(' or ')} URL; write e.g. ${example}`,
    );

/**
 * A link shown to readers: as {@link webUrl}, written the way a browser would send it
 * (`<`, `>`, quotes and spaces percent-encoded), so that it is a valid `href`.
 *
 * @example
 * linkUrl(['https'], '…').parse('https://example.com/a b?q=<x>') //=> 'https://example.com/a%20b?q=%3Cx%3E'
 */
const linkUrl = (protocols: readonly string[], example: string) =>
  webUrl(protocols, example).transform((value) => new URL(value).href);

/** Badge file names end like this (badges/components/<id>-uptime-30d.svg, <id>-budget-30d.svg): an id may not, or two badges would share a file. */
const BADGE_SUFFIX = /-(uptime|budget)-\d+d$/;

/**
 * An uptime target in percent, above 0 and below 100: 100 would allow no minute of
 * downtime at all, so it would have no error budget.
 */
const uptimeTarget = (example: string) =>
  z
    .number()
    .gt(0, { message: `must be above 0; write a percent such as ${example}` })
    .lt(100, {
      message: `must be below 100: a target of 100% allows no downtime at all, so it has no error budget; write a percent such as ${example}`,
    });

/** The name of an environment variable (a GitHub Actions secret), never the secret itself. */
const secretName = (example: string) =>
  z.string().regex(/^[A-Z][A-Z0-9_]*$/, {
    message: `must name the environment variable that holds the secret, not the secret itself; write e.g. ${example} and set that variable (a GitHub Actions secret) to the value`,
  });

/** A language the site has a catalog for (src/i18n/), by its code. */
const localeName = () =>
  z.string().refine((name): name is Locale => Object.hasOwn(catalogs, name), {
    message: `is not a language Statusbook has a catalog for; write one of ${Object.keys(catalogs).join(', ')} (adding one is a catalog file in src/i18n/)`,
  });

/** The language of a channel's messages (section 10). Optional; default: `locale` of site.yaml. */
const channelLocale = () => localeName().optional();

/** A notification channel: where `npm run notify` delivers each event after a deploy. */
export const channelSchema = z.discriminatedUnion('type', [
  z
    .object({
      /** A Slack incoming webhook (Block Kit message). */
      type: z.literal('slack'),
      /** Shown in the delivery summary, e.g. `#status`. Optional. */
      name: z.string().optional(),
      /** The environment variable holding the webhook URL, e.g. `SLACK_WEBHOOK_URL`. Required. */
      url: secretName('SLACK_WEBHOOK_URL'),
      /** The language of its messages, e.g. `da`. Optional; default: the site's `locale`. */
      locale: channelLocale(),
    })
    .strict(),
  z
    .object({
      type: z.literal('teams'),
      name: z.string().optional(),
      url: secretName('TEAMS_WEBHOOK_URL'),
      locale: channelLocale(),
    })
    .strict(),
  z
    .object({
      type: z.literal('discord'),
      name: z.string().optional(),
      url: secretName('DISCORD_WEBHOOK_URL'),
      locale: channelLocale(),
    })
    .strict(),
  z
    .object({
      /** A generic webhook: Statuspage's payload shape, signed with HMAC-SHA256. */
      type: z.literal('webhook'),
      name: z.string().optional(),
      url: secretName('STATUS_WEBHOOK_URL'),
      /** The environment variable holding the signing key. Required. */
      secret: secretName('STATUS_WEBHOOK_SECRET'),
    })
    .strict(),
  z
    .object({
      /** Email over SMTP to a distribution list customers join. */
      type: z.literal('email'),
      name: z.string().optional(),
      /** Recipients, e.g. the list's address. Required. */
      to: z.array(z.email()).min(1),
      /** The sender, e.g. `Acme Status <status@example.com>`. Required. */
      from: z.string().min(3),
      /** The environment variable holding the SMTP URL, e.g. `smtps://user:password@smtp.example.com:465`. Required. */
      smtp: secretName('SMTP_URL'),
      /** The language of its emails, e.g. `da`. Optional; default: the site's `locale`. */
      locale: channelLocale(),
    })
    .strict(),
]);
export type Channel = z.output<typeof channelSchema>;

/** `notifications:` in site.yaml. Optional; without it `npm run notify` has nothing to send. */
export const notificationsSchema = z
  .object({
    /** Where customers join the email list (shown on /subscribe/, and in List-Unsubscribe). Optional. */
    signup: linkUrl(['https', 'http', 'mailto'], 'https://groups.google.com/g/acme-status').optional(),
    /** The channels every event goes to. */
    channels: z.array(channelSchema).default([]),
  })
  .strict();

/** How many days an incident may last without `longRunning: true`, unless site.yaml says otherwise. */
export const LONG_INCIDENT_DAYS = 7;

/** The category of an incident that names none: reviews count these together. */
export const UNCATEGORISED = 'uncategorised';

/** A logo's file name in the content folder: lowercase, SVG, PNG or WebP. */
export const LOGO_FILE = /^[a-z0-9][a-z0-9_-]*\.(svg|png|webp)$/;

/** `content/site.yaml`: settings for the whole site. */
export const siteSchema = z.object({
  /** The product's name, shown in every page title. Required. */
  name: text().pipe(z.string().min(1)),
  /** Where the site is published, e.g. `https://status.example.com`; used for feeds, sitemap and canonical links. Required. */
  url: webUrl(['https', 'http'], 'https://status.example.com'),
  /** IANA time zone in which months and days are cut and times are shown, e.g. `Europe/Copenhagen`. Default `UTC`. */
  timezone: z.string().default('UTC').refine(isTimeZone, {
    message: 'is not an IANA time zone name; write one like Europe/Copenhagen, America/New_York or UTC',
  }),
  /** The uptime the team promises, in percent, e.g. `99.9`. Optional; reviews say "met" or "missed" against it. */
  uptimeTarget: uptimeTarget('uptimeTarget: 99.9').optional(),
  /** How much a minute in each state costs uptime, from 0 (not at all) to 1 (fully). Defaults: major 1, partial 0.3, degraded 0, maintenance 0. */
  weights: z
    .object({
      /** Weight of a minute of major outage. Default 1. */
      major: weight.default(1),
      /** Weight of a minute of partial outage. Default 0.3. */
      partial: weight.default(0.3),
      /** Weight of a minute of degraded performance. Default 0. */
      degraded: weight.default(0),
      /** Weight of a minute of planned maintenance. Default 0. */
      maintenance: weight.default(0),
    })
    .strict()
    .default({ major: 1, partial: 0.3, degraded: 0, maintenance: 0 }),
  /**
   * How many days an incident (not maintenance, not a notice) may last before the check asks
   * whether it is meant: a longer one is an error unless its file says `longRunning: true`.
   * It catches a year slip (`start: 2025-…` for 2026), which would read as a year of outage.
   * A positive number; default {@link LONG_INCIDENT_DAYS}.
   */
  longIncidentDays: z.number().positive().optional(),
  /** Who is told of each update after a deploy (`npm run notify`). Optional. */
  notifications: notificationsSchema.optional(),
  /**
   * The company's logo beside the name in every page's header: a file next to site.yaml,
   * e.g. `logo.svg` (SVG, PNG or WebP, at most 100 KB; SVG without scripts or external
   * references). Published as `/logo.<ext>`. Optional.
   */
  logo: z
    .string()
    .regex(LOGO_FILE, { message: 'is not a logo file name; write one like logo.svg, logo.png or logo.webp (lowercase)' })
    .optional(),
  /**
   * The language of the pages at `/`, e.g. `da` (section 10). One of the languages with a
   * catalog in src/i18n/. Default `en`.
   */
  locale: localeName().default(DEFAULT_LOCALE),
  /** Further languages, each served under `/<locale>/`, e.g. `[en, de]`. Optional. */
  locales: z.array(localeName()).default([]),
  /** Links back to the company, in every page's footer. Optional. */
  links: z
    .object({
      /** The company's website, e.g. `https://example.com`. */
      website: linkUrl(['https', 'http'], 'https://example.com').optional(),
      /** Where customers get help: a page or `mailto:` address. */
      support: linkUrl(['https', 'http', 'mailto'], 'https://example.com/support').optional(),
    })
    .strict()
    .optional(),
});
export type SiteSettings = z.output<typeof siteSchema>;
export type Weights = SiteSettings['weights'];

/** One entry of `content/components.yaml`: a part of the product whose uptime is tracked. */
export const componentSchema = z.object({
  /** Unique id, used in incident files, e.g. `web-app`. May not end like a badge name (`-uptime-30d`, `-budget-30d`). Required. */
  id: slug('component id', 'web-app').refine(
    (id) => !BADGE_SUFFIX.test(id),
    'ends like the name of a badge ("-uptime-30d", "-budget-30d"), so two components would share a badge file; choose an id that does not end in -uptime-<days>d or -budget-<days>d',
  ),
  /** Name shown to customers, e.g. `Web application`. Required. */
  name: text().pipe(z.string().min(1)),
  /** One sentence on what this component covers. Optional. */
  description: text().optional(),
  /** Heading under which the component is listed, e.g. `Core`. Optional. */
  group: text().pipe(z.string().min(1)).optional(),
  /** The instant from which the component is tracked; time before it never counts. Optional. */
  since: timestamp.optional(),
  /**
   * This component's uptime target in percent, above 0 and below 100, e.g. `99.95`; it sets the
   * component's error budget. Optional; default: `uptimeTarget` of site.yaml.
   */
  target: uptimeTarget('target: 99.95').optional(),
});
export type Component = z.output<typeof componentSchema>;

/** `content/components.yaml`: the list of tracked components. */
export const componentsSchema = z.array(componentSchema).min(1, {
  message: 'lists no components; add at least one, e.g. "- id: web-app\\n  name: Web application"',
});

/** One entry in an incident's timeline. */
export const updateSchema = z.object({
  /** When the update was posted, with an offset. Required. */
  at: timestamp,
  /** What the update announces. Required. */
  status: z.enum(UPDATE_STATUSES),
  /** What customers are told, in a sentence or two. Required. */
  body: text().pipe(z.string().min(1)),
  /**
   * `true` on the first update after a `resolved` (or `completed`) update, when the incident
   * came back: without it nothing may follow a resolution. Default false.
   */
  reopened: z.boolean().optional(),
  /**
   * The body in other languages of the site (section 10), by language code, e.g.
   * `translations: { da: { body: Vi undersøger… } }`. Optional: a language without one shows the original.
   */
  translations: z.record(z.string(), z.object({ body: text().pipe(z.string().min(1)) }).strict()).optional(),
});
export type IncidentUpdate = z.output<typeof updateSchema>;

/** A component affected by an incident, as written: a bare id, or an id with overrides. */
const affectedComponentInput = z.union([
  slug('component id', 'web-app'),
  z.object({
    /** The component's id from `content/components.yaml`. Required. */
    id: slug('component id', 'web-app'),
    /** This component's impact, when it differs from the incident's. Optional. */
    impact: z.enum(IMPACTS).optional(),
    /** When this component was first affected; must lie inside the incident. Optional. */
    start: timestamp.optional(),
    /** When this component recovered; must lie inside the incident. Optional. */
    end: timestamp.optional(),
  }),
]);

/** A component affected by an incident, after normalisation: every field is filled in. */
export interface AffectedComponent {
  id: string;
  impact: Impact;
  start: Date;
  /** Absent while the component is still affected. */
  end?: Date | undefined;
}

/** The frontmatter of a file in `content/incidents/`. */
export const incidentSchema = z
  .object({
    /** Headline customers read, e.g. `Emails queued on the job server`. Required. */
    title: text().pipe(z.string().min(1)),
    /** How bad it is: `major`, `partial`, `degraded`, `maintenance` (planned) or `none` (a notice, never counted). Required. */
    impact: z.enum(IMPACTS),
    /** When it began, with an offset. A maintenance may start in the future; nothing else may. Required. */
    start: timestamp,
    /** When it ended, with an offset. Leave it out while the incident is ongoing. */
    end: timestamp.optional(),
    /** Affected components: ids from `content/components.yaml`, or objects overriding `impact`, `start`, `end` for one component. At least one. */
    components: z.array(affectedComponentInput).min(1, {
      message: 'lists no components; list at least one id from content/components.yaml, e.g. "components: [web-app]"',
    }),
    /** A slug grouping similar incidents in reviews, e.g. `queued-emails`. Optional. */
    category: slug('category', 'queued-emails').optional(),
    /** A draft is shown by `npm run dev` and left out of everything else. Default false. */
    draft: z.boolean().default(false),
    /**
     * `true` when the incident really lasts longer than `longIncidentDays` in site.yaml
     * (default 7): without it such an incident is an error, since it is usually a wrong year.
     * Default false.
     */
    longRunning: z.boolean().optional(),
    /** The timeline of updates posted while the incident ran. Optional. */
    updates: z.array(updateSchema).default([]),
    /** Link to the written post-mortem. Optional. */
    postmortem: linkUrl(['https', 'http', 'mailto'], 'https://example.com/blog/post-mortem').optional(),
    /**
     * The title, and optionally the body (Markdown), in other languages of the site (section 10),
     * by language code, e.g. `translations: { da: { title: E-mails i kø } }`. Optional: a language
     * without one shows the original, marked as such.
     */
    translations: z
      .record(z.string(), z.object({ title: text().pipe(z.string().min(1)), body: z.string().optional() }).strict())
      .optional(),
  })
  // Unknown fields are errors: a typo (`catgory`) would otherwise vanish, and `layout` would make Astro load code.
  .strict()
  .transform((incident) => ({
    ...incident,
    components: incident.components.map((item): AffectedComponent =>
      typeof item === 'string'
        ? { id: item, impact: incident.impact, start: incident.start, end: incident.end }
        : {
            id: item.id,
            impact: item.impact ?? incident.impact,
            start: item.start ?? incident.start,
            end: item.end ?? incident.end,
          },
    ),
  }));
export type IncidentData = z.output<typeof incidentSchema>;

/**
 * Components a review's MDX may use without importing them (src/components/review/),
 * each showing a figure of the review's own month.
 */
export const REVIEW_COMPONENTS = [
  'CategoryCount',
  'Downtime',
  'DurationRange',
  'ErrorBudget',
  'IncidentCount',
  'IncidentList',
  'Target',
  'Uptime',
] as const;

/**
 * What each review component accepts, checked by the content check: `category` (a category
 * some incident uses), `component` (a component tracked in the review's month), `flag` (a
 * bare prop such as `words`), `text` (any text, e.g. `noun="incident"`), or a list of allowed texts.
 */
export type ReviewProp = 'category' | 'component' | 'flag' | 'text' | readonly string[];
export const REVIEW_COMPONENT_PROPS: Record<(typeof REVIEW_COMPONENTS)[number], Record<string, ReviewProp>> = {
  CategoryCount: { noun: 'text', nouns: 'text' },
  Downtime: { compare: ['previous'], of: ['this', 'previous'] },
  DurationRange: { category: 'category' },
  ErrorBudget: { component: 'component', of: ['this', 'previous'], show: ['used', 'left', 'minutes', 'sentence'] },
  IncidentCount: { category: 'category', words: 'flag', noun: 'text', nouns: 'text' },
  IncidentList: { category: 'category' },
  Target: { verdict: 'flag' },
  Uptime: { component: 'component', of: ['this', 'previous'] },
};

/** Props a review component must have. */
export const REQUIRED_REVIEW_PROPS: Partial<Record<(typeof REVIEW_COMPONENTS)[number], readonly string[]>> = {
  DurationRange: ['category'],
};

/** The frontmatter of a file in `content/reviews/`. */
export const reviewSchema = z
  .object({
    /** The month reviewed, as `YYYY-MM`. One review per month. Required. */
    month: z.string().regex(MONTH, { message: 'must be a month written YYYY-MM; write e.g. month: 2026-06' }),
    /** The review's headline, e.g. `How we performed in June 2026`. Required. */
    title: text().pipe(z.string().min(1)),
    /** When the review was published, with an offset. Required. */
    published: timestamp,
    /** One or two sentences for lists and feeds. Optional. */
    summary: text().optional(),
    /** A draft is shown by `npm run dev` and left out of everything else; remove the line to publish. Default false. */
    draft: z.boolean().default(false),
  })
  .strict();
export type ReviewData = z.output<typeof reviewSchema>;

/** Whether `name` is a time zone this runtime knows (IANA names and `UTC`). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    // Intl throws a RangeError for unknown zones: that is the answer, not a failure.
    return false;
  }
}
