/**
 * Every page of the built test sites passes the Nu HTML Checker (vnu, from the `vnu-jar`
 * package, run on the Java runtime that .ci/run installs from Debian) with no errors.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build.ts';
import { BROWSER_SITES, TEST_SITES } from '../helpers/sites.ts';

const VNU = join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');

interface Message {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
}

/** vnu's errors for every HTML file under `dir` (it exits 1 when there are any). */
function vnuErrors(dir: string): string[] {
  const result = spawnSync('java', ['-jar', VNU, '--skip-non-html', '--errors-only', '--format', 'json', dir], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw new Error(`java could not run vnu (${result.error.message}): apt-get install default-jre-headless`);
  const { messages } = JSON.parse(result.stderr) as { messages: Message[] };
  return messages.map((m) => `${(m.url ?? '').replace(/^file:.*?\.test-sites\//, '')}:${m.lastLine ?? '?'} ${m.message}`);
}

describe('the Nu HTML Checker', () => {
  it('runs here', () => {
    expect(execFileSync('java', ['-version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })).toBeDefined();
  });

  it('reports an error in invalid HTML (so a clean result means something)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'statusbook-vnu-'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><html lang="en"><title>x</title><figure><canvas></canvas><figcaption>a</figcaption><div></div></figure></html>',
    );
    expect(vnuErrors(dir).join('\n')).toMatch(/not allowed as child of element “figure”/);
  });

  for (const site of [
    TEST_SITES.sample,
    TEST_SITES.ongoing,
    TEST_SITES.hostile,
    TEST_SITES.languages,
    TEST_SITES.danish,
    BROWSER_SITES.subpath,
  ]) {
    it(`finds no error on any page of the ${site.name} site`, () => {
      expect(vnuErrors(site.out)).toEqual([]);
    });
  }
});
