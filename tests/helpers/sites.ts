/**
 * The test sites, each built once per `npm test`: the vitest global setup builds them all,
 * one after another (builds take a lock), and the browser tests serve the same builds. A
 * build records what it was built from; a site is reused only while that still holds.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT, runBuild } from './build.ts';

export interface TestSite {
  name: string;
  content: string;
  now: string;
  out: string;
  /** The base path the site is built for; `/` unless it tests a sub-path. */
  base: string;
  /** More languages than the content's site.yaml gives: built from a copy with `locales:` added. */
  locales?: readonly string[];
}

const site = (name: string, content: string, now: string, base = '/', locales?: readonly string[]): TestSite => ({
  name,
  content: join(ROOT, content),
  now,
  out: join(ROOT, '.test-sites', name),
  base,
  ...(locales ? { locales } : {}),
});

/** Every language Statusbook ships but the sample's own (section 10). */
export const OTHER_LOCALES = ['da', 'de', 'fr', 'es', 'nl', 'sv', 'nb', 'ja', 'ar'] as const;

export const TEST_SITES = {
  /** The sample content, as of the date the issues name. */
  sample: site('sample', 'content', '2026-11-30T12:00:00Z'),
  /** An ongoing major incident, upcoming maintenance, and a maintenance across a DST change. */
  ongoing: site('ongoing', 'tests/fixtures/ongoing', '2026-06-10T08:50:00Z'),
  /** The same content while the upcoming maintenance runs. */
  maintenance: site('maintenance', 'tests/fixtures/ongoing', '2026-06-20T04:30:00Z'),
  /** Every text field hostile: script tags, event handlers, javascript: links, `]]>` twice, control characters. */
  hostile: site('hostile', 'tests/fixtures/hostile', '2026-06-30T12:00:00Z'),
  /** The sample in every shipped language: English at `/`, the others under `/<code>/`. */
  languages: site('languages', 'content', '2026-11-30T12:00:00Z', '/', OTHER_LOCALES),
  /** A Danish site with an English version, its content partly translated (section 10). */
  danish: site('danish', 'tests/fixtures/danish', '2026-07-10T12:00:00Z'),
};

/** The sample replayed at instants around the payments incident and the December maintenance (section 8). */
export const REPLAYS = {
  /** 14:06 local: started, no update posted yet. */
  paymentsStarted: site('replay-1406', 'content', '2026-11-18T13:06:00Z'),
  /** 14:15 local: "identified" posted at this very minute; "resolved" is written for 14:27. */
  paymentsIdentified: site('replay-1415', 'content', '2026-11-18T13:15:00Z'),
  /** 14:30 local: resolved. */
  paymentsResolved: site('replay-1430', 'content', '2026-11-18T13:30:00Z'),
  /** 26 November 12:00 local: the maintenance is announced at this minute. */
  maintenanceAnnounced: site('replay-announced', 'content', '2026-11-26T11:00:00Z'),
  /** 6 December 06:30 local: the maintenance runs, planned until 07:00. */
  maintenanceRunning: site('replay-maintenance', 'content', '2026-12-06T05:30:00Z'),
};

/** Sites only the browser tests open. */
export const BROWSER_SITES = {
  /** The sample published under `/status/`. */
  subpath: site('subpath', 'content', '2026-11-30T12:00:00Z', '/status'),
};

/** Every site the global setup builds. */
export const ALL_SITES: readonly TestSite[] = [
  ...Object.values(TEST_SITES),
  ...Object.values(BROWSER_SITES),
  ...Object.values(REPLAYS),
];

/** What a build is made from: the site's settings, and the size and time of every source file. */
function fingerprint(site: TestSite): string {
  const hash = createHash('sha256').update(JSON.stringify(site));
  const inputs = ['src', 'scripts', 'public', 'astro.config.mjs', 'package-lock.json', relative(ROOT, site.content)];
  for (const input of inputs) {
    const path = join(ROOT, input);
    const files = statSync(path).isDirectory()
      ? readdirSync(path, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => join(entry.parentPath, entry.name))
      : [path];
    for (const file of files.sort()) {
      const { size, mtimeMs } = statSync(file);
      hash.update(`${file}\0${size}\0${mtimeMs}\n`);
    }
  }
  return hash.digest('hex');
}

const stampOf = (site: TestSite) => `${site.out}.built`;

/** The content a site is built and served from: a copy with `locales:` added when the site sets them. */
export const contentOf = (site: TestSite) => (site.locales ? `${site.out}.content` : site.content);

/**
 * Builds a test site with the real build script. With `reuse`, a site already built from
 * the same sources and settings (by this `npm test`'s global setup) is kept as it is.
 */
export function buildSite(site: TestSite, { reuse }: { reuse: boolean }): 'built' | 'reused' {
  const print = fingerprint(site);
  if (reuse && existsSync(site.out) && existsSync(stampOf(site)) && readFileSync(stampOf(site), 'utf8') === print)
    return 'reused';
  rmSync(stampOf(site), { force: true });
  rmSync(site.out, { recursive: true, force: true });
  const content = contentOf(site);
  if (site.locales) {
    rmSync(content, { recursive: true, force: true });
    cpSync(site.content, content, { recursive: true });
    appendFileSync(join(content, 'site.yaml'), `\nlocales: [${site.locales.join(', ')}]\n`);
  }
  const result = runBuild({ content, out: site.out, now: site.now, base: site.base });
  if (result.status !== 0) throw new Error(`Building the ${site.name} test site failed:\n${result.output}`);
  writeFileSync(stampOf(site), print);
  return 'built';
}
