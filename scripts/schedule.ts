/**
 * `npm run schedule`: how many of the publish workflow's scheduled runs build, over a month
 * of the content as it is. Simulates the schedule (minutes 7, 22, 37 and 52 of every hour,
 * UTC) against the rule of scripts/rebuild-due.mjs: a run builds when the instant in the
 * last build's next-change.json has passed; the build then writes the next one
 * (src/engine/as-of.ts, `nextChange`). Content does not change during the month (no pushes).
 *
 *   npm run schedule                      December 2026, the sample content
 *   npm run schedule -- --month 2027-01 --content path/to/content --verbose
 */
import { parseArgs } from 'node:util';
import { loadValidContent } from '../src/input/load.ts';
import { nextChange } from '../src/engine/as-of.ts';
import { formatErrors } from '../src/input/errors.ts';
import { localTimestamp, monthPeriod } from '../src/engine/time.ts';

const { values } = parseArgs({
  options: {
    month: { type: 'string', default: '2026-12' },
    content: { type: 'string', default: 'content' },
    verbose: { type: 'boolean', default: false },
  },
});
const MINUTES = [7, 22, 37, 52];

// The content as checked at the month's start, replaying (so nothing later is an error).
const start = new Date(Date.parse(`${values.month}-01T00:00:00Z`));
const { content, errors } = loadValidContent(values.content, start, { replay: true, checkBodies: false });
if (!content) {
  console.error(formatErrors(errors));
  process.exit(1);
}
const zone = content.site.timezone;
const period = monthPeriod(values.month, zone);
let next = nextChange(content, new Date(period.start));
let runs = 0;
const builds: Array<{ at: Date; reason: string }> = [];
for (let hour = Math.floor(period.start / 3_600_000) * 3_600_000; hour < period.end; hour += 3_600_000) {
  for (const minute of MINUTES) {
    const tick = new Date(hour + minute * 60_000);
    if (tick.getTime() < period.start || tick.getTime() >= period.end) continue;
    runs++;
    if (tick < next.at) continue;
    builds.push({ at: tick, reason: next.reason });
    next = nextChange(content, tick);
  }
}

const why = new Map<string, number>();
for (const { reason } of builds) {
  const kind = reason.startsWith('the day ends')
    ? 'the day changed (local midnight)'
    : reason.includes('is ongoing')
      ? 'something ongoing (every 15 minutes)'
      : 'an item became due (start, end, update, review)';
  why.set(kind, (why.get(kind) ?? 0) + 1);
}
console.log(`${values.month} in ${zone}, content from ${values.content}/:`);
console.log(
  `  ${runs.toLocaleString('en')} scheduled runs; ${builds.length} built (${((100 * builds.length) / runs).toFixed(1)} %), ${(runs - builds.length).toLocaleString('en')} stopped at the first step.`,
);
for (const [kind, count] of why) console.log(`  ${String(count).padStart(4)} because ${kind}`);
if (values.verbose) for (const build of builds) console.log(`  ${localTimestamp(build.at, zone)}  ${build.reason}`);
