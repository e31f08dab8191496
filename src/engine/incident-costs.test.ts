import { describe, expect, it } from 'vitest';
import { incidentCosts } from './incident-costs.ts';
import { computeUptime, type CountedIncident } from './uptime.ts';
import { monthPeriod } from './time.ts';
import { defaultWeights, incident } from '../../tests/helpers/fixtures.ts';

const june = monthPeriod('2026-06', 'UTC');
const endOfJune = new Date('2026-07-01T00:00:00Z');

function costs(incidents: CountedIncident[], options: { asOf?: Date; since?: Date } = {}) {
  const components = [{ id: 'email', since: options.since }, { id: 'api' }];
  return incidentCosts({ weights: defaultWeights, components, incidents, asOf: options.asOf ?? endOfJune }, june);
}

describe('incidentCosts', () => {
  it('charges each incident its weighted minutes, by incident start', () => {
    const partial = incident(
      { title: 'Slow', impact: 'partial', start: '2026-06-12T10:00:00Z', end: '2026-06-12T10:20:00Z', components: ['email'] },
      'slow',
    );
    const major = incident(
      {
        title: 'Down',
        impact: 'major',
        start: '2026-06-03T08:00:00Z',
        end: '2026-06-03T08:15:00Z',
        components: ['email', 'api'],
      },
      'down',
    );
    expect(costs([partial, major])).toEqual({
      email: [
        { slug: 'down', minutes: 15 },
        { slug: 'slow', minutes: 6 },
      ],
      api: [{ slug: 'down', minutes: 15 }],
    });
  });

  describe('when windows overlap on one component', () => {
    it('charges the overlap to the worst impact only', () => {
      const partial = incident(
        { title: 'Slow', impact: 'partial', start: '2026-06-12T10:00:00Z', end: '2026-06-12T11:00:00Z', components: ['email'] },
        'slow',
      );
      const major = incident(
        { title: 'Down', impact: 'major', start: '2026-06-12T10:30:00Z', end: '2026-06-12T10:40:00Z', components: ['email'] },
        'down',
      );
      // 50 partial minutes at 0.3 to slow, the 10 major minutes inside it to down.
      expect(costs([partial, major]).email).toEqual([
        { slug: 'slow', minutes: 15 },
        { slug: 'down', minutes: 10 },
      ]);
    });

    it('charges an equal impact to the incident that started first, then the smaller slug', () => {
      const early = incident(
        { title: 'A', impact: 'major', start: '2026-06-12T10:00:00Z', end: '2026-06-12T10:30:00Z', components: ['email'] },
        'zz-early',
      );
      const late = incident(
        { title: 'B', impact: 'major', start: '2026-06-12T10:10:00Z', end: '2026-06-12T10:40:00Z', components: ['email'] },
        'aa-late',
      );
      expect(costs([late, early]).email).toEqual([
        { slug: 'zz-early', minutes: 30 },
        { slug: 'aa-late', minutes: 10 },
      ]);
      const twin = incident(
        { title: 'C', impact: 'major', start: '2026-06-12T10:00:00Z', end: '2026-06-12T10:20:00Z', components: ['email'] },
        'aa-twin',
      );
      expect(costs([early, twin]).email).toEqual([
        { slug: 'aa-twin', minutes: 20 },
        { slug: 'zz-early', minutes: 10 },
      ]);
    });
  });

  it('cuts windows at the month, at since and at the as-of instant, an ongoing incident lasting until it', () => {
    const across = incident(
      {
        title: 'Across',
        impact: 'major',
        start: '2026-05-31T23:50:00Z',
        end: '2026-06-01T00:05:00Z',
        components: ['email', 'api'],
      },
      'across',
    );
    const ongoing = incident({ title: 'Open', impact: 'major', start: '2026-06-20T12:00:00Z', components: ['api'] }, 'open');
    expect(costs([across, ongoing], { asOf: new Date('2026-06-20T12:45:00Z'), since: new Date('2026-06-01T00:02:00Z') })).toEqual(
      {
        email: [{ slug: 'across', minutes: 3 }],
        api: [
          { slug: 'across', minutes: 5 },
          { slug: 'open', minutes: 45 },
        ],
      },
    );
  });

  it('leaves out what costs nothing: degraded at weight 0, maintenance, notices, drafts', () => {
    const free = ['degraded', 'maintenance', 'none'].map((impact, n) =>
      incident(
        { title: impact, impact, start: '2026-06-05T10:00:00Z', end: '2026-06-05T11:00:00Z', components: ['email'] },
        `free-${n}`,
      ),
    );
    const draft = incident(
      {
        title: 'Draft',
        impact: 'major',
        draft: true,
        start: '2026-06-05T10:00:00Z',
        end: '2026-06-05T11:00:00Z',
        components: ['email'],
      },
      'draft',
    );
    expect(costs([...free, draft])).toEqual({ email: [], api: [] });
  });

  it('does not list a component before its since', () => {
    expect(costs([], { since: new Date('2026-07-02T00:00:00Z') })).toEqual({ api: [] });
  });

  it('adds up to each component’s used minutes', () => {
    const incidents = [
      incident(
        {
          title: 'A',
          impact: 'partial',
          start: '2026-06-02T00:00:00Z',
          end: '2026-06-02T03:00:00Z',
          components: ['email', 'api'],
        },
        'a',
      ),
      incident(
        { title: 'B', impact: 'major', start: '2026-06-02T01:00:00Z', end: '2026-06-02T01:07:00Z', components: ['email'] },
        'b',
      ),
    ];
    const figures = computeUptime({
      timeZone: 'UTC',
      weights: defaultWeights,
      components: [{ id: 'email' }, { id: 'api' }],
      incidents,
      asOf: endOfJune,
    }).monthByKey.get('2026-06')!;
    const charged = costs(incidents);
    expect(charged.email!.reduce((sum, c) => sum + c.minutes, 0)).toBeCloseTo(figures.components['email']!.weightedMinutes, 9);
    expect(figures.components['email']!.weightedMinutes).toBeCloseTo(58.9, 9);
    expect(charged.api).toEqual([{ slug: 'a', minutes: 54 }]);
  });
});
