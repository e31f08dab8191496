/**
 * `npm run check`: validates all content without building pages, then type-checks the
 * project with `astro check`. Every content problem is printed, one per line, as
 * `file:line — field — problem — how to fix`, with likely typos as warnings, then what the
 * as-of instant hides (scheduled updates and reviews; in a replay, later incidents) and
 * when each appears.
 *
 * Exit codes: 0 clean, 1 content errors, 2 type errors. `--content-only` skips `astro check`
 * (that is `npm run check:content`); `--quiet-hidden` prints only the count of hidden items
 * (what `npm run build` does without `--verbose`).
 */
import { spawnSync } from 'node:child_process';
import { checkContent } from '../src/input/check.ts';
import { contentAsOf, hiddenReport } from '../src/engine/as-of.ts';
import { formatError, formatErrors } from '../src/input/errors.ts';
import { ASTRO_BIN } from './astro.ts';
import { parseCommandLine } from './args.ts';

const { values } = parseCommandLine('npm run check [-- --content-only] [--quiet-hidden]', {
  options: {
    'content-only': { type: 'boolean', default: false },
    'quiet-hidden': { type: 'boolean', default: false },
  },
});
const started = performance.now();
const { dir, content, errors, warnings, asOf } = checkContent();
for (const warning of warnings) console.warn(`warning: ${formatError(warning)}`);
if (!content || !asOf) {
  console.error(formatErrors(errors));
  process.exit(1);
}
const ms = Math.round(performance.now() - started);
console.log(
  `${dir}/ is valid: ${content.components.length} components, ${content.incidents.length} incidents, ${content.reviews.length} reviews (${ms} ms).`,
);
const { hidden } = contentAsOf(content, asOf);
console.log(hiddenReport(hidden, asOf, content.site.timezone, { list: !values['quiet-hidden'] }).join('\n'));

if (!values['content-only']) {
  const check = spawnSync(process.execPath, [ASTRO_BIN, 'check'], { stdio: 'inherit' });
  if (check.status !== 0) process.exit(2);
}
