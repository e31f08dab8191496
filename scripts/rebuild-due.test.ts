/**
 * The scheduled workflow's first step (scripts/rebuild-due.mjs), run as the workflow runs it:
 * a plain Node process, against a file or a real HTTP server on 127.0.0.1.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SCRIPT = new URL('./rebuild-due.mjs', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'due-'));
const NOW = '2026-11-30T12:00:00Z';

function due(args: string[], env: Record<string, string> = {}) {
  const output = join(dir, `output-${Math.random()}`);
  writeFileSync(output, '');
  const line = execFileSync(process.execPath, [SCRIPT, '--now', NOW, ...args], {
    encoding: 'utf8',
    env: { ...process.env, GITHUB_OUTPUT: output, ...env },
  }).trim();
  return { line, output: readFileSync(output, 'utf8') };
}

const nextChange = (at: string, reason = 'the day ends (local midnight in Europe/Copenhagen)') => {
  const path = join(dir, `next-${Math.random()}.json`);
  writeFileSync(path, JSON.stringify({ at, reason, asOf: '2026-11-30T11:00:00.000Z' }));
  return path;
};

describe('rebuild-due', () => {
  it('is not due before the next change, and says when it is', () => {
    const { line, output } = due(['--event', 'schedule', '--file', nextChange('2026-11-30T23:00:00.000Z')]);
    expect(output).toBe('due=false\n');
    expect(line).toBe(
      'No rebuild due: the page next changes at 2026-11-30T23:00:00.000Z (the day ends (local midnight in Europe/Copenhagen)).',
    );
  });

  it('is due once the next change has passed, or is now', () => {
    expect(due(['--event', 'schedule', '--file', nextChange('2026-11-30T11:45:00.000Z', 'an update is due')]).output).toBe(
      'due=true\n',
    );
    expect(due(['--event', 'schedule', '--file', nextChange('2026-11-30T12:00:00.000Z')]).output).toBe('due=true\n');
  });

  it('is due when the file cannot be read or makes no sense: build to be safe', () => {
    expect(due(['--event', 'schedule', '--file', join(dir, 'missing.json')]).line).toMatch(/^Rebuild due: .*could not be read/);
    const garbage = join(dir, 'garbage.json');
    writeFileSync(garbage, '<html>');
    expect(due(['--event', 'schedule', '--file', garbage]).output).toBe('due=true\n');
    expect(due(['--event', 'schedule', '--file', nextChange('soon')]).output).toBe('due=true\n');
  });

  it('always builds on a push or a manual run', () => {
    expect(due(['--event', 'push', '--file', nextChange('2027-01-01T00:00:00.000Z')]).line).toBe(
      'Rebuild due: a push run always builds.',
    );
    expect(due(['--event', 'workflow_dispatch']).output).toBe('due=true\n');
  });

  it("reads the live site's file from site.yaml's url and the base path", async () => {
    const requests: string[] = [];
    const server = createServer((request, response) => {
      requests.push(request.url ?? '');
      response.end(JSON.stringify({ at: '2026-12-06T05:00:00.000Z', reason: 'a maintenance starts' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const content = mkdtempSync(join(tmpdir(), 'content-'));
    writeFileSync(join(content, 'site.yaml'), `name: Test\nurl: "http://127.0.0.1:${port}/ignored" # the live site\n`);
    // execFileSync would block the server in this process: run the script asynchronously.
    const { execFile } = await import('node:child_process');
    const line = await new Promise<string>((resolve, reject) =>
      execFile(
        process.execPath,
        [SCRIPT, '--now', NOW, '--event', 'schedule', '--content', content],
        { env: { ...process.env, STATUSBOOK_BASE: '/status', GITHUB_OUTPUT: '' } },
        (error, stdout) => (error ? reject(error) : resolve(stdout.trim())),
      ),
    );
    server.close();
    expect(requests).toEqual(['/status/api/next-change.json']);
    expect(line).toBe('No rebuild due: the page next changes at 2026-12-06T05:00:00.000Z (a maintenance starts).');
  });
});
