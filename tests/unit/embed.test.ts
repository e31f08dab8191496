import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { embedScript } from '../../src/outputs/embed.ts';

const template = readFileSync(new URL('../../src/outputs/embed.js', import.meta.url), 'utf8');
const source = embedScript('en', '');

describe('embed.js', () => {
  it('stays small: at most 3 KB gzipped', () => {
    expect(gzipSync(source, { level: 9 }).length).toBeLessThanOrEqual(3 * 1024);
  });

  it('has no dependencies and writes text as text', () => {
    expect(source).not.toMatch(/\bimport\b|\brequire\(/);
    expect(source).not.toMatch(/innerHTML|insertAdjacentHTML|document\.write/);
  });

  it('is the template with the words of the language filled in, and the site root from where it is served', () => {
    expect(template).toContain("var ROOT = './';");
    expect(source).toContain('var ROOT = "./";');
    expect(source).toContain('"critical":"Major outage"');
    expect(source).not.toContain('var WORDS = {\n');
    const danish = embedScript('da', 'da/');
    expect(danish).toContain('var ROOT = "../";');
    expect(danish).toContain('var LANG = "da";');
    expect(danish).toContain('"critical":"Større nedbrud"');
    expect(embedScript('ar', 'ar/')).toContain('var DIR = "rtl";');
    for (const script of [danish, embedScript('ar', 'ar/')]) {
      expect(gzipSync(script, { level: 9 }).length).toBeLessThanOrEqual(3 * 1024);
      expect(script).not.toMatch(/innerHTML|insertAdjacentHTML|document\.write/);
    }
  });
});
