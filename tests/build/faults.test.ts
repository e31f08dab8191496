/**
 * A build that is stopped, killed or raced never leaves the published folder missing or
 * half-written, and the next build cleans up after it.
 */
import { spawn } from 'node:child_process';
import { lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, copyFixture, runBuild, tempDir } from '../helpers/build.ts';

/** Starts a build in the background; resolves once Astro has started, with the process and its output so far. */
function startBuild(content: string, out: string) {
  const child = spawn(process.execPath, [join(ROOT, 'scripts/build.ts'), '--out', out], {
    cwd: ROOT,
    env: { ...process.env, STATUSBOOK_CONTENT: content, STATUSBOOK_NOW: '2026-11-30T12:00:00Z', NO_COLOR: '1' },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; output: string }>((done) =>
    child.on('exit', (code) => done({ code, output })),
  );
  const astroStarted = new Promise<void>((done) => {
    const poll = setInterval(() => {
      if (output.includes('Building as of')) {
        clearInterval(poll);
        // Let Astro get into its build before the signal.
        setTimeout(done, 700);
      }
    }, 50);
  });
  return { child, exited, astroStarted };
}

/** A published build of the minimal fixture, and a second build of it started over it. */
async function publishedThenStarted() {
  const out = join(tempDir(), 'dist');
  const content = copyFixture('minimal');
  expect(runBuild({ content, out }).status).toBe(0);
  const before = realpathSync(out);
  const build = startBuild(content, out);
  await build.astroStarted;
  return { out, content, before, build };
}

const published = (out: string) => readFileSync(join(out, 'index.html'), 'utf8');
const building = (out: string) =>
  [join(out, '..'), join(out, '..', '.statusbook-dist')].flatMap((dir) => {
    try {
      return readdirSync(dir).filter((name) => name.includes('building'));
    } catch {
      return [];
    }
  });

describe('the published folder', () => {
  it('is a link switched in one step; a real dist/ from before is moved aside once', () => {
    const out = join(tempDir(), 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'an older site');
    const content = copyFixture('minimal');
    expect(runBuild({ content, out }).status).toBe(0);
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(readlinkSync(out)).toMatch(/^\.statusbook-dist\/.+-\d+$/);
    expect(published(out)).toContain('Fixture Cloud');
    const first = realpathSync(out);
    expect(runBuild({ content, out }).status).toBe(0);
    expect(realpathSync(out)).not.toBe(first);
    // The published build and one before it are kept.
    expect(readdirSync(join(out, '..', '.statusbook-dist'))).toHaveLength(2);
  });

  it('follows a dist link that points elsewhere and publishes there', () => {
    const parent = tempDir();
    const served = join(parent, 'www', 'status');
    mkdirSync(served, { recursive: true });
    writeFileSync(join(served, 'index.html'), 'served before');
    const out = join(parent, 'dist');
    symlinkSync(served, out);
    expect(runBuild({ content: copyFixture('minimal'), out }).status).toBe(0);
    expect(readlinkSync(out)).toBe(served);
    expect(published(served)).toContain('Fixture Cloud');
  });
});

describe('a build that is stopped', () => {
  it('stops on SIGTERM while Astro runs, publishing nothing and leaving nothing behind', async () => {
    const { out, before, build } = await publishedThenStarted();
    build.child.kill('SIGTERM');
    const { code, output } = await build.exited;
    expect(code, output).toBe(143);
    expect(output).toContain('Stopped by SIGTERM; nothing was published');
    expect(realpathSync(out)).toBe(before);
    expect(building(out)).toEqual([]);
  });

  it('stops Astro when the build script is killed, and the next build cleans up', async () => {
    const { out, content, before, build } = await publishedThenStarted();
    build.child.kill('SIGKILL');
    await build.exited;
    expect(realpathSync(out)).toBe(before);
    const next = runBuild({ content, out });
    expect(next.status, next.output).toBe(0);
    expect(realpathSync(out)).not.toBe(before);
    expect(building(out)).toEqual([]);
  });

  it('refuses to start while another build runs in the checkout, naming it', async () => {
    const out = join(tempDir(), 'dist');
    const content = copyFixture('minimal');
    const first = startBuild(content, out);
    await first.astroStarted;
    const second = runBuild({ content, out: join(tempDir(), 'dist') });
    expect(second.status).toBe(1);
    expect(second.output).toMatch(new RegExp(`Another build is running \\(pid ${first.child.pid}\\)`));
    expect((await first.exited).code).toBe(0);
  });
});
