/**
 * `npm run bench`: builds generated histories and reports what a build costs.
 *
 *   npm run bench                       sizes 100, 1000 and 10000 incidents, 3 runs each
 *   npm run bench -- --sizes 1000 --runs 5
 *
 * For each size it generates ten years of content (8 components, a realistic mix of
 * incidents with update timelines and ~150-word MDX bodies, a review per month) from a
 * fixed seed into a temporary folder, builds it with `npm run build`'s script several
 * times, and prints the medians: wall time, peak RSS of the whole build process tree,
 * pages written, dist/ bytes, and the engine's own time (computing every month and 90
 * days of daily figures, in this process) and the whole site model's. Then one table and
 * one JSON line per size.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadValidContent } from '../src/input/load.ts';
import { buildSiteModel } from '../src/model/site.ts';
import { computeUptime } from '../src/engine/uptime.ts';
import { generateHistory, HISTORY_NOW as NOW } from './history.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    runs: { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
interface Measure {
  wallSeconds: number;
  peakRssMiB: number;
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

function build(content: string, out: string): Promise<Measure> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [join(ROOT, 'scripts/build.ts'), '--out', out], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, STATUSBOOK_CONTENT: content, STATUSBOOK_NOW: NOW, STATUSBOOK_BASE: '' },
    });
    let peak = 0;
    let errors = '';
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 50);
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`build failed (${code}):\n${errors.slice(-4000)}`));
      else resolve({ wallSeconds: (performance.now() - started) / 1000, peakRssMiB: peak / 1024 / 1024 });
    });
  });
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

const results = [];
for (const size of sizes) {
  const base = join(tmpdir(), `statusbook-bench-${size}`);
  const content = join(base, 'content');
  const out = join(base, 'dist');
  generateHistory(size, content);
  const engine = engineMs(content);
  const measures: Measure[] = [];
  for (let run = 0; run < runs; run++) {
    rmSync(out, { recursive: true, force: true });
    measures.push(await build(content, out));
    process.stderr.write(`  ${size} incidents, run ${run + 1}/${runs}: ${measures.at(-1)!.wallSeconds.toFixed(1)} s\n`);
  }
  const { pages, bytes } = walk(out);
  const result = {
    incidents: size,
    runs,
    wallSeconds: Number(median(measures.map((m) => m.wallSeconds)).toFixed(2)),
    peakRssMiB: Math.round(median(measures.map((m) => m.peakRssMiB))),
    pages,
    distMiB: Number((bytes / 1024 / 1024).toFixed(1)),
    engineMs: Number(engine.engine.toFixed(1)),
    modelMs: Number(engine.model.toFixed(1)),
  };
  results.push(result);
  if (!values.keep) rmSync(base, { recursive: true, force: true });
}

console.log('| incidents | build wall (median) | peak RSS (tree) | pages | dist/ | engine | site model |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const r of results) {
  console.log(
    `| ${r.incidents.toLocaleString('en')} | ${r.wallSeconds.toFixed(1)} s | ${r.peakRssMiB} MiB | ${r.pages.toLocaleString('en')} | ${r.distMiB} MiB | ${r.engineMs} ms | ${r.modelMs} ms |`,
  );
}
for (const r of results) console.log(JSON.stringify(r));
