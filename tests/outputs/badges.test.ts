import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { UptimeJson } from '../../src/outputs/api.ts';
import { badges } from '../../src/outputs/badges.ts';
import { buildSiteModel } from '../../src/model/site.ts';
import { loadedContent, loadedIncident } from '../helpers/fixtures.ts';
import { TEST_SITES, type TestSite } from '../helpers/sites.ts';

const svg = (site: TestSite, name: string) => readFileSync(join(site.out, `badges/${name}.svg`), 'utf8');
const endpoint = (site: TestSite, name: string) => JSON.parse(readFileSync(join(site.out, `badges/${name}.json`), 'utf8'));
const texts = (source: string) => [...source.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('badges', () => {
  it('are well-formed SVG with a title', () => {
    for (const name of [
      'status',
      'uptime-30d',
      'uptime-90d',
      'budget-30d',
      'components/api',
      'components/email-uptime-90d',
      'components/email-budget-30d',
    ]) {
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

  it('tell the error budget left over 30 days, truncated, for the site and each component', () => {
    // The last 30 local days end at 30 November 13:00 in Copenhagen: 1 November 00:00 on, 42,540
    // minutes; target 99.9 allows 42.54. Email: 8 minutes of partial outage on 4 November,
    // 0.3 × 8 = 2.4 used, 1 − 2.4 / 42.54 = 94.36% left.
    expect(endpoint(TEST_SITES.sample, 'components/email-budget-30d')).toEqual({
      schemaVersion: 1,
      label: 'Email delivery error budget 30d',
      message: '94% left',
      color: 'brightgreen',
    });
    expect(texts(svg(TEST_SITES.sample, 'components/email-budget-30d'))).toContain('94% left');
    // The web app: 22 minutes of partial outage on 18 November, 6.6 used: 84.49% left.
    expect(endpoint(TEST_SITES.sample, 'components/web-app-budget-30d').message).toBe('84% left');
    expect(endpoint(TEST_SITES.sample, 'components/auth-budget-30d').message).toBe('100% left');
    // The site: the mean of six components loses (2.4 + 6.6) / 6 = 1.5 minutes: 96.47% left.
    expect(endpoint(TEST_SITES.sample, 'budget-30d')).toEqual({
      schemaVersion: 1,
      label: 'error budget 30d',
      message: '96% left',
      color: 'brightgreen',
    });
  });

  it('say overspent, in red, once a component has used more than its budget', () => {
    // The fixture's API has been down since 10 June 10:30 (an ongoing major outage); on 20 June
    // that is far more than 0.5% of 30 days.
    expect(endpoint(TEST_SITES.maintenance, 'components/api-budget-30d')).toEqual({
      schemaVersion: 1,
      label: 'Public API error budget 30d',
      message: 'overspent',
      color: 'red',
    });
  });

  it('say "no target" without one, and use a component’s own target', () => {
    const down = loadedIncident(
      {
        title: 'Down',
        impact: 'major',
        start: '2026-06-03T10:00:00Z',
        end: '2026-06-03T10:30:00Z',
        components: ['api', 'web'],
      },
      'down',
    );
    const content = (site: Record<string, unknown>) =>
      loadedContent({
        site,
        components: [
          { id: 'api', name: 'API', target: 99.5 },
          { id: 'web', name: 'Web' },
        ],
        incidents: [down],
      });
    const message = (site: Record<string, unknown>, name: string) =>
      badges(buildSiteModel(content(site), new Date('2026-07-01T00:00:00Z'))).find((badge) => badge.name === name);
    expect(message({}, 'budget-30d')).toMatchObject({ message: 'no target', color: 'lightgrey' });
    expect(message({}, 'components/web-budget-30d')).toMatchObject({ message: 'no target', color: 'lightgrey' });
    // At midnight on 1 July the last 30 local days are 2 to 30 June and no minute of 1 July:
    // 41,760 minutes. The API's own 99.5 allows 208.8; 30 used leaves 85.63%. The web app at the
    // site's 99.9 has 41.76, of which 30 used leaves 28.16%.
    expect(message({}, 'components/api-budget-30d')).toMatchObject({ message: '85% left', color: 'brightgreen' });
    expect(message({ uptimeTarget: 99.9 }, 'components/web-budget-30d')).toMatchObject({ message: '28% left', color: 'yellow' });
  });

  it('agree with uptime.json on whole months', () => {
    const uptime = JSON.parse(readFileSync(join(TEST_SITES.sample.out, 'api/uptime.json'), 'utf8')) as UptimeJson;
    const november = uptime.months.at(-1)!;
    expect(november.components['auth']!.uptime).toBe(100);
  });
});
