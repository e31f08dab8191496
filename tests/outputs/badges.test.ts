import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { UptimeJson } from '../../src/outputs/api.ts';
import { TEST_SITES, type TestSite } from '../helpers/sites.ts';

const svg = (site: TestSite, name: string) => readFileSync(join(site.out, `badges/${name}.svg`), 'utf8');
const endpoint = (site: TestSite, name: string) => JSON.parse(readFileSync(join(site.out, `badges/${name}.json`), 'utf8'));
const texts = (source: string) => [...source.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('badges', () => {
  it('are well-formed SVG with a title', () => {
    for (const name of ['status', 'uptime-30d', 'uptime-90d', 'components/api', 'components/email-uptime-90d']) {
      const source = svg(TEST_SITES.sample, name);
      // parse(…, true) validates the document and throws on malformed XML.
      const root = new XMLParser({ ignoreAttributes: false }).parse(source, true).svg;
      expect(root['@_role']).toBe('img');
      expect(root.title).toBe(root['@_aria-label']);
    }
  });

  it('tell the computed overall status', () => {
    expect(svg(TEST_SITES.sample, 'status')).toContain('<title>Tallyfox: all systems operational</title>');
    expect(endpoint(TEST_SITES.sample, 'status')).toEqual({
      schemaVersion: 1,
      label: 'Tallyfox',
      message: 'all systems operational',
      color: 'brightgreen',
    });
    expect(endpoint(TEST_SITES.ongoing, 'status')).toEqual({
      schemaVersion: 1,
      label: 'Fixture Cloud',
      message: 'major outage',
      color: 'red',
    });
    expect(texts(svg(TEST_SITES.ongoing, 'components/web-app'))).toContain('degraded performance');
  });

  it('tell each component’s uptime, truncated as on the site', () => {
    // Email in the last 90 days (2 Sep to 30 Nov 2026, 129,000 minutes): one 8-minute partial
    // outage on 4 November, so 100 × (1 − 0.3 × 8 / 129,000) = 99.99814, shown as 99.99%.
    expect(endpoint(TEST_SITES.sample, 'components/email-uptime-90d')).toEqual({
      schemaVersion: 1,
      label: 'Email delivery 90d',
      message: '99.99%',
      color: 'brightgreen',
    });
    expect(texts(svg(TEST_SITES.sample, 'components/email-uptime-90d'))).toContain('99.99%');
    expect(endpoint(TEST_SITES.sample, 'components/auth-uptime-30d').message).toBe('100.00%');
  });

  it('agree with uptime.json on whole months', () => {
    const uptime = JSON.parse(readFileSync(join(TEST_SITES.sample.out, 'api/uptime.json'), 'utf8')) as UptimeJson;
    const november = uptime.months.at(-1)!;
    expect(november.components['auth']!.uptime).toBe(100);
  });
});
