/**
 * The build's inputs from the environment: the as-of instant and the content folder.
 * Read in one place so the content check and the site build agree.
 */
import { ContentErrors, excerpt, type ContentError } from './errors.ts';
import { parseTimestamp } from './schema.ts';

/** `STATUSBOOK_CONTENT`, default `content`: the folder holding site.yaml and the rest. */
export function contentDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return env['STATUSBOOK_CONTENT'] || 'content';
}

/** The instant a build shows, and how it was chosen. */
export interface BuildInstant {
  asOf: Date;
  /**
   * True when the instant was asked for (`STATUSBOOK_NOW`, `--as-of`): content dated after
   * it is hidden. False at the wall clock, where a non-maintenance incident starting later
   * is an error (almost always a wrong date or offset).
   */
  replay: boolean;
}

/**
 * Set by `npm run build` for the processes it starts when it builds at the wall clock, so
 * the content check and the site read the clock once, together. Not for users.
 */
export const CLOCK_VARIABLE = 'STATUSBOOK_CLOCK';

/**
 * The build's instant: `STATUSBOOK_NOW` (ISO 8601 with an offset) replays that instant;
 * otherwise the wall clock. A malformed value stops the build rather than silently using
 * the clock.
 */
export function buildInstant(env: NodeJS.ProcessEnv = process.env): BuildInstant {
  const replayed = env['STATUSBOOK_NOW'];
  if (replayed) return { asOf: parseInstant('STATUSBOOK_NOW', replayed), replay: true };
  const clock = env[CLOCK_VARIABLE];
  return { asOf: clock ? parseInstant(CLOCK_VARIABLE, clock) : new Date(), replay: false };
}

/** The as-of instant alone (see {@link buildInstant}). */
export function asOfFromEnvironment(env: NodeJS.ProcessEnv = process.env): Date {
  return buildInstant(env).asOf;
}

/** Instants outside these years are typos (e.g. 0226 or 20026) and would only make the arithmetic crawl. */
export const INSTANT_YEARS = { first: 1970, last: 2200 } as const;

/**
 * Parses an instant given on the command line or in the environment (`name` is shown in
 * the message), or throws {@link ContentErrors} with the project's one-line message.
 */
export function parseInstant(name: string, text: string): Date {
  const shown = excerpt(text);
  const fail = (problem: string): never => {
    const error: ContentError = {
      file: '(environment)',
      field: name,
      problem,
      fix: 'write an ISO 8601 date-time with an offset, e.g. 2026-11-18T13:15:00Z or 2026-11-18T14:15:00+01:00, or leave it unset to build at the clock',
    };
    throw new ContentErrors([error]);
  };
  const parsed = parseTimestamp(text);
  if (typeof parsed === 'string') return fail(parsed);
  const year = parsed.getUTCFullYear();
  if (year < INSTANT_YEARS.first || year > INSTANT_YEARS.last) {
    return fail(`"${shown}" is in the year ${year}; instants must lie between ${INSTANT_YEARS.first} and ${INSTANT_YEARS.last}`);
  }
  return parsed;
}

/** A base path: "/" or "/" followed by segments of letters, digits, `.`, `_`, `~` and `-`. */
const BASE_PATH = /^\/(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*\/?)*$/;

/**
 * `STATUSBOOK_BASE`: the sub-path the site is served under, e.g. `/status`; default `/`. It
 * is a path on the site's own host: anything else (`//evil.example`, `../x`, `javascript:…`)
 * would point every link, the sitemap and robots.txt elsewhere, and is refused.
 */
export function sitePath(env: NodeJS.ProcessEnv = process.env): string {
  const base = env['STATUSBOOK_BASE'];
  if (!base) return '/';
  if (BASE_PATH.test(base) && !base.split('/').some((segment) => segment === '.' || segment === '..')) return base;
  const shown = excerpt(base);
  throw new ContentErrors([
    {
      file: '(environment)',
      field: 'STATUSBOOK_BASE',
      problem: `"${shown}" is not a path on this site`,
      fix: 'write a path such as /status (a leading /, then letters, digits, - _ . ~ and /), or leave it unset to serve from the root',
    },
  ]);
}

/**
 * The build's instant and base path, or the problems with the variables that set them:
 * what the content check and the build read first.
 *
 * @example
 * readEnvironment({ STATUSBOOK_NOW: 'yesterday' }) //=> { problems: [{ file: '(environment)', field: 'STATUSBOOK_NOW', … }] }
 */
export function readEnvironment(
  env: NodeJS.ProcessEnv = process.env,
): { instant: BuildInstant; base: string; problems?: undefined } | { problems: readonly ContentError[] } {
  try {
    return { instant: buildInstant(env), base: sitePath(env) };
  } catch (error) {
    if (!(error instanceof ContentErrors)) throw error;
    return { problems: error.problems };
  }
}
