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
  /** Every text field hostile: script tags, event handlers, javascript: links, `]]>` twice, control characters. */
  hostile: site('hostile', 'tests/fixtures/hostile', '2026-06-30T12:00:00Z'),
};

/** The sample replayed at instants around the payments incident and the December maintenance (section 8). */
export const REPLAYS = {
  /** 14:06 local: started, no update posted yet. */
  paymentsStarted: site('replay-1406', 'content', '2026-11-18T13:06:00Z'),
  /** 14:15 local: "identified" posted at this very minute; "resolved" is written for 14:27. */
  paymentsIdentified: site('replay-1415', 'content', '2026-11-18T13:15:00Z'),
  /** 14:30 local: resolved. */
  paymentsResolved: site('replay-1430', 'content', '2026-11-18T13:30:00Z'),
  /** 26 November 12:00 local: the maintenance is announced at this minute. */
  maintenanceAnnounced: site('replay-announced', 'content', '2026-11-26T11:00:00Z'),
  /** 6 December 06:30 local: the maintenance runs, planned until 07:00. */
  maintenanceRunning: site('replay-maintenance', 'content', '2026-12-06T05:30:00Z'),
};
