/**
 * A Danish site with an English version (section 10): built as a user builds it, then read
 * as a reader would, in each language.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { catalogs, type Catalog, type Locale } from '../../src/i18n/catalog.ts';
import { ROOT } from '../helpers/build.ts';
import { OTHER_LOCALES, TEST_SITES } from '../helpers/sites.ts';

const out = TEST_SITES.danish.out;
const page = (path: string) => readFileSync(join(out, path), 'utf8');
const text = (html: string) =>
  html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[ \t\r\n]+/g, ' ');

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

/**
 * The sample in every language: no page of any other language's version shows a phrase of
 * the English catalog, except inside content marked `lang="en"` (the sample is
 * written in English) and code.
 */
describe('the sample in every language', () => {
  const sample = TEST_SITES.languages.out;
  // One page of every type, feeds included (their titles and summaries are human text).
  const PAGES = [
    'index.html',
    '404.html',
    'subscribe/index.html',
    'api/index.html',
    'history/index.html',
    'history/2026-06/index.html',
    'history/components/index.html',
    'history/components/web-app/index.html',
    'history/impacts/major/index.html',
    'groups/core/index.html',
    'incidents/2026-06-10-import-server-errors/index.html',
    'reviews/index.html',
    'reviews/2026-06/index.html',
    'reviews/2026-10/index.html',
    'reports/2026-06/index.html',
    'uptime/index.html',
    'uptime/all/index.html',
  ];

  it.each(OTHER_LOCALES)('%s: no English phrase of the catalog on any page type', (locale) => {
    const english = englishPhrases(locale);
    expect(english.length).toBeGreaterThan(250);
    const found = PAGES.flatMap((path) => {
      const shown = readerText(readFileSync(join(sample, locale, path), 'utf8'), locale);
      return english.filter((phrase) => phrase.test(shown)).map((phrase) => `${path}: ${phrase.source}`);
    });
    expect(found).toEqual([]);
  });

  it('writes each language its own feeds: its words, its language, links to its pages', () => {
    const atom = readFileSync(join(sample, 'da/feeds/incidents.atom'), 'utf8');
    expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="da">');
    expect(atom).toContain(
      '<link rel="self" type="application/atom+xml" href="https://status.tallyfox.example/da/feeds/incidents.atom"/>',
    );
    expect(atom).toContain('<title type="text">Tallyfox status: hændelser og vedligeholdelse</title>');
    expect(atom).toMatch(/<link rel="alternate" href="https:\/\/status\.tallyfox\.example\/da\/incidents\/[^"]+\/"\/>/);
    expect(atom).toContain('[Løst] ');
    const rss = readFileSync(join(sample, 'de/feeds/updates.rss'), 'utf8');
    expect(rss).toContain('<language>de</language>');
    expect(rss).toContain('[Behoben] ');
  });

  it.each([
    ['en', '', /Average uptime 99\.98%/],
    ['da', 'da/', /Gennemsnitlig oppetid 99,98\u00a0%/],
    ['de', 'de/', /99,98\u00a0%/],
    ['fr', 'fr/', /99,98[\u00a0\u202f]%/],
  ])('%s: the June review headline reads its own 99.98%%', (_locale, prefix, headline) => {
    expect(readerText(readFileSync(join(sample, `${prefix}reviews/2026-06/index.html`), 'utf8'))).toMatch(headline);
  });
});

/** Everything the sample's content says: its names and prose are English in every language's pages. */
const SAMPLE_TEXT = readdirSync(join(ROOT, 'content'), { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
  .join('\n');

/**
 * The English catalog's words as a reader sees them: each message cut at its placeholders,
 * the pieces the language's own catalog does not also use (names such as "Slack and
 * Microsoft Teams" stay the same in every language).
 */
function englishPhrases(locale: Locale): RegExp[] {
  const texts = (catalog: Catalog) =>
    Object.values(catalog).flatMap((value) => (typeof value === 'string' ? [value] : Object.values(value)));
  const own = texts(catalogs[locale]).join('\n');
  const phrases = new Set(
    texts(catalogs.en)
      .flatMap((text) => text.split(/\{\w+\}/))
      .map((piece) => piece.replace(/^[\s,.:;()–·“”"']+|[\s,.:;()–·“”"']+$/g, ''))
      .filter((piece) => !own.includes(piece))
      // Phrases of two words or more; a single word only where no content uses it ("Webhooks" names a component).
      .filter((piece) => /\p{L}+\s+\p{L}+/u.test(piece) || (/^\p{Lu}\p{Ll}{3,}$/u.test(piece) && !SAMPLE_TEXT.includes(piece))),
  );
  const escape = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...phrases].map((phrase) => new RegExp(`(?<!\\p{L})${escape(phrase)}(?!\\p{L})`, 'u'));
}

/** A page's text and accessible names, leaving out code and, given `locale`, whatever is marked as in another language. */
function readerText(html: string, locale?: string): string {
  const parts: string[] = [];
  const walk = (node: Nodes, skipped: boolean) => {
    if (node.type === 'text') {
      if (!skipped) parts.push(node.value);
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    let skip = skipped;
    if (node.type === 'element') {
      const { tagName, properties } = node;
      if (['script', 'style', 'code', 'pre', 'template'].includes(tagName)) return;
      const lang = properties['lang'];
      if (typeof lang === 'string' && tagName !== 'html') skip = locale !== undefined && lang !== locale;
      for (const name of ['alt', 'title', 'ariaLabel', 'content', 'dataMore']) {
        const value = properties[name];
        if (!skip && typeof value === 'string') parts.push(value);
      }
    }
    for (const child of node.children) walk(child, skip);
  };
  walk(fromHtml(html), false);
  return parts.join(' ').replace(/[ \t\r\n]+/g, ' ');
}
