/**
 * The sites the browser tests run against: the test sites of tests/helpers/sites.ts (built
 * once per `npm test` by the vitest global setup, rebuilt here only when missing or stale),
 * each served by `astro preview`, and the sample served by `astro dev`.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ASTRO_BIN } from '../../scripts/astro.ts';
import { ROOT } from '../helpers/build.ts';
import { BROWSER_SITES, TEST_SITES, buildSite, contentOf, type TestSite } from '../helpers/sites.ts';

export interface Site extends TestSite {
  /** Served by `astro dev` (not built) to preview drafts. */
  dev?: boolean;
  port: number;
}

/**
 * The first of the test servers' ports: `STATUSBOOK_E2E_PORT`, else free ones found now and
 * written to the environment, so that Playwright's workers (started later) use the same.
 */
const FIRST_PORT = Number(
  (process.env['STATUSBOOK_E2E_PORT'] ||= execFileSync(process.execPath, [join(ROOT, 'tests/helpers/free-ports.ts'), '7'], {
    encoding: 'utf8',
  }).trim()),
);

export const SITES = {
  sample: { ...TEST_SITES.sample, port: FIRST_PORT },
  ongoing: { ...TEST_SITES.ongoing, port: FIRST_PORT + 1 },
  subpath: { ...BROWSER_SITES.subpath, port: FIRST_PORT + 2 },
  dev: { ...TEST_SITES.sample, name: 'dev', port: FIRST_PORT + 3, dev: true },
  /** Every text field hostile: script tags, event handlers, javascript: links, control characters. */
  hostile: { ...TEST_SITES.hostile, port: FIRST_PORT + 4 },
  /** The sample in every shipped language, and a Danish site with an English version (section 10). */
  languages: { ...TEST_SITES.languages, port: FIRST_PORT + 5 },
  danish: { ...TEST_SITES.danish, port: FIRST_PORT + 6 },
} satisfies Record<string, Site>;

/** The site's root URL, ending in a slash. */
export function origin(site: Site): string {
  return `http://127.0.0.1:${site.port}${site.base.replace(/\/?$/, '/')}`;
}

/** Builds a site unless this `npm test` already built it from the same sources. */
export function build(site: Site): void {
  if (!site.dev) buildSite(site, { reuse: true });
}

/** Starts `astro preview` for a built site, or `astro dev` for a dev site. */
export function serve(site: Site): ChildProcess {
  const command = site.dev ? ['dev'] : ['preview', '--outDir', site.out];
  return spawn(process.execPath, [ASTRO_BIN, ...command, '--ignore-lock', '--host', '127.0.0.1', '--port', String(site.port)], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, STATUSBOOK_CONTENT: contentOf(site), STATUSBOOK_BASE: site.base, STATUSBOOK_NOW: site.now },
  });
}
