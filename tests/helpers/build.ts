/**
 * Runs the real `npm run build` entry point (scripts/build.ts) on a content folder,
 * the way CI and engineers do.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = new URL('../..', import.meta.url).pathname;

export interface BuildResult {
  status: number | null;
  output: string;
}

export function runBuild(options: { content: string; out: string; now?: string; base?: string; args?: string[] }): BuildResult {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/build.ts'), '--out', options.out, ...(options.args ?? [])], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      STATUSBOOK_CONTENT: options.content,
      STATUSBOOK_NOW: options.now ?? '2026-11-30T12:00:00Z',
      STATUSBOOK_BASE: options.base ?? '',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** A fresh temporary folder. */
export function tempDir(prefix = 'statusbook-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A writable copy of a fixture under tests/fixtures. */
export function copyFixture(name: string): string {
  const dir = join(tempDir(), 'content');
  cpSync(join(ROOT, 'tests/fixtures', name), dir, { recursive: true });
  return dir;
}
