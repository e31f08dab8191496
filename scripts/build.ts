/**
 * `npm run build`: checks all content, then builds the site into a new folder and publishes
 * it as `dist/` in one atomic step (see scripts/publish.ts). A failing, interrupted or
 * killed build leaves the published `dist/` exactly as it was.
 *
 * Options: `--out DIR` (default `dist`); `--as-of INSTANT` replays an instant, like
 * `STATUSBOOK_NOW` (content dated after it is hidden); `--verbose` lists what is hidden.
 * Environment: `STATUSBOOK_NOW`, `STATUSBOOK_CONTENT`, `STATUSBOOK_BASE` (see README).
 *
 * One build runs at a time in a checkout (Astro's caches are shared): a second one stops
 * at once, naming the first. SIGINT and SIGTERM stop the build and publish nothing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync, renameSync, writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { CLOCK_VARIABLE, readEnvironment } from '../src/input/environment.ts';
import { formatErrors } from '../src/input/errors.ts';
import { isRunning, newBuildFolder, publish, publishedPath, removeLeftovers } from './publish.ts';
import { ASTRO_BIN } from './astro.ts';
import { parseCommandLine } from './args.ts';

const { values } = parseCommandLine('npm run build [-- --as-of INSTANT] [--out DIR] [--verbose]', {
  options: {
    out: { type: 'string', default: 'dist' },
    'as-of': { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});
const unchanged = `${values.out}/ was left unchanged.`;
const stop = (message: string, code = 1): never => {
  console.error(message);
  process.exit(code);
};

const env = { ...process.env, ...(values['as-of'] === undefined ? {} : { STATUSBOOK_NOW: values['as-of'] }) };
const environment = readEnvironment(env);
const { asOf, replay } = environment.problems
  ? stop(`${formatErrors(environment.problems)}\nNothing was built; ${unchanged}`)
  : environment.instant;
// Every process of this build sees one instant, read once: a replay, or the clock as read now.
// Node's compile cache for the check's and Astro's processes (Astro's CLI turns it on only
// without CI set): 5.4 s → 4.5 s for the sample, medians of 5 alternating runs with CI set.
// The publish workflow keeps its own folder between runs.
const compileCache = {
  NODE_COMPILE_CACHE:
    process.env['NODE_COMPILE_CACHE'] || fileURLToPath(new URL('../node_modules/.cache/node-compile', import.meta.url)),
};
const buildEnv = replay
  ? { ...env, ...compileCache, STATUSBOOK_NOW: asOf.toISOString() }
  : { ...env, ...compileCache, STATUSBOOK_NOW: '', [CLOCK_VARIABLE]: asOf.toISOString() };
const started = performance.now();

const root = fileURLToPath(new URL('..', import.meta.url));
const lock = takeLock(resolve(root, 'node_modules/.statusbook-build.lock'));
const outDir = publishedPath(resolve(values.out));
for (const leftover of removeLeftovers(outDir)) console.log(`Removed ${leftover}, left by a build that was stopped.`);

let child: ChildProcess | undefined;
let workDir: string | undefined;
let stopping: NodeJS.Signals | undefined;
const SIGNAL_EXIT = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;
const stopped = () =>
  finish(`\nStopped by ${stopping}; nothing was published; ${unchanged}`, SIGNAL_EXIT[stopping as keyof typeof SIGNAL_EXIT]);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    stopping = signal;
    // The running step stops too; what follows it sees `stopping` and publishes nothing.
    if (child) child.kill(signal);
    else stopped();
  });
}

// The content check runs in its own process: it exits 1 and prints every problem, and the
// memory it used for thousands of files is returned before the site build starts.
const checkArgs = ['--content-only', ...(values.verbose ? [] : ['--quiet-hidden'])];
const check = await run([fileURLToPath(new URL('check.ts', import.meta.url)), ...checkArgs]);
if (stopping) stopped();
if (check !== 0) finish(`Nothing was built; ${unchanged}`, 1);
console.log(`Building as of ${asOf.toISOString()}${replay ? ' (replay: content dated later is hidden)' : ''}.`);

try {
  workDir = newBuildFolder(outDir);
} catch (error) {
  const { code, message } = error as NodeJS.ErrnoException;
  finish(
    `Cannot write beside ${values.out}/ (${code ?? message}); nothing was built; ${unchanged}\nMake the folder holding ${values.out}/ writable, then build again.`,
    1,
  );
}
const watch = fileURLToPath(new URL('parent-watch.ts', import.meta.url));
const build = await run(['--import', watch, ASTRO_BIN, 'build', '--outDir', workDir!]);
if (stopping) stopped();
if (build !== 0) finish(`\nThe build failed (exit ${build}); ${unchanged}`, build || 1);

try {
  const ready = workDir!.replace(/\.building$/, '');
  renameSync(workDir!, ready);
  workDir = ready;
  publish(ready, outDir);
  workDir = undefined;
} catch (error) {
  const { code, message } = error as NodeJS.ErrnoException;
  finish(
    `\nThe site was built but could not be published as ${values.out}/ (${code ?? message}); ${unchanged}\nMake ${values.out}/ and the folder holding it writable, then build again.`,
    1,
  );
}
finish(`Built ${values.out}/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`, 0);

/** Runs node with `args`, output shown, and resolves with its exit code (null after a signal). */
function run(args: string[]): Promise<number | null> {
  return new Promise((done) => {
    child = spawn(process.execPath, args, { stdio: 'inherit', env: buildEnv });
    child.on('exit', (code) => {
      child = undefined;
      done(code);
    });
  });
}

/** Cleans up, releases the lock, says `message` and exits with `code`. */
function finish(message: string, code: number): never {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
  lock.release();
  if (code === 0) console.log(message);
  else console.error(message);
  process.exit(code);
}

/** One build per checkout: a lock file holding the pid; a stale one (its process gone) is taken over. */
function takeLock(path: string): { release: () => void } {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return { release: () => rmSync(path, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(path, 'utf8'));
      if (isRunning(pid)) stop(`Another build is running (pid ${pid}); wait for it, or stop it. ${unchanged}`);
      rmSync(path, { force: true });
    }
  }
  return stop(`Could not take the build lock ${path}; ${unchanged}`);
}
