/**
 * The engineer's commands on a copy of the minimal fixture: `npm run new` by flags, and
 * `npm run check:content` (the check `npm run build` runs first) with its exit codes, at
 * the wall clock.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, copyFixture } from '../helpers/build.ts';

function run(script: string, args: string[], content: string) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, STATUSBOOK_CONTENT: content, STATUSBOOK_NOW: '' },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run new', () => {
  it('declares, updates and resolves an incident by flags, each step valid content', () => {
    const content = copyFixture('minimal');
    // Dated in June: while it is open at the wall clock it lasts months, which this site allows.
    appendFileSync(join(content, 'site.yaml'), 'longIncidentDays: 3650\n');
    const created = run('new.ts', ['incident', '--title', 'API errors: some customers', '--impact', 'partial', '--components', 'web-app,email', '--category', 'capacity', '--start', '2026-06-10T09:00:00+02:00'], content);
    expect(created.status, created.output).toBe(0);
    expect(created.output).toContain('Next: npm run new -- update 2026-06-10-api-errors-some-customers --status identified --body "…"');
    const path = join(content, 'incidents/2026/2026-06-10-api-errors-some-customers.mdx');
    expect(readFileSync(path, 'utf8')).toContain('status: investigating');
    // Publishable as written: nothing in it is left for the author to replace.
    expect(run('check.ts', ['--content-only'], content).status).toBe(0);

    const updated = run('new.ts', ['update', '2026-06-10-api-errors-some-customers', '--status', 'identified', '--body', 'A cache node failed.', '--at', '2026-06-10T09:10:00+02:00'], content);
    expect(updated.status, updated.output).toBe(0);
    expect(updated.output).toContain('Next: npm run new -- update 2026-06-10-api-errors-some-customers --status monitoring --body "…"');
    const resolved = run('new.ts', ['resolve', '2026-06-10-api-errors-some-customers', '--at', '2026-06-10T09:30:00+02:00'], content);
    expect(resolved.status, resolved.output).toBe(0);
    expect(resolved.output).toMatch(/Next: write what happened below the closing "---" of .*2026-06-10-api-errors-some-customers\.mdx, and add "postmortem: https:\/\/…"/);
    const text = readFileSync(path, 'utf8');
    expect(text).toMatch(/^start: 2026-06-10T09:00:00\+02:00\nend: 2026-06-10T09:30:00\+02:00$/m);
    expect([...text.matchAll(/status: (\w+)/g)].map((m) => m[1])).toEqual(['investigating', 'identified', 'resolved']);
    expect(run('check.ts', ['--content-only'], content).status).toBe(0);
  });

  it("publishes the issue's declare command as written", () => {
    const content = copyFixture('minimal');
    const declared = run('new.ts', ['incident', '--title', 'Emails delayed', '--impact', 'partial', '--components', 'email', '--category', 'queued-emails', '--body', 'Emails are leaving our servers late.'], content);
    expect(declared.status, declared.output).toBe(0);
    const [file] = files(content).filter((name) => name.endsWith('-emails-delayed.mdx'));
    expect(declared.output).toContain(`Next: npm run new -- update ${basename(file!, '.mdx')} --status identified --body "…"`);
    const check = run('check.ts', ['--content-only'], content);
    expect(check.status, check.output).toBe(0);
    expect(check.output).not.toContain('warning');
  });

  it('takes an update text starting with "-" as the text', () => {
    const content = copyFixture('minimal');
    run('new.ts', ['incident', '--title', 'Emails delayed', '--impact', 'partial', '--components', 'email'], content);
    const slug = basename(files(content).find((name) => name.endsWith('-emails-delayed.mdx'))!, '.mdx');
    const updated = run('new.ts', ['update', slug, '--status', 'identified', '--body', '- retries are paused'], content);
    expect(updated.status, updated.output).toBe(0);
    expect(readFileSync(join(content, 'incidents', slug.slice(0, 4), `${slug}.mdx`), 'utf8')).toContain('body: "- retries are paused"');
    expect(run('check.ts', ['--content-only'], content).status).toBe(0);
  });

  it('says what is wrong with the arguments in one line, without a stack trace', () => {
    const content = copyFixture('minimal');
    const result = run('new.ts', ['update', 'emails-queued', '--stats', 'monitoring'], content);
    expect(result.status).toBe(1);
    expect(result.output.trim().split('\n')).toEqual([
      expect.stringMatching(/^unknown option --stats \(did you mean --status\?\)\. Usage: npm run new -- /),
    ]);
  });

  it('announces a maintenance planned for next week at once', () => {
    const content = copyFixture('minimal');
    const start = new Date(Date.now() + 7 * 24 * 3_600_000).toISOString().replace(/:\d\d\.\d+Z$/, ':00Z');
    const written = run('new.ts', ['incident', '--title', 'Database upgrade', '--impact', 'maintenance', '--components', 'web-app', '--start', start], content);
    expect(written.status, written.output).toBe(0);
    expect(written.output).toMatch(/Next: npm run new -- update \S+-database-upgrade --status in-progress --body "…"/);
    const text = readFileSync(join(content, 'incidents', files(content).find((name) => name.endsWith('-database-upgrade.mdx'))!), 'utf8');
    const at = /- at: (\S+)\n\s+status: scheduled/.exec(text)![1]!;
    expect(Date.parse(at)).toBeLessThanOrEqual(Date.now());
    const check = run('check.ts', ['--content-only'], content);
    expect(check.status, check.output).toBe(0);
    expect(check.output).toMatch(/Hidden as of \S+: 0 updates, 0 incidents, 0 reviews\./);
  });

  it('refuses to write when the result would not publish, placeholders in published content included', () => {
    const content = copyFixture('minimal');
    const incident = join(content, 'incidents/emails-queued.md');
    // A body from an older scaffold, never filled in.
    appendFileSync(incident, '\nWhat happened, who was affected, and what we are doing about it. Fill this in as you learn more.\n');
    const before = tree(content);
    const result = run('new.ts', ['incident', '--title', 'Emails delayed', '--impact', 'partial', '--components', 'email'], content);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/emails-queued\.md:\d+ — \(body\) — still has the scaffold's placeholder/);
    expect(result.output).toContain('No file was written.');
    expect(tree(content)).toEqual(before);
  });

  it('refuses an unknown component with a did-you-mean, writing nothing', () => {
    const content = copyFixture('minimal');
    const result = run('new.ts', ['incident', '--title', 'x', '--impact', 'partial', '--components', 'emial'], content);
    expect(result.status).toBe(1);
    expect(result.output).toContain('"emial" is not a component; did you mean "email"?');
    expect(readdirSync(join(content, 'incidents'))).toEqual(['emails-queued.md']);
  });

  it('refuses a non-maintenance incident in the future, leaving the folder exactly as it was', () => {
    const content = copyFixture('minimal');
    const before = tree(content);
    const result = run('new.ts', ['incident', '--title', 'Later', '--impact', 'major', '--components', 'email', '--start', '2099-01-01T10:00:00Z'], content);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/start — 2099-01-01T11:00:00\+01:00 is after the build's as-of time/);
    expect(result.output).toContain('No file was written.');
    // No empty file, no new 2099 folder: the next check passes as before.
    expect(tree(content)).toEqual(before);
  });

  describe('a review skeleton for last month', () => {
    const month = new Date(Date.now() - 20 * 24 * 3_600_000).toISOString().slice(0, 7);
    const setUp = () => {
      const content = copyFixture('minimal');
      const result = run('new.ts', ['review', month], content);
      expect(result.status, result.output).toBe(0);
      return { content, path: join(content, `reviews/${month}.mdx`), result };
    };
    const placeholders = (kind: 'warning' | 'error') =>
      new RegExp(`${kind === 'warning' ? 'warning: ' : '  '}\\S*reviews/${month}\\.mdx:\\d+ — \\(body\\) — still has the scaffold's placeholder`, 'g');

    it('is a draft: its placeholders are warnings, and the check passes', () => {
      const { content, path, result } = setUp();
      expect(readFileSync(path, 'utf8')).toContain('\ndraft: true # remove this line to publish the review\n');
      expect(result.output).toContain('remove the line "draft: true"');
      const check = run('check.ts', ['--content-only'], content);
      expect(check.status, check.output).toBe(0);
      expect(check.output.match(placeholders('warning'))?.length).toBe(4);
      expect(check.output).toMatch(/reviews\/\d{4}-\d\d\.mdx:\d+ — summary — is still the scaffold's placeholder \(not published while it is a draft/);
    });

    it('scheduled for later (published moved ahead), blocks no publish either', () => {
      const { content, path } = setUp();
      const later = new Date(Date.now() + 7 * 24 * 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z');
      writeFileSync(path, readFileSync(path, 'utf8').replace(/\ndraft: true.*/, '').replace(/^published: .*$/m, `published: ${later}`));
      const check = run('check.ts', ['--content-only'], content);
      expect(check.status, check.output).toBe(0);
      expect(check.output.match(placeholders('warning'))?.length).toBe(4);
      expect(check.output).toContain('(not published yet: an error once it is)');
      expect(check.output).toMatch(/Hidden as of \S+: 0 updates, 0 incidents, 1 review\./);
    });

    it('without "draft: true", stops the publish with every placeholder', () => {
      const { content, path } = setUp();
      writeFileSync(path, readFileSync(path, 'utf8').replace(/\ndraft: true.*/, ''));
      const check = run('check.ts', ['--content-only'], content);
      expect(check.status).toBe(1);
      expect(check.output).toContain('Statusbook found 5 problems');
      expect(check.output.match(placeholders('error'))?.length).toBe(4);
    });
  });

  it('writes a review skeleton whose figures are components', () => {
    const content = copyFixture('minimal');
    const result = run('new.ts', ['review', '2026-05'], content);
    expect(result.status, result.output).toBe(0);
    const text = readFileSync(join(content, 'reviews/2026-05.mdx'), 'utf8');
    expect(text).toContain('<Uptime />, <Target verdict />');
    expect(run('new.ts', ['review', '2026-06'], content).output).toContain('2026-06 already has a review');
  });
});

describe('npm run check:content', () => {
  it('exits 0 on clean content and 1 with every error', () => {
    const content = copyFixture('minimal');
    expect(run('check.ts', ['--content-only'], content).status).toBe(0);
    const broken = copyFixture('minimal');
    const file = join(broken, 'incidents/emails-queued.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('impact: partial', 'impact: partal'));
    const review = join(broken, 'reviews/2026-06.mdx');
    writeFileSync(review, readFileSync(review, 'utf8').replace('<Uptime />', '<Uptme />'));
    const result = run('check.ts', ['--content-only'], broken);
    expect(result.status).toBe(1);
    expect(result.output).toContain('Statusbook found 2 problems');
    expect(result.output).toMatch(/emails-queued\.md:3 — impact — "partal" is not allowed \(did you mean "partial"\?\)/);
    expect(result.output).toMatch(/2026-06\.mdx:7 — \(MDX\) — <Uptme> is not a component this page provides — did you mean <Uptime \/>\?/);
  });
});

/** The incident files under `dir`'s incidents/, by path relative to it. */
function files(dir: string): string[] {
  return readdirSync(join(dir, 'incidents'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.mdx'));
}

/** Every file and folder under `dir` with its contents, to compare a folder before and after. */
function tree(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true }).map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return [relative(dir, path), entry.isDirectory() ? '(folder)' : readFileSync(path, 'utf8')];
    }),
  );
}
