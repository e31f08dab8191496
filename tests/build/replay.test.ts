/**
 * `npm run replay -- INSTANT` on a repository with history: the content as it was committed
 * at the instant, built as of the instant, into a folder of its own; `dist/` is not touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/build.ts';

const INCIDENT = 'content/incidents/2026-06-10-login-errors.md';

const declared = `---
title: Login errors
impact: partial
start: 2026-06-10T09:00:00+02:00
components:
  - web-app
category: sign-in
updates:
  - at: 2026-06-10T09:05:00+02:00
    status: investigating
    body: We are looking into failed logins.
---

Some customers cannot log in.
`;

const resolved = `---
title: Login errors
impact: partial
start: 2026-06-10T09:00:00+02:00
end: 2026-06-10T09:40:00+02:00
components:
  - web-app
category: sign-in
updates:
  - at: 2026-06-10T09:05:00+02:00
    status: investigating
    body: We are looking into failed logins.
  - at: 2026-06-10T09:40:00+02:00
    status: resolved
    body: Logins work again.
---

A certificate had expired; we renewed it.
`;

/** Commits everything in `repo` with the given committer and author date; returns the commit's hash. */
function commit(repo: string, date: string, subject: string): string {
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  const git = (...args: string[]) => {
    const result = spawnSync(
      'git',
      ['-C', repo, '-c', 'user.name=On Call', '-c', 'user.email=oncall@example.com', '-c', 'commit.gpgsign=false', ...args],
      { encoding: 'utf8', env },
    );
    expect(result.status, result.stderr).toBe(0);
    return result.stdout.trim();
  };
  git('add', '--all');
  git('commit', '--quiet', '-m', subject);
  return git('rev-parse', 'HEAD');
}

function replay(args: string[], content: string) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/replay.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, STATUSBOOK_CONTENT: content, STATUSBOOK_NOW: '', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** dist/ of the project as it is: what kind of entry, and when it last changed. */
function distState() {
  const stat = lstatSync(join(ROOT, 'dist'), { throwIfNoEntry: false });
  return stat && { link: stat.isSymbolicLink(), ino: stat.ino, mtimeMs: stat.mtimeMs };
}

describe('npm run replay', () => {
  let repo: string;
  const hashes: string[] = [];
  beforeAll(() => {
    repo = tempDir('statusbook-replay-');
    expect(spawnSync('git', ['init', '--quiet', '-b', 'main', repo]).status).toBe(0);
    cpSync(join(ROOT, 'tests/fixtures/minimal'), join(repo, 'content'), { recursive: true });
    hashes.push(commit(repo, '2026-06-01T08:00:00Z', 'The status page'));
    writeFileSync(join(repo, INCIDENT), declared);
    hashes.push(commit(repo, '2026-06-10T07:06:00Z', 'Declare: login errors'));
    writeFileSync(join(repo, INCIDENT), resolved);
    hashes.push(commit(repo, '2026-06-10T07:45:00Z', 'Resolve: login errors'));
    writeFileSync(join(repo, INCIDENT), resolved.replace('impact: partial', 'impact: partal'));
    hashes.push(commit(repo, '2026-06-11T08:00:00Z', 'A typo'));
  });

  it('builds the content committed at the instant, as of the instant, into its own folder, and names the commit', () => {
    const dist = distState();
    const out = join(tempDir(), 'at-0930');
    // 09:30 local: after the declaration (09:06) and before the resolution was committed (09:45).
    const result = replay(['2026-06-10T09:30:00+02:00', '--out', out], join(repo, 'content'));
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain(`commit ${hashes[1]!.slice(0, 7)} (2026-06-10T07:06:00+00:00) "Declare: login errors"`);
    expect(result.output).toContain(`is in ${out}/.`);
    const page = readFileSync(join(out, 'incidents/2026-06-10-login-errors/index.html'), 'utf8');
    expect(page).toContain('Some customers cannot log in.');
    expect(page).toContain('We are looking into failed logins.');
    expect(page).not.toContain('A certificate had expired');
    expect(page).not.toContain('Logins work again.');
    expect(distState()).toEqual(dist);
  });

  it("shows the problems today's check finds in the commit's content, its files named as in the commit, and builds nothing", () => {
    const out = join(tempDir(), 'typo');
    const result = replay(['2026-06-11T10:00:00+02:00', '--out', out], join(repo, 'content'));
    expect(result.status).toBe(1);
    expect(result.output).toContain(`commit ${hashes[3]!.slice(0, 7)}`);
    expect(result.output).toMatch(new RegExp(`${hashes[3]!.slice(0, 7)}:${INCIDENT}:3 — impact — `));
    expect(result.output).toContain(
      `The replay of 2026-06-11T10:00:00+02:00 was not built: the content of commit ${hashes[3]!.slice(0, 7)} fails`,
    );
    expect(result.output).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [
      'an instant without an offset',
      ['2026-06-10T09:30:00'],
      '(command line) — instant — "2026-06-10T09:30:00" has no time-zone offset',
    ],
    [
      'an instant before the first commit',
      ['2026-05-01T00:00:00Z'],
      'no commit of this branch is dated at or before 2026-05-01T00:00:00Z',
    ],
    ['--out naming dist', ['2026-06-10T09:30:00+02:00', '--out', 'dist'], 'a replay never touches dist/'],
  ])('refuses %s with one message', (_, args, message) => {
    const result = replay(args, join(repo, 'content'));
    expect(result.status).toBe(1);
    expect(result.output.trim().split('\n')).toHaveLength(1);
    expect(result.output).toContain(message);
  });

  it('refuses content that is not in a git repository', () => {
    const content = join(tempDir(), 'content');
    cpSync(join(ROOT, 'tests/fixtures/minimal'), content, { recursive: true });
    const result = replay(['2026-06-10T09:30:00+02:00'], content);
    expect(result.status).toBe(1);
    expect(result.output).toContain(`${content} — (history) — is not in a git repository`);
    expect(result.output).not.toMatch(/\n\s+at /);
  });
});
