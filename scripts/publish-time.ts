/**
 * `npm run publish-time`: how long the publish workflow's critical path takes on this
 * machine, the delay between "we are investigating" being pushed and the site being ready
 * to deploy. Like the workflow: a clean clone of the committed HEAD, `npm ci --omit=dev` (the
 * build's dependencies, not the test tools) with a warm npm cache (as actions/setup-node's
 * cache gives), then `npm run build` — for the sample
 * content and for a generated history of 1,000 incidents. Each step is timed and printed.
 *
 *   npm run publish-time
 *   npm run publish-time -- --sizes 1000,10000 --keep
 *
 * Uncommitted changes are not measured (the clone is of HEAD). Budgets: sample ≤ 30 s and
 * 1,000 incidents ≤ 40 s for install + build.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateHistory, HISTORY_NOW } from './history.ts';

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '1000' }, keep: { type: 'boolean', default: false } },
});
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUDGET_SECONDS: Record<string, number> = { sample: 30, '1000': 40 };
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

const rows: Array<{ content: string; install: number; build: number }> = [];
for (const name of ['sample', ...values.sizes.split(',')]) {
  rmSync(clone, { recursive: true, force: true });
  console.log(`\n${name === 'sample' ? 'Sample content' : `${Number(name).toLocaleString('en')} generated incidents`}:`);
  execFileSync('git', ['clone', '--quiet', '--no-local', ROOT, clone]);
  if (rows.length === 0) {
    // Warm the npm cache as CI's cache would be, untimed: every package of the lockfile in it.
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: clone, stdio: 'ignore' });
    rmSync(join(clone, 'node_modules'), { recursive: true, force: true });
  }
  const install = timed('npm ci --omit=dev (warm npm cache)', 'npm', [
    'ci',
    '--omit=dev',
    '--no-audit',
    '--no-fund',
    '--prefer-offline',
  ]);
  const env: NodeJS.ProcessEnv = { STATUSBOOK_NOW: '', STATUSBOOK_BASE: '' };
  if (name !== 'sample') {
    generateHistory(Number(name), join(work, 'content'));
    Object.assign(env, { STATUSBOOK_CONTENT: join(work, 'content'), STATUSBOOK_NOW: HISTORY_NOW });
  }
  const build = timed('npm run build (check + Astro + publish)', 'npm', ['run', 'build'], env);
  console.log(`  ${'total'.padEnd(42)} ${(install + build).toFixed(1).padStart(6)} s`);
  rows.push({ content: name, install, build });
}

console.log('\n| content | npm ci --omit=dev (warm cache) | npm run build | total | budget |');
console.log('| --- | --- | --- | --- | --- |');
for (const { content, install, build } of rows) {
  const budget = BUDGET_SECONDS[content];
  const total = install + build;
  const label = content === 'sample' ? 'sample' : `${Number(content).toLocaleString('en')} incidents`;
  const verdict = budget === undefined ? '' : `${budget} s ${total <= budget ? '✓' : '✗ over'}`;
  console.log(`| ${label} | ${install.toFixed(1)} s | ${build.toFixed(1)} s | ${total.toFixed(1)} s | ${verdict} |`);
}
if (values.keep) console.log(`\nKept ${work}`);
else rmSync(work, { recursive: true, force: true });
