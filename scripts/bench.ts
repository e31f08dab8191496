/**
 * `npm run bench`: builds generated histories and reports what a build costs, then prints
 * each budget of the build-speed issue with met or missed.
 *
 *   npm run bench                       every case, 3 runs each
 *   npm run bench -- --only sample,incidents --sizes 100 --runs 5
 *
 * Cases (`--only`, default all):
 * - `sample`: the sample content (`content/`);
 * - `incidents`: generated histories of `--sizes` incidents (default 100, 1000, 10000): ten
 *   years, 8 components, a realistic mix of incidents with update timelines and ~150-word
 *   MDX bodies, a review per month, from a fixed seed;
 * - `components`: 1,000 incidents over `--components` components (default 300, 3000) in
 *   groups of 20;
 * - `rebuild`: 1,000 incidents built cold (Astro's cache in node_modules/.astro removed),
 *   then the same content again: the second as a share of the first;
 * - `languages`: the 1,000 incidents with a second language (`locales: [da]`), against the
 *   same history in one language (the `incidents` case's, else measured here): what a
 *   language costs.
 *
 * - with `--cstate DIR` (a checkout of github.com/cstate/cstate) and Hugo (`--hugo BIN`, else
 *   `hugo` on the PATH; Debian's `apt-get install hugo` is extended enough): the 1,000
 *   incidents again as a cState site (scripts/cstate-site.ts), built by `hugo --gc --minify`
 *   as cState's own CI does, `--runs` times, side by side with Statusbook's, and the ratio.
 *
 * Each case is built with `npm run build`'s script `--runs` times; the table gives medians:
 * wall time, peak RSS of the whole build process tree, pages, dist/ bytes, the home page
 * gzipped, and Astro's phases (`ASTRO_TIMER_PATH`): setup and content sync, the Vite
 * builds, rendering; "check + start" is the rest of the wall time (the content check's
 * process, Node's start-ups, Astro's CLI and config, publishing). `--cpu-prof DIR` writes a CPU profile of every
 * process of each build into DIR. Timings on a shared machine are noisy: compare runs made
 * back to back.
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { loadValidContent } from '../src/input/load.ts';
import { buildSiteModel } from '../src/model/site.ts';
import { computeUptime } from '../src/engine/uptime.ts';
import { generateHistory, HISTORY_NOW as NOW } from './history.ts';
import { writeCstateSite } from './cstate-site.ts';

const { values } = parseArgs({
  options: {
    only: { type: 'string', default: 'sample,incidents,components,rebuild,languages' },
    sizes: { type: 'string', default: '100,1000,10000' },
    components: { type: 'string', default: '300,3000' },
    runs: { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
    'cpu-prof': { type: 'string' },
    cstate: { type: 'string' },
    hugo: { type: 'string', default: 'hugo' },
  },
});
const only = new Set(values.only.split(','));
const sizes = values.sizes.split(',').map(Number);
const componentSizes = values.components.split(',').map(Number);
const runs = Number(values.runs);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ASTRO_CACHE = join(ROOT, 'node_modules/.astro');
const work = join(tmpdir(), 'statusbook-bench');
/** Astro's phases in seconds, from its timer: the whole build, setup and content sync, the Vite builds, rendering. */
interface Phases {
  astro: number;
  sync: number;
  vite: number;
  render: number;
}
interface Measure {
  wallSeconds: number;
  peakRssMiB: number;
  phases: Phases;
}

/** Peak RSS of a process and all its descendants, sampled from /proc every 50 ms. */
function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const pages = Number(readFileSync(`/proc/${entry}/statm`, 'utf8').split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
      rss.set(Number(entry), pages * 4096);
    } catch {
      // The process ended while we looked: it no longer uses memory.
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

let profiles = 0;
function build(content: string, out: string, now: string | undefined): Promise<Measure> {
  const timer = join(work, 'timer.json');
  const profile = values['cpu-prof']
    ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${join(values['cpu-prof'], String(++profiles))}` }
    : {};
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [join(ROOT, 'scripts/build.ts'), '--out', out], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: {
        ...process.env,
        ...profile,
        STATUSBOOK_CONTENT: content,
        STATUSBOOK_NOW: now ?? '',
        STATUSBOOK_BASE: '',
        ASTRO_TIMER_PATH: timer,
      },
    });
    let peak = 0;
    let errors = '';
    const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 50);
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.on('exit', (code) => {
      clearInterval(sampler);
      if (code !== 0) return reject(new Error(`build failed (${code}):\n${errors.slice(-4000)}`));
      const wallSeconds = (performance.now() - started) / 1000;
      resolve({ wallSeconds, peakRssMiB: peak / 1024 / 1024, phases: phases(timer) });
    });
  });
}

/** Astro's timer file, in seconds: the whole `astro build` and its phases. */
function phases(path: string): Phases {
  const stats = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { elapsedTime: number } | undefined>;
  const ms = (name: string) => stats[name]?.elapsedTime ?? 0;
  const vite = ms('Prerender build') + ms('SSR build') + ms('Client build');
  const render = ms('Static generate');
  const astro = ms('Total build');
  // "Total build" covers setup (content sync and its temporary Vite server) and the build;
  // what precedes it (the CLI, the config) counts as "start" in the caller.
  return { astro: astro / 1000, sync: (astro - vite - render) / 1000, vite: vite / 1000, render: render / 1000 };
}

function walk(dir: string): { pages: number; bytes: number } {
  let pages = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    bytes += statSync(path).size;
    if (entry.name.endsWith('.html')) pages += 1;
  }
  return { pages, bytes };
}

/**
 * Medians over 7 runs, in this process: the uptime engine alone (every month and 90 days
 * of daily figures for every component), and the whole site model built on it (adds each
 * month's daily figures, indexes by day and month, current status).
 */
function engineMs(content: string): { engine: number; model: number } {
  const { content: loaded, errors } = loadValidContent(content, new Date(NOW));
  if (!loaded) throw new Error(`generated content is invalid: ${JSON.stringify(errors.slice(0, 3))}`);
  const asOf = new Date(NOW);
  const engine: number[] = [];
  const model: number[] = [];
  for (let i = 0; i < 7; i++) {
    let started = performance.now();
    const uptime = computeUptime({
      timeZone: loaded.site.timezone,
      weights: loaded.site.weights,
      components: loaded.components,
      incidents: loaded.incidents,
      asOf,
    });
    uptime.lastDays(90);
    engine.push(performance.now() - started);
    started = performance.now();
    buildSiteModel(loaded, asOf);
    model.push(performance.now() - started);
  }
  return { engine: median(engine), model: median(model) };
}

const median = (list: number[]) => list.toSorted((a, b) => a - b)[Math.floor(list.length / 2)]!;
const medianOf = (measures: Measure[], pick: (m: Measure) => number) => median(measures.map(pick));

interface Result {
  label: string;
  key: string;
  runs: number;
  wallSeconds: number;
  peakRssMiB: number;
  pages: number;
  distMiB: number;
  homeGzipKiB: number;
  /** Wall time outside Astro's "Total build" timer: the check's process, Node's start-ups, Astro's CLI and config, publishing. */
  outsideSeconds: number;
  viteSeconds: number;
  renderSeconds: number;
  astroOtherSeconds: number;
  engineMs?: number;
  modelMs?: number;
  /** The unchanged rebuild's median wall time (the `rebuild` case). */
  rebuildSeconds?: number;
}

/** Builds `content` `runs` times (as of `now`, else the clock) and summarises the medians. */
async function measure(label: string, key: string, content: string, now: string | undefined, cold = false): Promise<Result> {
  const out = join(work, 'dist');
  const measures: Measure[] = [];
  for (let run = 0; run < runs; run++) {
    rmSync(out, { recursive: true, force: true });
    if (cold) rmSync(ASTRO_CACHE, { recursive: true, force: true });
    measures.push(await build(content, out, now));
    process.stderr.write(`  ${label}, run ${run + 1}/${runs}: ${measures.at(-1)!.wallSeconds.toFixed(1)} s\n`);
  }
  const { pages, bytes } = walk(out);
  const wallSeconds = medianOf(measures, (m) => m.wallSeconds);
  return {
    label,
    key,
    runs,
    wallSeconds,
    peakRssMiB: Math.round(medianOf(measures, (m) => m.peakRssMiB)),
    pages,
    distMiB: Number((bytes / 1024 / 1024).toFixed(1)),
    homeGzipKiB: gzipSync(readFileSync(join(out, 'index.html'))).length / 1024,
    outsideSeconds: medianOf(measures, (m) => m.wallSeconds - m.phases.astro),
    viteSeconds: medianOf(measures, (m) => m.phases.vite),
    renderSeconds: medianOf(measures, (m) => m.phases.render),
    astroOtherSeconds: medianOf(measures, (m) => m.phases.sync),
  };
}

mkdirSync(work, { recursive: true });
const results: Result[] = [];
if (only.has('sample')) results.push(await measure('sample', 'sample', join(ROOT, 'content'), undefined));
const generated = (name: string, size: number, components?: number) => {
  const content = join(work, name);
  generateHistory(size, content, components === undefined ? {} : { components });
  return content;
};
if (only.has('incidents')) {
  for (const size of sizes) {
    const content = generated(`content-${size}`, size);
    const engine = engineMs(content);
    const label = `${size.toLocaleString('en')} incidents`;
    results.push({ ...(await measure(label, String(size), content, NOW)), engineMs: engine.engine, modelMs: engine.model });
  }
}
if (only.has('components')) {
  for (const count of componentSizes) {
    const content = generated(`content-${count}-components`, 1000, count);
    results.push(await measure(`${count.toLocaleString('en')} components, 1,000 incidents`, `${count}c`, content, NOW));
  }
}
if (only.has('rebuild')) {
  const content = generated('content-1000', 1000);
  const coldResult = await measure('1,000 incidents, cold (no Astro cache)', 'cold', content, NOW, true);
  // The unchanged rebuild: the same content again, each run after a cold build.
  const rebuilds: number[] = [];
  for (let run = 0; run < runs; run++) {
    rmSync(ASTRO_CACHE, { recursive: true, force: true });
    await build(content, join(work, 'dist'), NOW);
    rebuilds.push((await build(content, join(work, 'dist'), NOW)).wallSeconds);
    process.stderr.write(`  unchanged rebuild, run ${run + 1}/${runs}: ${rebuilds.at(-1)!.toFixed(1)} s\n`);
  }
  results.push({ ...coldResult, rebuildSeconds: median(rebuilds) });
}

if (only.has('languages')) {
  if (!results.some((r) => r.key === '1000'))
    results.push(await measure('1,000 incidents', '1000', generated('content-1000', 1000), NOW));
  const content = generated('content-1000-da', 1000);
  appendFileSync(join(content, 'site.yaml'), '\nlocales: [da]\n');
  results.push(await measure('1,000 incidents, two languages (en, da)', '1000-2', content, NOW));
}

/** cState (Hugo) on the same 1,000 incidents: the median wall time of `hugo --gc --minify`. */
let cstateSeconds: number | undefined;
if (values.cstate) {
  const site = join(work, 'cstate-site');
  writeCstateSite(generated('content-1000', 1000), values.cstate, site);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    rmSync(join(site, 'public'), { recursive: true, force: true });
    const started = performance.now();
    const result = spawnSync(values.hugo, ['--quiet', '--gc', '--minify'], { cwd: site, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`hugo failed: ${result.error?.message ?? result.stderr}`);
    times.push((performance.now() - started) / 1000);
    process.stderr.write(`  cState, 1,000 incidents, run ${run + 1}/${runs}: ${times.at(-1)!.toFixed(1)} s\n`);
  }
  cstateSeconds = median(times);
}

const s1 = (seconds: number) => `${seconds.toFixed(1)} s`;
console.log(
  '| build | wall (median) | peak RSS (tree) | pages | dist/ | home (gzip) | check + start | setup + sync | Vite builds | render | engine | site model |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of results) {
  console.log(
    `| ${r.label} | ${s1(r.wallSeconds)} | ${r.peakRssMiB} MiB | ${r.pages.toLocaleString('en')} | ${r.distMiB} MiB | ${r.homeGzipKiB.toFixed(1)} KiB | ${s1(r.outsideSeconds)} | ${s1(r.astroOtherSeconds)} | ${s1(r.viteSeconds)} | ${s1(r.renderSeconds)} | ${r.engineMs === undefined ? '' : `${r.engineMs.toFixed(1)} ms`} | ${r.modelMs === undefined ? '' : `${r.modelMs.toFixed(1)} ms`} |`,
  );
}
const rebuild = results.find((r) => r.rebuildSeconds !== undefined);
if (rebuild)
  console.log(
    `\nUnchanged rebuild of 1,000 incidents: ${s1(rebuild.rebuildSeconds!)}, ${Math.round((rebuild.rebuildSeconds! / rebuild.wallSeconds) * 100)}% of the cold ${s1(rebuild.wallSeconds)}.`,
  );

// The budgets of the build-speed issue, each met or missed (never asserted in tests).
const byKey = (key: string) => results.find((r) => r.key === key);
const budgets: Array<[string, string | undefined, boolean | undefined]> = [];
const check = (name: string, result: Result | undefined, shown: (r: Result) => string, met: (r: Result) => boolean) =>
  budgets.push([name, result && shown(result), result && met(result)]);
const wall = (name: string, result: Result | undefined, seconds: number) =>
  check(
    name,
    result,
    (r) => s1(r.wallSeconds),
    (r) => r.wallSeconds <= seconds,
  );
wall('the sample ≤ 3 s', byKey('sample'), 3);
wall('100 incidents ≤ 2.5 s', byKey('100'), 2.5);
check(
  'unchanged rebuild of 1,000 ≤ 40% of cold',
  rebuild,
  (r) => `${Math.round((r.rebuildSeconds! / r.wallSeconds) * 100)}%`,
  (r) => r.rebuildSeconds! <= 0.4 * r.wallSeconds,
);
wall('300 components + 1,000 incidents ≤ 12 s', byKey('300c'), 12);
check(
  '300 components: home ≤ 15 KiB gzipped',
  byKey('300c'),
  (r) => `${r.homeGzipKiB.toFixed(1)} KiB`,
  (r) => r.homeGzipKiB <= 15,
);
wall('3,000 components ≤ 30 s', byKey('3000c'), 30);
wall('10,000 incidents ≤ 40 s', byKey('10000'), 40);
const oneLanguage = byKey('1000');
check(
  '1,000 incidents in two languages ≤ 2× one',
  byKey('1000-2'),
  (r) => `${s1(r.wallSeconds)}, ${(r.wallSeconds / oneLanguage!.wallSeconds).toFixed(2)}× (one: ${s1(oneLanguage!.wallSeconds)})`,
  (r) => r.wallSeconds <= 2 * oneLanguage!.wallSeconds,
);
check(
  '10,000 incidents ≤ 1.5 GiB',
  byKey('10000'),
  (r) => `${r.peakRssMiB} MiB`,
  (r) => r.peakRssMiB <= 1536,
);
console.log('\n| budget | measured | |\n| --- | --- | --- |');
for (const [name, shown, met] of budgets)
  console.log(`| ${name} | ${shown ?? 'not measured'} | ${met === undefined ? '' : met ? 'met' : 'missed'} |`);
const thousand = byKey('1000');
if (cstateSeconds === undefined || !thousand)
  console.log('| 1,000 incidents ≥ 2× faster than cState | not measured (give --cstate DIR, and 1000 in --sizes) | |');
else {
  const ratio = cstateSeconds / thousand.wallSeconds;
  console.log(
    `| 1,000 incidents ≥ 2× faster than cState | ${ratio.toFixed(2)}× (cState ${s1(cstateSeconds)}, Statusbook ${s1(thousand.wallSeconds)}) | ${ratio >= 2 ? 'met' : 'missed'} |`,
  );
}
for (const r of results) console.log(JSON.stringify(r));
if (values.keep) console.log(`\nKept ${work}`);
else rmSync(work, { recursive: true, force: true });
