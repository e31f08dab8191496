/**
 * A Danish site with an English version (section 10): built as a user builds it, then read
 * as a reader would, in each language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, runBuild, tempDir } from '../helpers/build.ts';

let out: string;
const page = (path: string) => readFileSync(join(out, path), 'utf8');
const text = (html: string) =>
  html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[ \t\r\n]+/g, ' ');

beforeAll(() => {
  out = join(tempDir(), 'dist');
  const result = runBuild({ content: copyFixture('danish'), out, args: ['--as-of', '2026-07-10T12:00:00Z'] });
  expect(result.status, result.output).toBe(0);
}, 120_000);

describe('a Danish site with locales: [en]', () => {
  it('serves Danish at / and English under /en/, each with its lang, alternates and switcher', () => {
    const home = page('index.html');
    expect(home).toMatch(/<html lang="da" dir="ltr"/);
    expect(home).toContain('hreflang="en" href="https://status.fixture.example/en/"');
    expect(home).toContain('hreflang="x-default" href="https://status.fixture.example/"');
    expect(text(home)).toContain('Alle systemer kører normalt');
    expect(text(home)).toContain('Tidligere hændelser');
    expect(page('en/index.html')).toMatch(/<html lang="en" dir="ltr"/);
    expect(text(page('en/index.html'))).toContain('All systems operational');
    expect(page('sitemap-0.xml')).toContain('hreflang="en"');
  });

  it('prints figures the Danish way in the review, and the English way under /en/', () => {
    expect(text(page('reviews/2026-06/index.html'))).toMatch(/Oppetiden var 99,\d\d\u00a0% mod vores mål på 99,9\u00a0%/);
    expect(text(page('reviews/2026-06/index.html'))).toMatch(/Gennemsnitlig oppetid 99,\d\d\u00a0%/);
    expect(text(page('en/reviews/2026-06/index.html'))).toMatch(/Average uptime 99\.\d\d%/);
  });

  it('shows a translation where there is one, and the original marked with its lang where there is not', () => {
    const danish = page('incidents/emails-queued/index.html');
    expect(text(danish)).toContain('E-mails i kø');
    expect(text(danish)).toContain('Vi undersøger forsinkede e-mails.');
    const english = page('en/incidents/emails-queued/index.html');
    expect(text(english)).toContain('Emails queued');
    expect(text(english)).toContain('We are looking into delayed emails.');
    expect(text(english)).toContain('Emails were delayed.');
    // The resolved update has no English: shown in Danish, marked so, and said once.
    expect(english).toMatch(/<p lang="da"[^>]*>E-mails sendes igen\.<\/p>/);
    expect(text(english)).toContain('Shown in Danish: not translated yet.');
    expect(text(page('en/reviews/2026-06/index.html'))).toContain('Shown in Danish');
  });
});
