/**
 * `npm run build`: checks all content, then builds the site into a temporary folder and
 * moves it into `dist/` only when the build completed. A failing or interrupted build
 * leaves the previous `dist/` exactly as it was.
 *
 * Options: `--out DIR` (default `dist`). Environment: `STATUSBOOK_NOW`, `STATUSBOOK_CONTENT`,
 * `STATUSBOOK_BASE` (see README).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatError, formatErrors } from '../src/lib/errors.ts';
import { contentWarnings } from '../src/lib/validate.ts';
import { asOfFromEnvironment, contentDirectory } from '../src/data/environment.ts';
import { loadValidContent } from '../src/data/load.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const outDir = resolve(values.out);
const asOf = asOfFromEnvironment();
const started = performance.now();

const { content, errors } = loadValidContent(contentDirectory(), asOf);
if (!content) {
  console.error(formatErrors(errors));
  process.exit(1);
}
for (const warning of contentWarnings(content)) console.warn(`warning: ${formatError(warning)}`);
console.log(`Content checked in ${Math.round(performance.now() - started)} ms; building as of ${asOf.toISOString()}.`);

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
  env: { ...process.env, STATUSBOOK_NOW: asOf.toISOString() },
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
