/**
 * `npm run build`: checks all content, then builds the site into a temporary folder and
 * moves it into `dist/` only when the build completed. A failing or interrupted build
 * leaves the previous `dist/` exactly as it was.
 *
 * Options: `--out DIR` (default `dist`); `--as-of INSTANT` replays an instant, like
 * `STATUSBOOK_NOW` (content dated after it is hidden); `--verbose` lists what is hidden.
 * Environment: `STATUSBOOK_NOW`, `STATUSBOOK_CONTENT`, `STATUSBOOK_BASE` (see README).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildInstant, CLOCK_VARIABLE } from '../src/data/environment.ts';
import { ContentErrors } from '../src/lib/errors.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'dist' },
    'as-of': { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});
const outDir = resolve(values.out);
const env = { ...process.env, ...(values['as-of'] === undefined ? {} : { STATUSBOOK_NOW: values['as-of'] }) };
let instant: ReturnType<typeof buildInstant>;
try {
  instant = buildInstant(env);
} catch (error) {
  if (!(error instanceof ContentErrors)) throw error;
  console.error(`${error.message}\nNothing was built; ${values.out}/ was left unchanged.`);
  process.exit(1);
}
const { asOf, replay } = instant;
// Every process of this build sees one instant, read once: a replay, or the clock as read now.
const buildEnv = replay
  ? { ...env, STATUSBOOK_NOW: asOf.toISOString() }
  : { ...env, STATUSBOOK_NOW: '', [CLOCK_VARIABLE]: asOf.toISOString() };
const started = performance.now();

// The content check runs in its own process: it exits 1 and prints every problem, and the
// memory it used for thousands of files is returned before the site build starts.
const checkArgs = ['--content-only', ...(values.verbose ? [] : ['--quiet-hidden'])];
const check = spawnSync(process.execPath, [fileURLToPath(new URL('check.ts', import.meta.url)), ...checkArgs], {
  stdio: 'inherit',
  env: buildEnv,
});
if (check.status !== 0) {
  console.error(`Nothing was built; ${values.out}/ was left unchanged.`);
  process.exit(1);
}
console.log(`Building as of ${asOf.toISOString()}${replay ? ' (replay: content dated later is hidden)' : ''}.`);

const workDir = join(dirname(outDir), `.${process.pid}.building`);
const cleanUp = () => rmSync(workDir, { recursive: true, force: true });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const build = spawnSync(process.execPath, [astro, 'build', '--outDir', workDir], {
  stdio: 'inherit',
  // Both the check above and the site use one as-of instant, even when it is the clock.
  env: buildEnv,
});
if (build.status !== 0) {
  cleanUp();
  console.error(`\nThe build failed (${build.signal ?? `exit ${build.status}`}); ${values.out}/ was left unchanged.`);
  process.exit(build.status || 1);
}

const oldDir = `${workDir}.old`;
mkdirSync(dirname(outDir), { recursive: true });
if (existsSync(outDir)) renameSync(outDir, oldDir);
renameSync(workDir, outDir);
rmSync(oldDir, { recursive: true, force: true });
console.log(`Built ${values.out}/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
