/**
 * `npm run dev` shows content errors as the check prints them, in the terminal and in the
 * browser's error overlay (not "undefined" or a TypeError).
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, ensureChromium } from '../../scripts/browser.ts';
import { ROOT, copyFixture } from '../helpers/build.ts';
import { freePort } from '../helpers/ports.ts';

const withoutVitest = (env: NodeJS.ProcessEnv) =>
  Object.fromEntries(Object.entries(env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')));

describe('npm run dev with a content error', () => {
  const stops: Array<() => void> = [];
  afterAll(() => stops.forEach((stop) => stop()));

  it('shows the message with file, line, field and fix in the terminal and the overlay', async () => {
    const content = copyFixture('minimal');
    const incident = join(content, 'incidents/emails-queued.md');
    writeFileSync(incident, readFileSync(incident, 'utf8').replace('  - email\n', '  - emial\n'));
    const port = await freePort();
    const dev = spawn(
      process.execPath,
      [join(ROOT, 'scripts/dev.ts'), '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'],
      {
        cwd: ROOT,
        // As an engineer's shell would: without vitest's NODE_ENV=test, which keeps Astro's dev routes away.
        env: {
          ...withoutVitest(process.env),
          STATUSBOOK_CONTENT: content,
          STATUSBOOK_NOW: '2026-11-30T12:00:00Z',
          NO_COLOR: '1',
          FORCE_COLOR: '0',
        },
      },
    );
    stops.push(() => dev.kill('SIGTERM'));
    let terminal = '';
    dev.stdout.on('data', (chunk: Buffer) => (terminal += chunk.toString()));
    dev.stderr.on('data', (chunk: Buffer) => (terminal += chunk.toString()));
    await expect.poll(() => terminal, { timeout: 60_000 }).toContain(`:${port}`);

    const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
    stops.push(() => void browser.close());
    const page = await browser.newPage();
    const message =
      /emails-queued\.md:7 — components\[0\] — "emial" is not a component in .*components\.yaml — did you mean "email"\?/;
    // The overlay renders into its shadow root; its text, without its style sheet.
    const overlay = () =>
      page.evaluate(() => {
        const root = document.querySelector('vite-error-overlay')?.shadowRoot;
        return [...(root?.childNodes ?? [])].map((node) => (node.nodeName === 'STYLE' ? '' : node.textContent)).join(' ');
      });
    // The first requests can come while Vite is still optimising dependencies: load until the overlay shows.
    await expect
      .poll(
        async () => {
          await page.goto(`http://127.0.0.1:${port}/`);
          await page.waitForTimeout(500);
          return overlay();
        },
        { timeout: 40_000, interval: 1_000 },
      )
      .toMatch(message);
    expect(await overlay()).not.toContain('TypeError');
    expect(terminal).toMatch(message);
    expect(terminal).not.toContain('undefined');
  });
});
