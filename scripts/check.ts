/**
 * `npm run check`: validates all content without building pages, then type-checks the
 * project with `astro check`. Every content problem is printed, one per line, as
 * `file:line — field — problem — how to fix`, with likely typos as warnings, then what the
 * as-of instant hides (scheduled updates and reviews; in a replay, later incidents) and
 * when each appears.
 *
 * Then, unless `--content-only`, that publish.yml's notify step is passed exactly the secrets
 * the channels of site.yaml name (src/notify/workflow.ts): not in the content check, which
 * runs before every build, so that a publish never fails for it.
 *
 * Exit codes: 0 clean, 1 content errors (or the notify step and site.yaml disagree), 2 type
 * errors. `--content-only` skips the workflow and `astro check` (that is
 * `npm run check:content`); `--quiet-hidden` prints only the count of hidden items (what
 * `npm run build` does without `--verbose`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../src/input/check.ts';
import { contentAsOf, hiddenReport } from '../src/engine/as-of.ts';
import { formatError, formatErrors } from '../src/input/errors.ts';
import { PUBLISH_WORKFLOW, notifySecretProblems } from '../src/notify/workflow.ts';
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
  const workflow = existsSync(PUBLISH_WORKFLOW) ? readFileSync(PUBLISH_WORKFLOW, 'utf8') : undefined;
  const channels = content.site.notifications?.channels ?? [];
  const secrets = workflow === undefined ? [] : notifySecretProblems(workflow, channels, join(dir, 'site.yaml'));
  if (secrets.length > 0) {
    console.error(`${PUBLISH_WORKFLOW} and ${join(dir, 'site.yaml')} disagree on the secrets of npm run notify:`);
    for (const problem of secrets) console.error(`  ${formatError(problem)}`);
    process.exit(1);
  }
  const check = spawnSync(process.execPath, [ASTRO_BIN, 'check'], { stdio: 'inherit' });
  if (check.status !== 0) process.exit(2);
}
