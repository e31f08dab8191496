/**
 * Sites built once for the vitest run (by tests/global-setup.ts) and read by the output
 * tests, so that no two Astro builds ever run at the same time.
 */
import { join } from 'node:path';
import { ROOT } from './build.ts';

export interface TestSite {
  name: string;
  content: string;
  now: string;
  out: string;
}

const site = (name: string, content: string, now: string): TestSite => ({
  name,
  content: join(ROOT, content),
  now,
  out: join(ROOT, '.test-sites', name),
});

export const TEST_SITES = {
  /** The sample content, as of the date the issues name. */
  sample: site('sample', 'content', '2026-11-30T12:00:00Z'),
  /** An ongoing major incident, upcoming maintenance, and a maintenance across a DST change. */
  ongoing: site('ongoing', 'tests/fixtures/ongoing', '2026-06-10T08:50:00Z'),
  /** The same content while the upcoming maintenance runs. */
  maintenance: site('maintenance', 'tests/fixtures/ongoing', '2026-06-20T04:30:00Z'),
};
