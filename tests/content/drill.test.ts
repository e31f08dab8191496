/**
 * The on-call drill: what an engineer does during an incident, step by step through the real
 * commands (`npm run new`, the steps of declare.yml, `npm run build`, `npm run notify`) on a
 * copy of the sample content, building at the wall clock as the publish job does. After each
 * step it asserts what customers then see: the home page, the Statuspage API, the calendar.
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runBuild, tempDir } from '../helpers/build.ts';

const DAY = 86_400_000;

/** Runs one of the project's scripts on `content` at the wall clock. */
function run(script: string, args: readonly string[], content: string, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, STATUSBOOK_CONTENT: content, STATUSBOOK_NOW: '', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Runs a script without blocking this process, so that HTTP receivers in it can answer. */
function runAsync(script: string, args: readonly string[], content: string, env: NodeJS.ProcessEnv = {}) {
  return new Promise<{ status: number | null; output: string }>((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, 'scripts', script), ...args],
      { cwd: ROOT, env: { ...process.env, STATUSBOOK_CONTENT: content, STATUSBOOK_NOW: '', NO_COLOR: '1', ...env } },
      (error, stdout, stderr) => resolve({ status: error ? ((error as { code?: number }).code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
}

/** A webhook receiver on 127.0.0.1 that records each event's id, failing with 500 while `failing` is set. */
async function receiver(): Promise<{ server: Server; url: string; events: string[]; failing: boolean }> {
  const state = { events: [] as string[], failing: false };
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      if (state.failing) {
        response.writeHead(500).end('down');
        return;
      }
      state.events.push(body);
      response.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return Object.assign(state, { server, url });
}

/** The words of an HTML page, without markup, scripts and styles. */
function words(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
}

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

/** A timestamp `offsetMs` from now with the site's offset, as an engineer would type it (Europe/Copenhagen). */
function copenhagen(offsetMs: number): string {
  const instant = new Date(Date.now() + offsetMs);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Copenhagen',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  const offset = parts['timeZoneName'] === 'GMT' ? '+00:00' : parts['timeZoneName']!.slice(3);
  return `${parts['year']}-${parts['month']}-${parts['day']}T${parts['hour']}:${parts['minute']}:00${offset}`;
}

describe('the on-call drill', () => {
  let content: string;
  let dist: string;
  const build = () => runBuild({ content, out: dist, now: '' });
  const home = () => words(join(dist, 'index.html'));
  const unresolved = () =>
    (json(join(dist, 'api/v2/incidents/unresolved.json'))['incidents'] as Array<{ id: string; status: string }>).map(
      (incident) => `${incident.id} ${incident.status}`,
    );

  beforeAll(() => {
    const root = tempDir('statusbook-drill-');
    content = join(root, 'content');
    dist = join(root, 'dist');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    // Subscribers: two signed webhooks, their URLs and key in environment variables (GitHub secrets).
    appendFileSync(
      join(content, 'site.yaml'),
      'notifications:\n  channels:\n    - { type: webhook, name: ops, url: DRILL_OPS_URL, secret: DRILL_SIGNING_KEY }\n    - { type: webhook, name: partner, url: DRILL_PARTNER_URL, secret: DRILL_SIGNING_KEY }\n',
    );
    // What was live before the incident, as the publish job keeps it for npm run notify.
    const built = build();
    if (built.status !== 0) throw new Error(built.output);
    previous = join(root, 'previous');
    cpSync(dist, previous, { recursive: true, dereference: true });
    ledger = join(root, 'delivered.json');
  });

  let previous: string;
  let ledger: string;

  let slug: string;
  let lastMonth: string;

  it('keeps a draft review with placeholders in the repository without blocking anything', () => {
    const previous = new Date(Date.now() - 28 * DAY).toISOString().slice(0, 7);
    lastMonth = readdirSync(join(content, 'reviews')).some((name) => name.startsWith(previous))
      ? new Date(Date.now() - 60 * DAY).toISOString().slice(0, 7)
      : previous;
    const written = run('new.ts', ['review', lastMonth], content);
    expect(written.status, written.output).toBe(0);
    expect(readFileSync(join(content, `reviews/${lastMonth}.mdx`), 'utf8')).toMatch(/^draft: true\b/m);
    const check = run('check.ts', ['--content-only'], content);
    expect(check.status, check.output).toBe(0);
  });

  it('declares an incident with flags, and the next build publishes it', () => {
    const declared = run(
      'new.ts',
      ['incident', '--title', 'Emails delayed', '--impact', 'partial', '--components', 'email', '--category', 'queued-emails', '--body', 'Emails are leaving our servers late.'],
      content,
    );
    expect(declared.status, declared.output).toBe(0);
    slug = /Wrote .*\/([^/]+)\.mdx/.exec(declared.output)![1]!;
    // The command tells the engineer what to type next.
    expect(declared.output).toContain(`npm run new -- update ${slug}`);

    const built = build();
    expect(built.status, built.output).toBe(0);
    expect(home()).toContain('Emails delayed');
    expect(home()).toContain('Emails are leaving our servers late.');
    expect(unresolved()).toEqual([`${slug} investigating`]);
  });

  it('tells subscribers, and a re-run after one receiver failed sends only what was missing', async () => {
    const ops = await receiver();
    const partner = await receiver();
    try {
      partner.failing = true;
      const env = { DRILL_OPS_URL: ops.url, DRILL_PARTNER_URL: partner.url, DRILL_SIGNING_KEY: 'drill-key' };
      const args = ['--previous', previous, '--current', dist, '--ledger', ledger, '--backoff-ms', '10', '--timeout-ms', '5000'];
      const first = await runAsync('notify.ts', args, content, env);
      expect(first.status, first.output).toBe(1);
      expect(first.output).toMatch(/partner/);
      const delivered = ops.events.length;
      expect(delivered).toBeGreaterThan(0);
      expect(ops.events.join('\n')).toContain('Emails delayed');
      expect(partner.events).toEqual([]);

      partner.failing = false;
      const again = await runAsync('notify.ts', args, content, env);
      expect(again.status, again.output).toBe(0);
      // Nothing twice: the ops receiver had everything; the partner now gets what it missed, once.
      expect(ops.events.length).toBe(delivered);
      expect(partner.events.length).toBe(delivered);
      const third = await runAsync('notify.ts', args, content, env);
      expect(third.status, third.output).toBe(0);
      expect([ops.events.length, partner.events.length]).toEqual([delivered, delivered]);
    } finally {
      ops.server.close();
      partner.server.close();
    }
  });

  it('posts two updates, each live after the next build', () => {
    for (const [status, body] of [
      ['identified', 'A queue worker stopped; we are restarting it.'],
      ['monitoring', '- retries are paused while the queue drains'],
    ] as const) {
      const updated = run('new.ts', ['update', slug, '--status', status, '--body', body], content);
      expect(updated.status, updated.output).toBe(0);
      const built = build();
      expect(built.status, built.output).toBe(0);
      expect(home()).toContain(body);
      expect(unresolved()).toEqual([`${slug} ${status}`]);
    }
  });

  it('resolves it: the banner is green again and nothing is unresolved', () => {
    const resolved = run('new.ts', ['resolve', slug, '--body', 'All delayed emails have been delivered.'], content);
    expect(resolved.status, resolved.output).toBe(0);
    const built = build();
    expect(built.status, built.output).toBe(0);
    expect(unresolved()).toEqual([]);
    expect(json(join(dist, 'api/v2/status.json'))['status']).toMatchObject({ indicator: 'none' });
    const page = words(join(dist, 'incidents', slug, 'index.html'));
    expect(page).toContain('All delayed emails have been delivered.');
  });

  it('refuses an update after the resolution, with the check message, and leaves the file as it was', () => {
    const file = readdirSync(join(content, 'incidents'), { recursive: true }).find((name) => String(name).endsWith(`${slug}.mdx`))!;
    const before = readFileSync(join(content, 'incidents', String(file)), 'utf8');
    const refused = run('new.ts', ['update', slug, '--status', 'monitoring', '--body', 'Still watching.'], content);
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(new RegExp(`${slug}\\.mdx:\\d+ — updates\\[\\d+\\]`));
    expect(refused.output).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(content, 'incidents', String(file)), 'utf8')).toBe(before);
  });

  it('announces a maintenance for next week at once: home, upcoming.json and maintenance.ics', () => {
    const start = copenhagen(7 * DAY);
    const written = run(
      'new.ts',
      ['incident', '--title', 'Planned queue upgrade', '--impact', 'maintenance', '--components', 'email', '--start', start, '--body', 'We upgrade the email queue; sending may pause for a few minutes.'],
      content,
    );
    expect(written.status, written.output).toBe(0);
    const built = build();
    expect(built.status, built.output).toBe(0);
    expect(home()).toContain('Planned queue upgrade');
    const upcoming = json(join(dist, 'api/v2/scheduled-maintenances/upcoming.json'))['scheduled_maintenances'] as Array<{ name: string }>;
    expect(upcoming.map((m) => m.name)).toContain('Planned queue upgrade');
    expect(readFileSync(join(dist, 'maintenance.ics'), 'utf8')).toContain('SUMMARY:Maintenance: Planned queue upgrade');
  });

  it('refuses a one-digit year slip, naming both dates, and leaves the published site as it was', () => {
    const today = copenhagen(0);
    const lastYear = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
    const name = `${today.slice(0, 10)}-exports-failing.mdx`;
    const folder = join(content, 'incidents', today.slice(0, 4));
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      join(folder, name),
      `---\ntitle: Exports failing\nimpact: major\nstart: ${lastYear}\ncomponents: [web-app]\n---\n\nExports fail for every customer.\n`,
    );
    const published = readFileSync(join(dist, 'api/uptime.json'), 'utf8');
    const built = build();
    expect(built.status).toBe(1);
    expect(built.output).toContain(`${name}:`);
    expect(built.output).toContain(lastYear.slice(0, 10));
    expect(built.output).toContain(today.slice(0, 10));
    expect(built.output).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(dist, 'api/uptime.json'), 'utf8')).toBe(published);
  });
});

describe('declaring from a phone: the steps of declare.yml', () => {
  interface Step {
    name?: string;
    run?: string;
    env?: Record<string, string>;
  }
  const workflow = parse(readFileSync(join(ROOT, '.github/workflows/declare.yml'), 'utf8')) as {
    jobs: { declare: { steps: Step[] } };
  };

  it('writes, commits and pushes a file that the publish job then builds', () => {
    const root = tempDir('statusbook-declare-');
    const repo = join(root, 'repo');
    const remote = join(root, 'remote.git');
    const git = (args: string[], cwd = repo) => execFileSync('git', args, { cwd, encoding: 'utf8' });
    mkdirSync(repo);
    cpSync(join(ROOT, 'content'), join(repo, 'content'), { recursive: true });
    // The repository's `npm run new`, as the workflow calls it, running this checkout's script.
    writeFileSync(
      join(repo, 'package.json'),
      JSON.stringify({ private: true, scripts: { new: `"${process.execPath}" "${join(ROOT, 'scripts/new.ts')}"` } }),
    );
    git(['init', '-q', '--bare', remote], root);
    git(['init', '-q', '-b', 'main']);
    git(['-c', 'user.name=Setup', '-c', 'user.email=setup@example.com', 'commit', '-q', '--allow-empty', '-m', 'start']);
    git(['add', '.']);
    git(['-c', 'user.name=Setup', '-c', 'user.email=setup@example.com', 'commit', '-q', '-m', 'content']);
    git(['remote', 'add', 'origin', remote]);
    git(['push', '-q', '-u', 'origin', 'main']);

    const inputs: Record<string, string> = {
      title: 'Bank feeds delayed',
      impact: 'degraded',
      components: 'imports',
      body: 'Bank transactions arrive up to an hour late.',
    };
    const steps = workflow.jobs.declare.steps.filter((step) => step.run !== undefined && !/npm ci/.test(step.run));
    expect(steps.map((step) => step.name)).toEqual(['Write the incident file', 'Commit and push']);
    for (const step of steps) {
      const env = Object.fromEntries(
        Object.entries(step.env ?? {}).map(([key, value]) => [key, value.replace(/\$\{\{\s*inputs\.(\w+)\s*\}\}/g, (_, name: string) => inputs[name] ?? '')]),
      );
      const result = spawnSync('bash', ['-e', '-c', step.run!], {
        cwd: repo,
        encoding: 'utf8',
        env: { ...process.env, STATUSBOOK_CONTENT: '', STATUSBOOK_NOW: '', GITHUB_ACTOR: 'oncall', GITHUB_ACTOR_ID: '1', ...env },
      });
      expect(result.status, `${step.name}: ${result.stdout}${result.stderr}`).toBe(0);
    }
    expect(git(['log', '-1', '--format=%s', 'main'], remote)).toBe('Declare incident: Bank feeds delayed\n');
    const dist = join(root, 'dist');
    const built = runBuild({ content: join(repo, 'content'), out: dist, now: '' });
    expect(built.status, built.output).toBe(0);
    expect(words(join(dist, 'index.html'))).toContain('Bank transactions arrive up to an hour late.');
  });
});
