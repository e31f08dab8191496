/**
 * `npm run publish-time`: how long the publish workflow's critical path takes on this
 * machine, the delay between "we are investigating" being pushed and the site being ready
 * to deploy, on both of its paths, each from a clean clone of the committed HEAD:
 *
 * - **cold**: nothing cached (a new lockfile or an evicted cache): `npm ci --omit=dev` from
 *   the registry with an empty npm cache, then `npm run build` with empty Astro and compile
 *   caches;
 * - **warm**: what publish.yml restores: node_modules as the cold run left it (keyed by the
 *   lockfile and Node version, so no install), its Astro content store and Node's compile
 *   cache (`NODE_COMPILE_CACHE`), then `npm run build`.
 *
 * For the sample content and for a generated history of 1,000 incidents:
 *
 *   npm run publish-time
 *   npm run publish-time -- --sizes 1000,10000 --keep
 *   npm run publish-time -- --sizes ""           (the sample only)
 *
 * Uncommitted changes are not measured (the clone is of HEAD). Budgets: warm sample ≤ 12 s;
 * cold sample ≤ 60 s and 1,000 incidents ≤ 70 s (the registry's speed is most of it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateHistory, HISTORY_NOW } from './history.ts';

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '1000' }, keep: { type: 'boolean', default: false } },
});
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUDGET_SECONDS: Record<string, number> = { 'sample warm': 12, 'sample cold': 60, '1,000 incidents cold': 70 };
const work = mkdtempSync(join(tmpdir(), 'statusbook-publish-time-'));
const clone = join(work, 'repo');

/** Runs a command in the clone, output hidden unless it fails; returns seconds taken. */
function timed(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): number {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: clone, env: { ...process.env, ...env }, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    console.error(`${label} failed:\n${result.stdout}\n${result.stderr}`);
    process.exit(1);
  }
  console.log(`  ${label.padEnd(42)} ${seconds.toFixed(1).padStart(6)} s`);
  return seconds;
}

/** One path for one content: each step's seconds. */
interface Row {
  content: string;
  path: 'cold' | 'warm';
  install: number;
  build: number;
}

const rows: Row[] = [];
const compileCache = join(work, 'node-compile');
const emptyNpmCache = join(work, 'npm-cache');
for (const name of ['sample', ...values.sizes.split(',').filter(Boolean)]) {
  const label = name === 'sample' ? 'sample' : `${Number(name).toLocaleString('en')} incidents`;
  const env: NodeJS.ProcessEnv = { STATUSBOOK_NOW: '', STATUSBOOK_BASE: '', NODE_COMPILE_CACHE: compileCache };
  if (name !== 'sample') {
    generateHistory(Number(name), join(work, 'content'));
    Object.assign(env, { STATUSBOOK_CONTENT: join(work, 'content'), STATUSBOOK_NOW: HISTORY_NOW });
  }
  // Cold: a clean clone, an empty npm cache, no Astro store, no compile cache.
  rmSync(clone, { recursive: true, force: true });
  rmSync(compileCache, { recursive: true, force: true });
  rmSync(emptyNpmCache, { recursive: true, force: true });
  execFileSync('git', ['clone', '--quiet', '--no-local', ROOT, clone]);
  console.log(`\n${label}, cold (nothing cached):`);
  const coldInstall = timed('npm ci --omit=dev (empty npm cache)', 'npm', [
    'ci',
    '--omit=dev',
    '--no-audit',
    '--no-fund',
    '--cache',
    emptyNpmCache,
  ]);
  const coldBuild = timed('npm run build (empty caches)', 'npm', ['run', 'build'], env);
  rows.push({ content: label, path: 'cold', install: coldInstall, build: coldBuild });

  // Warm: a new clean clone with what publish.yml's cache steps restore.
  const modules = join(work, 'node_modules');
  rmSync(modules, { recursive: true, force: true });
  renameSync(join(clone, 'node_modules'), modules);
  rmSync(clone, { recursive: true, force: true });
  execFileSync('git', ['clone', '--quiet', '--no-local', ROOT, clone]);
  console.log(`${label}, warm (node_modules, Astro store and compile cache restored):`);
  const restore = timed('restore node_modules (no npm ci)', 'cp', ['-a', modules, join(clone, 'node_modules')]);
  const warmBuild = timed('npm run build (warm caches)', 'npm', ['run', 'build'], env);
  rows.push({ content: label, path: 'warm', install: restore, build: warmBuild });
}

console.log('\n| content | path | install or restore | npm run build | total | budget |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const { content, path, install, build } of rows) {
  const budget = BUDGET_SECONDS[`${content} ${path}`];
  const total = install + build;
  const verdict = budget === undefined ? '' : `${budget} s ${total <= budget ? 'met' : 'missed'}`;
  console.log(`| ${content} | ${path} | ${install.toFixed(1)} s | ${build.toFixed(1)} s | ${total.toFixed(1)} s | ${verdict} |`);
}
if (values.keep) console.log(`\nKept ${work}`);
else rmSync(work, { recursive: true, force: true });
