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
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadValidContent } from '../src/data/load.ts';
import { buildSiteModel } from '../src/lib/site.ts';
import { computeUptime } from '../src/lib/uptime.ts';

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
const NOW = '2026-11-30T12:00:00Z';
const ZONE_OFFSET = (date: Date) => {
  // Europe/Copenhagen: +02:00 from the last Sunday of March to the last Sunday of October.
  const year = date.getUTCFullYear();
  const lastSunday = (month: number) => {
    const d = new Date(Date.UTC(year, month + 1, 0, 1));
    d.setUTCDate(d.getUTCDate() - d.getUTCDay());
    return d.getTime();
  };
  return date.getTime() >= lastSunday(2) && date.getTime() < lastSunday(9) ? 2 : 1;
};

/** A small, fast, seedable PRNG (mulberry32), so every run generates the same history. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the a we our customers service requests database queue job server deployment release rollback latency errors ' +
  'timeouts monitoring alert engineers investigated identified cause fix applied traffic region cache node ' +
  'replica failover storage network provider certificate configuration change restored recovered delayed emails ' +
  'imports payments invoices reports dashboard sessions sign-in webhooks api during after before while because'
).split(' ');

const COMPONENTS = ['web-app', 'auth', 'api', 'imports', 'email', 'webhooks', 'payments', 'reports'];
const CATEGORIES = ['queued-emails', 'deployment-rollback', 'peak-slowdowns', 'database', 'network', 'third-party', 'capacity'];

function local(date: Date): string {
  const offset = ZONE_OFFSET(date);
  const shifted = new Date(date.getTime() + offset * 3_600_000);
  return `${shifted.toISOString().slice(0, 16)}:00+0${offset}:00`;
}

function generate(size: number, dir: string): void {
  const rand = random(42 + size);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const sentence = () => {
    const words = Array.from({ length: 8 + Math.floor(rand() * 10) }, () => pick(WORDS));
    return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
  };
  // Headlines are short, like real ones ("Emails queued on the job server").
  const title = () => {
    const words = Array.from({ length: 3 + Math.floor(rand() * 5) }, () => pick(WORDS));
    return words.join(' ').replace(/^./, (c) => c.toUpperCase());
  };
  const paragraph = (words: number) => {
    const sentences: string[] = [];
    for (let count = 0; count < words; count += 13) sentences.push(sentence());
    return sentences.join(' ');
  };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'reviews'), { recursive: true });
  writeFileSync(
    join(dir, 'site.yaml'),
    'name: Bench Cloud\nurl: https://status.bench.example\ntimezone: Europe/Copenhagen\nuptimeTarget: 99.9\n',
  );
  writeFileSync(
    join(dir, 'components.yaml'),
    COMPONENTS.map(
      (id, i) =>
        `- id: ${id}\n  name: ${id.replace('-', ' ')}\n  group: ${i < 4 ? 'Core' : 'Services'}\n${i >= 6 ? `  since: 20${18 + i}-03-01T00:00:00Z\n` : ''}`,
    ).join(''),
  );
  const first = Date.parse('2016-12-01T00:00:00Z');
  const last = Date.parse(NOW) - 86_400_000;
  const starts = Array.from({ length: size }, () => first + Math.floor(rand() * ((last - first) / 60_000)) * 60_000).sort(
    (a, b) => a - b,
  );
  starts.forEach((startMs, index) => {
    const r = rand();
    const impact = r < 0.45 ? 'degraded' : r < 0.75 ? 'partial' : r < 0.85 ? 'major' : r < 0.95 ? 'maintenance' : 'none';
    const minutes = Math.round(5 + rand() ** 3 * 235);
    const start = new Date(startMs);
    const end = new Date(startMs + minutes * 60_000);
    const components = [...new Set(Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(COMPONENTS)))];
    const override = rand() < 0.2 && components.length > 1;
    const updates = ['investigating', 'identified', 'monitoring'].slice(0, 1 + Math.floor(rand() * 3));
    const statuses = impact === 'maintenance' ? ['scheduled', 'in-progress'] : updates;
    const timeline = [...statuses, impact === 'maintenance' ? 'completed' : 'resolved'].map((status, i, all) => {
      const at = new Date(startMs + Math.round((minutes * i) / Math.max(1, all.length - 1)) * 60_000);
      return `  - at: ${local(at)}\n    status: ${status}\n    body: ${sentence()}\n`;
    });
    const year = start.getUTCFullYear();
    const folder = join(dir, 'incidents', String(year));
    mkdirSync(folder, { recursive: true });
    const text = [
      '---',
      `title: ${title()}`,
      `impact: ${impact}`,
      `start: ${local(start)}`,
      `end: ${local(end)}`,
      'components:',
      ...components.map((id, i) => (override && i === 1 ? `  - id: ${id}\n    impact: degraded` : `  - ${id}`)),
      `category: ${pick(CATEGORIES)}`,
      'updates:',
      timeline.join('').trimEnd(),
      '---',
      '',
      paragraph(60),
      '',
      paragraph(50),
      '',
      `- ${sentence()}\n- ${sentence()}`,
      '',
      paragraph(30),
      '',
    ].join('\n');
    writeFileSync(join(folder, `${start.toISOString().slice(0, 10)}-incident-${index + 1}.mdx`), text);
  });
  for (let month = new Date(first); month.getTime() < Date.parse(NOW); month.setUTCMonth(month.getUTCMonth() + 1)) {
    const key = month.toISOString().slice(0, 7);
    const published = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 8, 9));
    if (published.getTime() > Date.parse(NOW)) continue;
    writeFileSync(
      join(dir, 'reviews', `${key}.mdx`),
      `---\nmonth: ${key}\ntitle: Review of ${key}\npublished: ${local(published)}\n---\n\n## Uptime\n\nUptime was <Uptime />, <Target verdict />; downtime came to <Downtime compare="previous" />.\nWe had <IncidentCount /> incidents in <CategoryCount /> kinds.\n\n${paragraph(80)}\n`,
    );
  }
}

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
  generate(size, content);
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
