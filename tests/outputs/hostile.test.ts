/**
 * The hostile fixture builds, and every machine-readable output stays well-formed: each feed
 * parses with a strict XML parser and a feed reader with the right number of entries (no
 * forged one), badges are well-formed SVG, the calendar and the JSON parse.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ical from 'node-ical';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { TEST_SITES } from '../helpers/sites.ts';

const out = TEST_SITES.hostile.out;
const read = (path: string) => readFileSync(join(out, path), 'utf8');
const strict = (xml: string) => {
  expect(XMLValidator.validate(xml)).toBe(true);
  return new XMLParser({ ignoreAttributes: false }).parse(xml) as Record<string, Record<string, unknown>>;
};

/** Entries each feed must have: incidents (3), reviews (2), per component. */
const ENTRIES: Record<string, number> = { incidents: 3, reviews: 2, 'components/web-app': 2, 'components/api': 2 };

describe('the hostile site', () => {
  it.each(Object.entries(ENTRIES))('writes the %s feeds as valid XML with %i entries each', async (feed, count) => {
    for (const format of ['rss', 'atom'] as const) {
      const xml = read(`feeds/${feed}.${format}`);
      const parsed = strict(xml);
      const entries = format === 'rss' ? (parsed['rss']!['channel'] as Record<string, unknown>) : parsed['feed']!;
      const list = entries[format === 'rss' ? 'item' : 'entry'];
      expect(list === undefined ? [] : [list].flat(), `${feed}.${format}`).toHaveLength(count);
      expect((await new Parser().parseString(xml)).items).toHaveLength(count);
      expect(xml).not.toContain('Security notice: reset your password now</title><link');
      // eslint-disable-next-line no-control-regex -- none of these may remain
      expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    }
  });

  it('writes well-formed badges, a calendar and JSON', () => {
    for (const name of readdirSync(join(out, 'badges'), { recursive: true }) as string[]) {
      if (name.endsWith('.svg')) strict(read(`badges/${name}`));
      if (name.endsWith('.json')) expect(() => JSON.parse(read(`badges/${name}`)), name).not.toThrow();
    }
    const events = Object.values(ical.sync.parseICS(read('maintenance.ics'))).filter((entry) => entry?.type === 'VEVENT');
    expect(events).toHaveLength(1);
    for (const document of ['api/v2/summary.json', 'api/v2/incidents.json', 'api/uptime.json'])
      expect(() => JSON.parse(read(document))).not.toThrow();
  });

  it('keeps the title written as a date as text (one YAML reader)', () => {
    expect(/<h1[^>]*>2026-06-30<\/h1>/.test(read('reviews/2026-06/index.html'))).toBe(true);
  });
});
