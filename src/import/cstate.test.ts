import { describe, expect, it } from 'vitest';
import { ImportError } from './content.ts';
import { hugoDate, mapCstate } from './cstate.ts';

const config = {
  file: 'site/config.yml',
  text: `title: Example status
timeZone: Europe/Copenhagen
params:
  categories:
    - name: Backend
    - name: Uncategorized
      untitled: true
  systems:
    - name: API
      category: Backend
    - name: Website
      description: The public site.
      category: Uncategorized
`,
};
const issue = (name: string, frontmatter: string, body = 'What happened.') => ({
  file: `site/content/issues/${name}.md`,
  text: `---\n${frontmatter}---\n\n${body}\n`,
});
const options = { timeZone: 'Europe/Copenhagen', now: new Date('2026-07-01T00:00:00Z'), existing: [] };

describe('hugoDate', () => {
  it('reads a date without an offset in the given zone', () => {
    expect(hugoDate('2017-12-17 16:24:00', 'Europe/Copenhagen')).toEqual(new Date('2017-12-17T15:24:00Z'));
  });
  it('keeps an offset that is written', () => {
    expect(hugoDate('2024-12-27T09:43:40.482Z', 'Europe/Copenhagen')).toEqual(new Date('2024-12-27T09:43:40.482Z'));
  });
});

describe('mapCstate', () => {
  it('makes systems components and titled categories groups', () => {
    const { components } = mapCstate({ config, issues: [] }, options);
    expect(components).toEqual([
      { id: 'api', name: 'API', description: undefined, group: 'Backend' },
      { id: 'website', name: 'Website', description: 'The public site.', group: undefined },
    ]);
  });

  it('maps every severity, resolvedWhen and informational posts', () => {
    const { incidents, losses } = mapCstate(
      {
        config,
        issues: [
          issue(
            'down',
            'title: API down\ndate: 2026-06-04 09:00:00\nresolved: true\nresolvedWhen: 2026-06-04 09:30:00\nseverity: down\naffected:\n  - API\n',
          ),
          issue(
            'disrupted',
            'title: Slow site\ndate: 2026-06-05 10:00:00\nresolved: true\nresolvedWhen: 2026-06-05 11:00:00\nseverity: disrupted\naffected: [Website, Gone]\n',
          ),
          issue(
            'notice',
            'title: Planned work\ndate: 2026-06-06 02:00:00\nresolved: true\nresolvedWhen: 2026-06-06 03:00:00\nseverity: notice\naffected: [API]\n',
          ),
          issue(
            'info',
            'title: New page\ndate: 2026-06-07 12:00:00\ninformational: true\n',
            'Hello {{< track "2026-06-07T12:00:00Z" >}}',
          ),
          issue('ongoing', 'title: Still down\ndate: 2026-06-30 20:00:00\nresolved: false\nseverity: down\naffected: [API]\n'),
        ],
      },
      options,
    );
    expect(incidents.map((i) => [i.title, i.impact, i.start.toISOString(), i.end?.toISOString(), i.components])).toEqual([
      ['API down', 'major', '2026-06-04T07:00:00.000Z', '2026-06-04T07:30:00.000Z', [{ id: 'api' }]],
      ['Slow site', 'partial', '2026-06-05T08:00:00.000Z', '2026-06-05T09:00:00.000Z', [{ id: 'website' }]],
      ['Planned work', 'none', '2026-06-06T00:00:00.000Z', '2026-06-06T01:00:00.000Z', [{ id: 'api' }]],
      [
        'New page',
        'none',
        '2026-06-07T10:00:00.000Z',
        '2026-06-07T10:00:00.000Z',
        [
          { id: 'api', impact: 'none' },
          { id: 'website', impact: 'none' },
        ],
      ],
      ['Still down', 'major', '2026-06-30T18:00:00.000Z', undefined, [{ id: 'api' }]],
    ]);
    expect(incidents[3]!.body).toBe('Hello');
    expect(losses.map((l) => `${l.item}: ${l.note}`)).toEqual([
      'site/content/issues/disrupted.md: affected system "Gone" is not in config.yml: left out',
      'site/content/issues/info.md: its text has 1 Hugo shortcode(s), removed (e.g. {{< track "2026-06-07T12:00:00Z" >}})',
      'site/content/issues/info.md: affected no component that exists: listed under every component with impact none (counted as an incident, costs no uptime)',
    ]);
  });

  it('refuses broken frontmatter, naming the file and the line', () => {
    const broken = issue('broken', 'title: Oops\ndate: [2026-06-04\n');
    const run = () => mapCstate({ config, issues: [broken] }, options);
    expect(run).toThrow(ImportError);
    expect(run).toThrow(/^site\/content\/issues\/broken\.md:4 — \(YAML\) — is not valid YAML/);
  });
});
