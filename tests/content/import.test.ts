/**
 * `npm run import` against a real HTTP server on 127.0.0.1 serving Statuspage-shaped answers
 * (paginated, per-update affected_components, a 429 then success, a 401, a non-JSON answer,
 * the public v2 API), and against a cState site in its documented format; then one real build
 * of the imported content, whose June figures are computed by hand below.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runBuild, tempDir } from '../helpers/build.ts';

const KEY = 'sp-secret-key-4711';
const NOW = '2026-07-01T12:00:00Z';

const component = (id: string, name: string, position: number) => ({ id, name, position, group_id: 'g1', status: 'operational' });
const change = (code: string, old_status: string, new_status: string) => ({ code, name: code, old_status, new_status });
const update = (status: string, at: string, body: string, affected: unknown[] | null = null) => ({
  status,
  body,
  created_at: at,
  display_at: at,
  affected_components: affected,
});

const incidents = [
  {
    id: 'inc-a',
    name: 'API down, web app slow',
    status: 'resolved',
    impact: 'critical',
    created_at: '2026-06-10T10:00:00+02:00',
    started_at: '2026-06-10T10:00:00+02:00',
    resolved_at: '2026-06-10T11:00:00+02:00',
    components: [{ id: 'c-api' }, { id: 'c-web' }],
    incident_updates: [
      update('resolved', '2026-06-10T11:00:00+02:00', 'All fixed.', [change('c-api', 'major_outage', 'operational')]),
      update('monitoring', '2026-06-10T10:40:00+02:00', 'The web app is fast again.', [change('c-web', 'degraded_performance', 'operational')]),
      update('identified', '2026-06-10T10:20:00+02:00', 'The web app is slow as well.', [change('c-web', 'operational', 'degraded_performance')]),
      update('investigating', '2026-06-10T10:00:00+02:00', 'The API is down.', [change('c-api', 'operational', 'major_outage')]),
    ],
  },
  {
    id: 'inc-b',
    name: 'Emails delayed',
    status: 'resolved',
    impact: 'major',
    created_at: '2026-06-15T09:00:00+02:00',
    resolved_at: '2026-06-15T09:30:00+02:00',
    components: [{ id: 'c-email' }, { id: 'c-web' }],
    incident_updates: [
      update('investigating', '2026-06-15T09:00:00+02:00', 'Emails are delayed.', [change('c-email', 'operational', 'partial_outage')]),
      update('resolved', '2026-06-15T09:30:00+02:00', '', [change('c-email', 'partial_outage', 'operational')]),
    ],
  },
  {
    id: 'inc-c',
    name: 'Email down briefly',
    status: 'resolved',
    impact: 'minor',
    created_at: '2026-06-20T12:00:00+02:00',
    resolved_at: '2026-06-20T12:10:00+02:00',
    components: [{ id: 'c-email' }],
    incident_updates: [
      update('investigating', '2026-06-20T12:00:00+02:00', 'Email is down.', [change('c-email', 'operational', 'major_outage'), change('c-old', 'operational', 'major_outage')]),
      update('monitoring', '2026-06-20T12:05:00+02:00', 'Email is slow but sending.', [change('c-email', 'major_outage', 'degraded_performance')]),
      update('resolved', '2026-06-20T12:10:00+02:00', 'Email is back.', [change('c-email', 'degraded_performance', 'operational')]),
    ],
  },
];
const maintenance = {
  id: 'm-1',
  name: 'Database upgrade',
  status: 'completed',
  impact: 'maintenance',
  created_at: '2026-06-20T10:00:00+02:00',
  scheduled_for: '2026-06-25T02:00:00+02:00',
  scheduled_until: '2026-06-25T03:00:00+02:00',
  resolved_at: '2026-06-25T03:00:00+02:00',
  components: [{ id: 'c-api' }],
  incident_updates: [
    update('scheduled', '2026-06-20T10:00:00+02:00', 'We will upgrade the database.'),
    update('in_progress', '2026-06-25T02:00:00+02:00', 'Started.', [change('c-api', 'operational', 'under_maintenance')]),
    update('completed', '2026-06-25T03:00:00+02:00', 'Done.', [change('c-api', 'under_maintenance', 'operational')]),
  ],
};

/** Requests seen, for asserting the 429 was retried. */
const requests: string[] = [];
let server: Server;
let origin = '';
let throttled = false;

function answer(path: string, query: URLSearchParams, auth: string | undefined): { status: number; body: string; headers?: Record<string, string> } {
  const json = (value: unknown) => ({ status: 200, body: JSON.stringify(value) });
  if (path.startsWith('/public/api/v2/')) {
    const name = path.slice('/public/api/v2/'.length);
    const page = { id: 'pub', name: 'Example' };
    if (name === 'components.json') return json({ page, components: [component('c-api', 'API', 1)] });
    if (name === 'incidents.json') return json({ page, incidents: [incidents[0]] });
    if (name === 'scheduled-maintenances.json') return json({ page, scheduled_maintenances: [] });
  }
  if (path.startsWith('/v1/pages/html/')) return { status: 200, body: '<!doctype html><title>Sign in</title>' };
  if (auth !== `OAuth ${KEY}`) return { status: 401, body: JSON.stringify({ error: 'Unauthorized' }) };
  const page = Number(query.get('page'));
  const perPage = Number(query.get('per_page'));
  const slice = <T>(items: T[]) => json(items.slice((page - 1) * perPage, page * perPage));
  switch (path) {
    case '/v1/pages/pg1/components':
      return slice([component('c-web', 'Web app', 1), component('c-api', 'API', 2), component('c-email', 'Email', 3)]);
    case '/v1/pages/pg1/component-groups':
      return slice([{ id: 'g1', name: 'Core', components: ['c-web', 'c-api', 'c-email'] }]);
    case '/v1/pages/pg1/incidents':
      if (page === 1 && !throttled) {
        throttled = true;
        return { status: 429, body: 'slow down', headers: { 'retry-after': '0' } };
      }
      return slice(incidents);
    case '/v1/pages/pg1/incidents/scheduled':
      return slice([maintenance]);
  }
  return { status: 404, body: '{}' };
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    requests.push(`${url.pathname}${url.search}`);
    const { status, body, headers } = answer(url.pathname, url.searchParams, request.headers.authorization);
    response.writeHead(status, { 'content-type': body.startsWith('<') ? 'text/html' : 'application/json', ...headers });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** An empty site: site.yaml only, as a team starting from their old page has. */
function emptySite(): string {
  const dir = join(tempDir(), 'content');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'site.yaml'), 'name: Example\nurl: https://status.example.com\ntimezone: Europe/Copenhagen\n');
  return dir;
}

/** Runs the importer asynchronously (the test server answers in this process). */
function runImport(args: string[], content: string, env: Record<string, string> = {}): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawnAsync(args, content, env);
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => resolve({ status, output }));
  });
}
function spawnAsync(args: string[], content: string, env: Record<string, string>) {
  return spawn(process.execPath, [join(ROOT, 'scripts/import.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, STATUSBOOK_CONTENT: content, STATUSBOOK_NOW: NOW, STATUSPAGE_API_KEY: KEY, ...env },
  });
}

/** Every file under `dir` with its text, to show a folder was left exactly as it was. */
function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return files;
}

const manage = ['statuspage', '--page', 'pg1', '--api-key-env', 'STATUSPAGE_API_KEY', '--per-page', '2'];

describe('npm run import -- statuspage (manage API)', () => {
  const content = emptySite();

  it('lists in a dry run what it would write and every lossy mapping, writing nothing, never printing the key', async () => {
    const before = tree(content);
    const result = await runImport([...manage, '--api-url', `${origin}/v1`, '--dry-run'], content);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('Would add 3 components');
    expect(result.output).toContain('web-app, api, email');
    expect(result.output).toMatch(/Would write 4 incidents:/);
    expect(result.output).toContain('incidents/2026/2026-06-10-api-down-web-app-slow.md');
    expect(result.output).toContain('component c-old "c-old" no longer exists: left out');
    expect(result.output).toContain('update 2 (resolved) has no text: left out of the timeline');
    expect(result.output).toContain('email was major, then degraded: imported as major for its whole window');
    expect(result.output).toContain('HTTP 429');
    expect(result.output).not.toContain(KEY);
    expect(tree(content)).toEqual(before);
    // Pages were asked for until a short one; the 429 was asked again.
    expect(requests.filter((r) => r.startsWith('/v1/pages/pg1/incidents?'))).toEqual([
      '/v1/pages/pg1/incidents?page=1&per_page=2',
      '/v1/pages/pg1/incidents?page=1&per_page=2',
      '/v1/pages/pg1/incidents?page=2&per_page=2',
    ]);
  });

  it('writes components and one file per incident, and nothing new the second time', async () => {
    const first = await runImport([...manage, '--api-url', `${origin}/v1`], content);
    expect(first.status, first.output).toBe(0);
    expect(first.output).not.toContain(KEY);
    expect(readFileSync(join(content, 'components.yaml'), 'utf8')).toContain('- id: email\n  name: Email\n  group: Core\n');
    const incident = readFileSync(join(content, 'incidents/2026/2026-06-15-emails-delayed.md'), 'utf8');
    expect(incident).toContain('components:\n  - email\n  - id: web-app\n    impact: none\n');
    const written = tree(content);
    const second = await runImport([...manage, '--api-url', `${origin}/v1`], content);
    expect(second.status, second.output).toBe(0);
    expect(second.output).toContain('0 written, 4 already there');
    expect(tree(content)).toEqual(written);
  });

  it('builds the imported history with June’s figures as computed by hand', () => {
    const out = join(tempDir(), 'dist');
    const build = runBuild({ content, out, now: NOW });
    expect(build.status, build.output).toBe(0);
    const uptime = JSON.parse(readFileSync(join(out, 'api/uptime.json'), 'utf8'));
    const june = uptime.months.find((m: { month: string }) => m.month === '2026-06');
    // June: 43,200 minutes. api: 60 major (10:00–11:00 on the 10th), 60 maintenance;
    // web-app: 20 degraded (10:20–10:40), not affected by "Emails delayed" (impact none);
    // email: 30 partial (15th), 10 major (20th, its worst state for the whole window).
    expect(june.components).toMatchObject({
      'web-app': { minutes: 43200, uptime: 100, major: 0, partial: 0, degraded: 20, maintenance: 0 },
      api: { minutes: 43200, uptime: 99.86111111111111, major: 60, partial: 0, degraded: 0, maintenance: 60 },
      email: { minutes: 43200, uptime: 99.95601851851852, major: 10, partial: 30, degraded: 0, maintenance: 0 },
    });
    expect(june.downtimeMinutes).toBe(70);
    expect(june.incidents).toBe(3);
    expect(june.maintenances).toBe(1);
    expect(june.uptime).toBeCloseTo(99.93904320987654, 10);
  });
});

describe('npm run import -- statuspage, bad answers', () => {
  it('stops on a 401, naming the address and the key’s variable, leaving content as it was', async () => {
    const content = emptySite();
    const before = tree(content);
    const result = await runImport([...manage, '--api-url', `${origin}/v1`], content, { STATUSPAGE_API_KEY: 'wrong-key-0815' });
    expect(result.status).toBe(1);
    expect(result.output).toContain(`${origin}/v1/pages/pg1/components?page=1&per_page=2 — (answer) — HTTP 401 Unauthorized: the request was refused — check that STATUSPAGE_API_KEY holds an API key`);
    expect(result.output).toContain('Nothing was imported');
    expect(result.output).not.toContain('wrong-key-0815');
    expect(tree(content)).toEqual(before);
  });

  it('stops on an answer that is not JSON', async () => {
    const content = emptySite();
    const result = await runImport(['statuspage', '--page', 'html', '--api-key-env', 'STATUSPAGE_API_KEY', '--api-url', `${origin}/v1`], content);
    expect(result.status).toBe(1);
    expect(result.output).toContain('/v1/pages/html/components?page=1&per_page=100 — (answer) — answered with something that is not JSON (it begins "<!doctype html><title>Sign in</title>")');
  });

  it('says in public mode that only the 50 most recent incidents are listed', async () => {
    const result = await runImport(['statuspage', '--public', `${origin}/public`, '--dry-run'], emptySite());
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('The public API lists only the 50 most recent incidents');
    expect(result.output).toContain('Would write 1 incidents');
  });
});

describe('npm run import -- cstate', () => {
  function cstateSite(issues: Record<string, string>): string {
    const site = tempDir('cstate-');
    mkdirSync(join(site, 'content/issues'), { recursive: true });
    writeFileSync(
      join(site, 'config.yml'),
      'title: Example\ntimeZone: Europe/Copenhagen\nparams:\n  categories:\n    - name: Backend\n  systems:\n    - name: API\n      category: Backend\n    - name: Website\n      category: Backend\n',
    );
    for (const [name, text] of Object.entries(issues)) writeFileSync(join(site, 'content/issues', name), text);
    return site;
  }

  it('imports every severity as content that passes the check', async () => {
    const site = cstateSite({
      '2026-06-04-api-down.md': '---\ntitle: API down\ndate: 2026-06-04 09:00:00\nresolved: true\nresolvedWhen: 2026-06-04 09:30:00\nseverity: down\naffected:\n  - API\nsection: issue\n---\n\n*Resolved* - The API is back.\n',
      '2026-06-05-slow.md': '---\ntitle: Website slow\ndate: 2026-06-05 10:00:00\nresolved: true\nresolvedWhen: 2026-06-05 11:00:00\nseverity: disrupted\naffected: [Website]\nsection: issue\n---\n\nSlow pages.\n',
      '2026-06-06-notice.md': '---\ntitle: Planned work\ndate: 2026-06-06 02:00:00\nresolved: true\nresolvedWhen: 2026-06-06 03:00:00\nseverity: notice\naffected: [API]\nsection: issue\n---\n\nWe upgrade the database.\n',
      'info.md': '---\ntitle: New status page\ndate: 2026-06-07 12:00:00\ninformational: true\nsection: issue\n---\n\nWelcome.\n',
    });
    const content = emptySite();
    const result = await runImport(['cstate', site], content);
    expect(result.status, result.output).toBe(0);
    expect(readdirSync(join(content, 'incidents/2026')).sort()).toEqual([
      '2026-06-04-api-down.md',
      '2026-06-05-website-slow.md',
      '2026-06-06-planned-work.md',
      '2026-06-07-new-status-page.md',
    ]);
    expect(readFileSync(join(content, 'incidents/2026/2026-06-05-website-slow.md'), 'utf8')).toBe(
      '---\ntitle: Website slow\nimpact: partial\nstart: 2026-06-05T10:00:00+02:00\nend: 2026-06-05T11:00:00+02:00\ncomponents:\n  - website\n---\n\nSlow pages.\n',
    );
    const check = spawnSync(process.execPath, [join(ROOT, 'scripts/check.ts'), '--content-only'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, STATUSBOOK_CONTENT: content, STATUSBOOK_NOW: NOW },
    });
    expect(check.status, `${check.stdout}${check.stderr}`).toBe(0);
  });

  it('stops on broken frontmatter, naming the file and the line, leaving content as it was', async () => {
    const site = cstateSite({ 'broken.md': '---\ntitle: Broken\ndate: 2026-06-04 09:00:00\naffected: [API\n---\n\nText.\n' });
    const content = emptySite();
    const before = tree(content);
    const result = await runImport(['cstate', site], content);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/content\/issues\/broken\.md:\d+ — \(YAML\) — is not valid YAML/);
    expect(tree(content)).toEqual(before);
  });
});
