/**
 * Issue 21's round trip: the sample's own `/api/v2/` (its build as of 30 November 2026, served
 * by a real static server on 127.0.0.1) imported with `npm run import -- statuspage --public`
 * into a site holding only the sample's site.yaml, components.yaml and logo, then built. The
 * imported site must have the same incidents, updates, impacts, component windows and states,
 * and the same uptime.json months; where it cannot (Statuspage's format does not say it), the
 * difference is asserted here with the reason.
 *
 * Public mode sees only the 50 most recent incidents and the 50 most recent maintenances. The
 * sample has fewer of each, so the comparison covers every month of its history (checked first).
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/input/load.ts';
import type { LoadedIncident } from '../../src/input/validate.ts';
import { exactTimestamp } from '../../src/import/content.ts';
import { RECENT_LIMIT } from '../../src/outputs/statuspage.ts';
import { ROOT, runBuild, tempDir } from '../helpers/build.ts';
import { buildSite, TEST_SITES } from '../helpers/sites.ts';
import { serveStatic } from '../helpers/static-server.ts';

const sample = TEST_SITES.sample;
const asOf = new Date(sample.now);
const zone = 'Europe/Copenhagen';
const at = (instant: Date | undefined) => (instant ? exactTimestamp(instant, zone) : 'open');
/** Incidents are matched by title and start: the importer names its files by date and title, not by our slugs. */
const key = (incident: { title: string; start: Date }) => `${at(incident.start)} ${incident.title}`;

const imported = join(tempDir('statusbook-roundtrip-'), 'content');
const importedDist = join(tempDir('statusbook-roundtrip-'), 'dist');
let importOutput = '';
let server: Server | undefined;

/** Runs `npm run import`'s script without blocking this process, whose server answers it. */
function runImport(args: string[]): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts/import.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, STATUSBOOK_CONTENT: imported, STATUSBOOK_NOW: sample.now },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => resolve({ status, output }));
  });
}

const json = (dist: string, path: string) => JSON.parse(readFileSync(join(dist, path), 'utf8'));
const incidentsOf = (dir: string): LoadedIncident[] => {
  const { content, errors } = loadContent(dir, { checkBodies: false });
  if (!content) throw new Error(errors.map((e) => e.problem).join('\n'));
  return content.incidents.filter((i) => !i.draft);
};

let original: LoadedIncident[];
let copy: Map<string, LoadedIncident>;

beforeAll(async () => {
  buildSite(sample, { reuse: true });
  mkdirSync(imported, { recursive: true });
  for (const file of ['site.yaml', 'components.yaml', 'logo.svg']) copyFileSync(join(sample.content, file), join(imported, file));
  const served = await serveStatic(sample.out);
  server = served.server;
  const result = await runImport(['statuspage', '--public', served.origin]);
  importOutput = result.output;
  expect(result.status, result.output).toBe(0);
  await new Promise<void>((resolve) => served.server.close(() => resolve()));
  server = undefined;
  const build = runBuild({ content: imported, out: importedDist, now: sample.now });
  expect(build.status, build.output).toBe(0);
  original = incidentsOf(sample.content);
  copy = new Map(incidentsOf(imported).map((i) => [key(i), i]));
});
afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

describe('importing the sample’s own /api/v2/ (public mode), then building', () => {
  it('sees the whole sample history: fewer incidents and maintenances than public mode lists', () => {
    const incidents = json(sample.out, 'api/v2/incidents.json').incidents as Array<{ started_at: string }>;
    const maintenances = json(sample.out, 'api/v2/scheduled-maintenances.json').scheduled_maintenances as unknown[];
    expect([incidents.length, maintenances.length]).toEqual([38, 3]);
    expect(incidents.length).toBeLessThan(RECENT_LIMIT);
    // The oldest listed incident is the sample's first: every month from January on is compared.
    expect(incidents.at(-1)?.started_at).toBe('2026-01-12T09:00:00.000+01:00');
    expect(importOutput).toContain('Note: The public API lists only the 50 most recent incidents');
    expect(importOutput).toContain(
      'Summary: 6 components (0 new), 41 incidents read, 41 written, 0 already there, 2 lossy mappings.',
    );
  });

  it('gives the same incidents: titles, starts, impacts and ends', () => {
    expect([...copy.keys()].toSorted()).toEqual(original.map(key).toSorted());
    for (const incident of original) {
      const again = copy.get(key(incident))!;
      expect([again.impact, at(again.end)], incident.slug).toEqual([incident.impact, at(incident.end)]);
    }
  });

  it('gives the same updates (instant, status, text) as published at the as-of instant, but a notice’s “completed”', () => {
    const said = (incident: LoadedIncident) =>
      incident.updates.filter((u) => u.at <= asOf).map((u) => `${at(u.at)} ${u.status} ${u.body}`);
    const differing = original.filter((incident) => said(incident).join('\n') !== said(copy.get(key(incident))!).join('\n'));
    // Statuspage's incidents have no "completed": a notice closed by one is exported, and so imported, as "resolved".
    expect(differing.map((i) => [i.slug, said(i)[0]?.split(' ')[1], said(copy.get(key(i))!)[0]?.split(' ')[1]])).toEqual([
      ['2026-01-12-new-status-page', 'completed', 'resolved'],
    ]);
    // The December maintenance's last two updates are written for 6 December: not published yet, not imported.
    const december = copy.get('2026-12-06T06:00:00+01:00 Planned database maintenance')!;
    expect(december.updates.map((u) => u.status)).toEqual(['scheduled']);
  });

  it('gives each component the same window and impact, but two windows no update said exactly', () => {
    const windows = (incident: LoadedIncident) =>
      incident.components.map((c) => `${c.id} ${c.impact} ${at(c.start)} – ${at(c.end)}`);
    const differing = original
      .filter((incident) => windows(incident).join('\n') !== windows(copy.get(key(incident))!).join('\n'))
      .map((incident) => ({ slug: incident.slug, was: windows(incident), now: windows(copy.get(key(incident))!) }));
    expect(differing).toEqual([
      {
        // Degraded from 06:10 to 06:30, between the updates of 06:00 and 06:45: no update's
        // affected_components says it, so the web app is listed with impact none.
        slug: '2026-06-14-session-service-switch',
        was: [
          'auth maintenance 2026-06-14T06:00:00+02:00 – 2026-06-14T06:45:00+02:00',
          'web-app degraded 2026-06-14T06:10:00+02:00 – 2026-06-14T06:30:00+02:00',
        ],
        now: [
          'auth maintenance 2026-06-14T06:00:00+02:00 – 2026-06-14T06:45:00+02:00',
          'web-app none 2026-06-14T06:00:00+02:00 – 2026-06-14T06:45:00+02:00',
        ],
      },
      {
        // The API was degraded from 14:10 to 14:20; the updates of 14:15 and 14:27 are the first to see the change.
        slug: '2026-11-18-payments-page-errors',
        was: [
          'web-app partial 2026-11-18T14:05:00+01:00 – 2026-11-18T14:27:00+01:00',
          'api degraded 2026-11-18T14:10:00+01:00 – 2026-11-18T14:20:00+01:00',
        ],
        now: [
          'web-app partial 2026-11-18T14:05:00+01:00 – 2026-11-18T14:27:00+01:00',
          'api degraded 2026-11-18T14:15:00+01:00 – 2026-11-18T14:27:00+01:00',
        ],
      },
    ]);
  });

  it('loses what the public API does not carry: categories, postmortem links and bodies', () => {
    expect(original.filter((i) => i.category).length).toBe(40);
    expect(original.filter((i) => i.postmortem).length).toBe(4);
    expect([...copy.values()].filter((i) => i.category || i.postmortem)).toEqual([]);
    const files = readdirSync(join(imported, 'incidents/2026')).map((name) =>
      readFileSync(join(imported, 'incidents/2026', name), 'utf8'),
    );
    // Each imported file is frontmatter only: the MDX body is not in incidents.json.
    expect(files.filter((text) => !text.endsWith('---\n'))).toEqual([]);
  });

  it('builds the same component states', () => {
    expect(json(importedDist, 'api/v2/components.json')).toEqual(json(sample.out, 'api/v2/components.json'));
    expect(json(importedDist, 'api/v2/status.json')).toEqual(json(sample.out, 'api/v2/status.json'));
  });

  it('exports the same /api/v2/ incidents and maintenances again, under its own slugs', () => {
    // Ids are slugs; the imported ones are made of date and title. Everything else must match.
    const bySlug = (dist: string, path: string, list: string) => {
      const items = json(dist, path)[list] as Array<Record<string, unknown> & { id: string; incident_updates: Array<Record<string, unknown>> }>;
      return items.map(({ id: _id, shortlink: _link, incident_updates, ...rest }) => ({
        ...rest,
        incident_updates: incident_updates.map(({ id: _u, incident_id: _i, ...update }) => update),
      }));
    };
    for (const [path, list] of [
      ['api/v2/incidents.json', 'incidents'],
      ['api/v2/scheduled-maintenances.json', 'scheduled_maintenances'],
    ] as const) {
      expect(bySlug(importedDist, path, list), path).toEqual(bySlug(sample.out, path, list));
    }
  });

  it('builds the same uptime.json months, but for the degraded minutes of those two windows', () => {
    type Month = { month: string; components: Record<string, { degraded: number }> };
    type Uptime = { generatedAt: string; months: Month[] };
    const uptime = (dist: string) => json(dist, 'api/uptime.json') as Uptime;
    // Everything but the build time and the months: zone, as-of instant, target, weights.
    const settings = ({ generatedAt: _at, months: _months, ...rest }: Uptime) => rest;
    expect(settings(uptime(importedDist))).toEqual(settings(uptime(sample.out)));
    const before = uptime(sample.out).months;
    const after = uptime(importedDist).months;
    expect(after.map((m) => m.month)).toEqual(before.map((m) => m.month));
    const degraded = (list: Month[], month: string, id: string) => list.find((m) => m.month === month)!.components[id]!.degraded;
    // Degraded weighs 0 in the sample's site.yaml: uptime is unchanged, only the minutes in that state differ.
    expect([degraded(before, '2026-06', 'web-app'), degraded(after, "2026-06", "web-app")]).toEqual([227, 207]);
    expect([degraded(before, '2026-11', 'api'), degraded(after, '2026-11', 'api')]).toEqual([10, 12]);
    const patched = structuredClone(after);
    patched.find((m) => m.month === '2026-06')!.components['web-app']!.degraded = degraded(before, '2026-06', 'web-app');
    patched.find((m) => m.month === '2026-11')!.components['api']!.degraded = degraded(before, '2026-11', 'api');
    expect(patched).toEqual(before);
  });
});
