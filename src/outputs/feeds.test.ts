/**
 * Every feed is valid XML for any content: hostile text in every field (script tags, `]]>`
 * twice, control characters pasted from a terminal) is parsed back by a strict XML parser
 * and a feed parser, with the same number of entries.
 */
import { getRssString } from '@astrojs/rss';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { atomXml, feeds, xmlText } from './feeds.ts';
import { buildSiteModel } from '../model/site.ts';
import { loadedContent, loadedIncident } from '../../tests/helpers/fixtures.ts';

const HOSTILE =
  'A ]]> B ]]><entry><title>Security notice: reset your password now</title></entry> <script>alert(1)</script> \u001b[31m\u0001\b\uFFFF & "q" \'a\'';

const content = loadedContent({
  site: { name: `Acme ${HOSTILE}` },
  components: [{ id: 'api', name: `API ${HOSTILE}` }],
  incidents: [
    loadedIncident(
      {
        title: `Down ${HOSTILE}`,
        impact: 'major',
        start: '2026-11-30T10:00:00Z',
        end: '2026-11-30T11:00:00Z',
        components: ['api'],
        category: 'queued-emails',
        updates: [{ at: '2026-11-30T10:05:00Z', status: 'investigating', body: `Looking ${HOSTILE}` }],
      },
      'down',
    ),
    loadedIncident({ title: 'Second', impact: 'partial', start: '2026-11-29T10:00:00Z', components: ['api'] }, 'second'),
  ],
  reviews: [{ month: '2026-10', title: `October ${HOSTILE}`, published: '2026-11-08T10:00:00Z', summary: HOSTILE }],
});
const model = buildSiteModel(content, new Date('2026-11-30T12:00:00Z'));
const absolute = (path: string) => `https://status.example.com/${path}`;
const definitions = feeds(model, absolute);
const strict = (xml: string) => {
  expect(XMLValidator.validate(xml)).toBe(true);
  return new XMLParser({ ignoreAttributes: false }).parse(xml) as Record<string, unknown>;
};

describe('xmlText', () => {
  it('removes what XML 1.0 forbids and keeps the rest', () => {
    expect(xmlText('a\u0000b\u001bc\td\ne\uFFFEf\uD800g 😀')).toBe('abc\td\nef' + 'g 😀');
  });
});

describe('feeds with hostile content', () => {
  it('write Atom that parses strictly, with no forged entry', async () => {
    for (const definition of definitions) {
      const xml = atomXml(definition, {
        self: absolute(`${definition.path}.atom`),
        site: absolute(''),
        author: model.site.name,
        updated: model.uptime.asOf,
        lang: 'en',
      });
      const parsed = strict(xml) as { feed: { entry?: unknown } };
      const entries = parsed.feed.entry === undefined ? [] : [parsed.feed.entry].flat();
      expect(entries).toHaveLength(definition.entries.length);
      const feed = await new Parser().parseString(xml);
      expect(feed.items).toHaveLength(definition.entries.length);
      expect(xml).not.toContain('<script>');
    }
    const incidents = definitions.find((d) => d.path === 'feeds/incidents')!;
    const atom = atomXml(incidents, {
      self: 'https://s.example/a',
      site: 'https://s.example/',
      author: 'x',
      updated: new Date(0),
      lang: 'en',
    });
    const feed = await new Parser().parseString(atom);
    expect(feed.items.map((item) => item.title)).toEqual([
      `[Resolved] Down A ]]> B ]]><entry><title>Security notice: reset your password now</title></entry> <script>alert(1)</script> [31m & "q" 'a'`,
      '[Ongoing] Second',
    ]);
  });

  it('write RSS that parses strictly, with no forged item', async () => {
    for (const definition of definitions) {
      const xml = await getRssString({
        title: definition.title,
        description: definition.description,
        site: absolute(''),
        items: definition.entries.map((entry) => ({
          title: entry.title,
          link: entry.link,
          pubDate: entry.updated,
          description: entry.summary,
          categories: entry.categories,
        })),
      });
      const parsed = strict(xml) as { rss: { channel: { item?: unknown } } };
      expect(parsed.rss.channel.item === undefined ? [] : [parsed.rss.channel.item].flat()).toHaveLength(
        definition.entries.length,
      );
      expect((await new Parser().parseString(xml)).items).toHaveLength(definition.entries.length);
    }
  });
});

describe('the updates feed', () => {
  const notice = loadedIncident(
    {
      title: 'A new home',
      impact: 'none',
      start: '2026-11-12T09:00:00Z',
      end: '2026-11-12T09:00:00Z',
      components: ['api'],
      updates: [{ at: '2026-11-12T09:00:00Z', status: 'completed', body: 'Live.' }],
    },
    'notice',
  );
  const burst = loadedIncident(
    {
      title: 'Burst',
      impact: 'major',
      start: '2026-11-20T10:00:00Z',
      end: '2026-11-20T10:30:00Z',
      components: ['api'],
      updates: [
        { at: '2026-11-20T10:01:00Z', status: 'investigating', body: 'One.' },
        { at: '2026-11-20T10:01:00Z', status: 'identified', body: 'Two.' },
        { at: '2026-11-20T10:01:00Z', status: 'monitoring', body: 'Three.' },
      ],
    },
    'burst',
  );
  const updates = feeds(
    buildSiteModel(
      loadedContent({ components: [{ id: 'api', name: 'API' }], incidents: [notice, burst] }),
      new Date('2026-11-30T12:00:00Z'),
    ),
    absolute,
  ).find((d) => d.path === 'feeds/updates')!;

  it('takes a closing update as the resolution, and adds "Resolved" only where none was written', () => {
    expect(updates.entries.filter((e) => e.link.includes('/notice/')).map((e) => [e.guid, e.title])).toEqual([
      ['notice-1', '[Completed] A new home'],
    ]);
    expect(updates.entries.map((e) => e.guid)).toContain('burst-resolved');
  });

  it('lists updates written in the same minute newest first: the later in the file is newer', () => {
    expect(updates.entries.map((e) => e.guid)).toEqual(['burst-resolved', 'burst-3', 'burst-2', 'burst-1', 'notice-1']);
  });
});
