/**
 * The sites the browser tests run against: each is built by the real build script and
 * served by `astro preview`. Builds run one after another (they share Astro's caches).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, runBuild } from '../helpers/build.ts';

export interface Site {
  name: string;
  /** Served by `astro dev` (not built) to preview drafts. */
  dev?: boolean;
  content: string;
  now: string;
  base: string;
  port: number;
  out: string;
}

const site = (name: string, content: string, now: string, port: number, base = '/'): Site => ({
  name,
  content: join(ROOT, content),
  now,
  base,
  port,
  out: join(ROOT, '.e2e', name),
});

/**
 * The first of the test servers' ports: `STATUSBOOK_E2E_PORT`, else free ones found now and
 * written to the environment, so that Playwright's workers (started later) use the same.
 */
const FIRST_PORT = Number(
  (process.env['STATUSBOOK_E2E_PORT'] ||= execFileSync(process.execPath, [join(ROOT, 'tests/helpers/free-ports.ts'), '5'], {
    encoding: 'utf8',
  }).trim()),
);

export const SITES = {
  sample: site('sample', 'content', '2026-11-30T12:00:00Z', FIRST_PORT),
  ongoing: site('ongoing', 'tests/fixtures/ongoing', '2026-06-10T08:50:00Z', FIRST_PORT + 1),
  subpath: site('subpath', 'content', '2026-11-30T12:00:00Z', FIRST_PORT + 2, '/status'),
  dev: { ...site('dev', 'content', '2026-11-30T12:00:00Z', FIRST_PORT + 3), dev: true },
  /** Every text field hostile: script tags, event handlers, javascript: links, control characters. */
  hostile: site('hostile', 'tests/fixtures/hostile', '2026-06-30T12:00:00Z', FIRST_PORT + 4),
} satisfies Record<string, Site>;

/** The site's root URL, ending in a slash. */
export function origin(site: Site): string {
  return `http://127.0.0.1:${site.port}${site.base.replace(/\/?$/, '/')}`;
}

export function build(site: Site): void {
  if (site.dev) return;
  const result = runBuild({ content: site.content, out: site.out, now: site.now, base: site.base });
  if (result.status !== 0) throw new Error(`Building the ${site.name} site failed:\n${result.output}`);
}

/** Starts `astro preview` for a built site, or `astro dev` for a dev site. */
export function serve(site: Site): ChildProcess {
  const command = site.dev ? ['dev'] : ['preview', '--outDir', site.out];
  return spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules/astro/bin/astro.mjs'),
      ...command,
      '--ignore-lock',
      '--host',
      '127.0.0.1',
      '--port',
      String(site.port),
    ],
    {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, STATUSBOOK_CONTENT: site.content, STATUSBOOK_BASE: site.base, STATUSBOOK_NOW: site.now },
    },
  );
}
