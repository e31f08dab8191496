import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const source = readFileSync(new URL('../../public/embed.js', import.meta.url), 'utf8');

describe('embed.js', () => {
  it('stays small: at most 3 KB gzipped', () => {
    expect(gzipSync(source, { level: 9 }).length).toBeLessThanOrEqual(3 * 1024);
  });

  it('has no dependencies and writes text as text', () => {
    expect(source).not.toMatch(/\bimport\b|\brequire\(/);
    expect(source).not.toMatch(/innerHTML|insertAdjacentHTML|document\.write/);
  });
});
