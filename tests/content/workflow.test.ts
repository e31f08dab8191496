/**
 * The engineer's commands on a copy of the minimal fixture: `npm run new` by flags, and
 * `npm run check:content` with its exit codes.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
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
    const created = run('new.ts', ['incident', '--title', 'API errors: some customers', '--impact', 'partial', '--components', 'web-app,email', '--category', 'capacity', '--start', '2026-06-10T09:00:00+02:00'], content);
    expect(created.status, created.output).toBe(0);
    const path = join(content, 'incidents/2026/2026-06-10-api-errors-some-customers.mdx');
    expect(readFileSync(path, 'utf8')).toContain('status: investigating');

    const updated = run('new.ts', ['update', '2026-06-10-api-errors-some-customers', '--status', 'identified', '--body', 'A cache node failed.', '--at', '2026-06-10T09:10:00+02:00'], content);
    expect(updated.status, updated.output).toBe(0);
    const resolved = run('new.ts', ['resolve', '2026-06-10-api-errors-some-customers', '--at', '2026-06-10T09:30:00+02:00'], content);
    expect(resolved.status, resolved.output).toBe(0);
    const text = readFileSync(path, 'utf8');
    expect(text).toMatch(/^start: 2026-06-10T09:00:00\+02:00\nend: 2026-06-10T09:30:00\+02:00$/m);
    expect([...text.matchAll(/status: (\w+)/g)].map((m) => m[1])).toEqual(['investigating', 'identified', 'resolved']);
    // The body still holds the scaffold's placeholder: it may not be published until replaced.
    const unfinished = run('check.ts', ['--content-only'], content);
    expect(unfinished.status).toBe(1);
    expect(unfinished.output).toMatch(/2026-06-10-api-errors-some-customers\.mdx:\d+ — \(body\) — still has the scaffold's placeholder/);
    writeFileSync(path, text.replace(/What happened, who was affected.*\n/, 'A cache node failed; we replaced it.\n'));
    expect(run('check.ts', ['--content-only'], content).status).toBe(0);
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

/** Every file and folder under `dir` with its contents, to compare a folder before and after. */
function tree(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true }).map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return [relative(dir, path), entry.isDirectory() ? '(folder)' : readFileSync(path, 'utf8')];
    }),
  );
}
