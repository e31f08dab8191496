/** Builds the shared test sites once, one after another, before any test file runs. */
import { rmSync } from 'node:fs';
import { runBuild } from './helpers/build.ts';
import { REPLAYS, TEST_SITES } from './helpers/sites.ts';

export default function setup(): void {
  for (const site of [...Object.values(TEST_SITES), ...Object.values(REPLAYS)]) {
    rmSync(site.out, { recursive: true, force: true });
    const result = runBuild({ content: site.content, out: site.out, now: site.now });
    if (result.status !== 0) throw new Error(`Building the ${site.name} test site failed:\n${result.output}`);
  }
}
