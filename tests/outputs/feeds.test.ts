import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { TEST_SITES } from '../helpers/sites.ts';

const parser = new Parser<Record<string, never>, { updated?: string; id?: string }>({
  customFields: { item: ['updated', 'id'] },
});
const site = TEST_SITES.sample;
const parse = (path: string) => parser.parseString(readFileSync(join(site.out, path), 'utf8'));
const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const feedPaths = [
  'incidents',
  'reviews',
  ...readdirSync(join(site.out, 'feeds/components'))
    .filter((f) => f.endsWith('.rss'))
    .map((f) => `components/${f.replace('.rss', '')}`),
];

describe('feeds', () => {
  it.each(feedPaths)('%s: RSS 2.0 with required elements, unique guids and RFC 822 dates', async (name) => {
    const xml = readFileSync(join(site.out, `feeds/${name}.rss`), 'utf8');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0"/);
    const feed = await parse(`feeds/${name}.rss`);
    expect(feed.title).toBeTruthy();
    expect(feed.link).toBe('https://status.tallyfox.example/');
    expect(feed.description).toBeTruthy();
    expect(feed.items.length).toBeGreaterThan(0);
    for (const item of feed.items) {
      expect(item.title).toBeTruthy();
      expect(item.link).toMatch(/^https:\/\/status\.tallyfox\.example\//);
      expect(item.pubDate).toMatch(RFC_822);
    }
    const guids = feed.items.map((item) => item.guid);
    expect(new Set(guids).size).toBe(guids.length);
  });

  it.each(feedPaths)('%s: Atom 1.0 with required elements, unique ids and RFC 3339 dates', async (name) => {
    const xml = readFileSync(join(site.out, `feeds/${name}.atom`), 'utf8');
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
    expect(xml).toMatch(/<id>https:\/\/status\.tallyfox\.example\/feeds\/.+\.atom<\/id>/);
    expect(xml).toMatch(/<updated>[^<]+<\/updated>/);
    const feed = await parse(`feeds/${name}.atom`);
    expect(feed.title).toBeTruthy();
    for (const item of feed.items) {
      expect(item.title).toBeTruthy();
      expect(item.id).toBe(item.link);
      expect((item as { isoDate?: string }).isoDate).toMatch(RFC_3339);
    }
    for (const [, date] of xml.matchAll(/<(?:updated|published)>([^<]+)</g)) expect(date).toMatch(RFC_3339);
    const ids = feed.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has one entry per incident, updated at its last change, with its state and latest update', async () => {
    const feed = await parse('feeds/incidents.atom');
    const entry = feed.items.find((item) => item.link?.endsWith('/incidents/2026-06-10-import-server-errors/'))!;
    expect(entry.title).toBe('[Resolved] Server errors when importing files after a deployment');
    expect(entry.updated).toBe('2026-06-10T08:58:00.000Z');
    expect((entry as { isoDate?: string }).isoDate).toBe('2026-06-10T08:41:00.000Z');
    expect(entry.summary).toBe(
      'Resolved: major outage for 17 minutes, affecting Bank and file imports, Web application. Latest update (Resolved): Everything is back to normal.',
    );
    expect(feed.items.filter((item) => item.link === entry.link)).toHaveLength(1);
    // Newest change first; the upcoming maintenance was announced on 26 November.
    expect(feed.items[0]!.title).toBe('[Scheduled] Planned database maintenance');
  });

  it('gives a component only its own incidents', async () => {
    const feed = await parse('feeds/components/webhooks.rss');
    expect(feed.items.map((item) => item.title)).toEqual(['[Resolved] Webhook deliveries delayed overnight']);
  });

  it('lists the written reviews', async () => {
    const feed = await parse('feeds/reviews.rss');
    expect(feed.items.map((item) => item.title)).toEqual([
      'How Tallyfox performed in June 2026',
      'How Tallyfox performed in May 2026',
    ]);
  });

  it('is discoverable from every page', () => {
    const pages = readdirSync(site.out, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(50);
    for (const page of pages) {
      const html = readFileSync(join(site.out, page), 'utf8');
      expect(html, page).toContain(
        '<link rel="alternate" type="application/rss+xml" title="Tallyfox incidents (RSS)" href="/feeds/incidents.rss">',
      );
      expect(html, page).toContain(
        '<link rel="alternate" type="application/atom+xml" title="Tallyfox incidents (Atom)" href="/feeds/incidents.atom">',
      );
    }
  });
});

describe('the updates feed', () => {
  it('has one entry per update, its guid the update id, so chat bots post "Resolved" too', async () => {
    const feed = await parse('feeds/updates.rss');
    const payments = feed.items.filter((item) => item.link?.includes('2026-11-18-payments-page-errors'));
    expect(payments.map((item) => [item.guid, item.title])).toEqual([
      ['2026-11-18-payments-page-errors-3', '[Resolved] Errors on the payments page'],
      ['2026-11-18-payments-page-errors-2', '[Identified] Errors on the payments page'],
      ['2026-11-18-payments-page-errors-1', '[Investigating] Errors on the payments page'],
    ]);
    expect(payments[0]!.link).toBe(
      'https://status.tallyfox.example/incidents/2026-11-18-payments-page-errors/#2026-11-18-payments-page-errors-3',
    );
    expect(readFileSync(join(site.out, 'feeds/updates.rss'), 'utf8')).toContain(
      '<guid isPermaLink="false">2026-11-18-payments-page-errors-3</guid>',
    );
    const guids = feed.items.map((item) => item.guid);
    expect(new Set(guids).size).toBe(guids.length);
    expect(guids.length).toBe(50);
    // The upcoming maintenance's announcement is there; its updates written for December are not.
    expect(guids).toContain('2026-12-06-database-maintenance-1');
    expect(guids).not.toContain('2026-12-06-database-maintenance-2');
  });

  it.each([
    'updates',
    ...readdirSync(join(site.out, 'feeds/updates')).flatMap((f) => (f.endsWith('.atom') ? [`updates/${f.slice(0, -5)}`] : [])),
  ])('%s.atom: no two entries share an id or an updated instant (feedvalidator warns)', (name) => {
    const xml = readFileSync(join(site.out, `feeds/${name}.atom`), 'utf8');
    const entries = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map(([, entry]) => entry!);
    expect(entries.length).toBeGreaterThan(0);
    const ids = entries.map((entry) => /<id>([^<]+)<\/id>/.exec(entry)?.[1]);
    const updated = entries.map((entry) => /<updated>([^<]+)<\/updated>/.exec(entry)?.[1]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(updated.filter((at, i) => updated.indexOf(at) !== i)).toEqual([]);
  });

  it('ends the notice with its own "Completed" update, not a second generated entry', async () => {
    const feed = await parse('feeds/updates/web-app.atom');
    expect(feed.items.filter((item) => item.link?.includes('2026-01-12-new-status-page')).map((item) => item.title)).toEqual([
      '[Completed] A new home for our status updates',
    ]);
  });

  it('has the same entries in Atom and per component', async () => {
    const atom = await parse('feeds/updates.atom');
    expect(atom.items.length).toBe(50);
    const email = await parse('feeds/updates/email.rss');
    expect(email.items.length).toBeGreaterThan(0);
    expect(email.items.every((item) => /queued|email/i.test(`${item.title} ${item.contentSnippet ?? ''}`))).toBe(true);
  });
});
