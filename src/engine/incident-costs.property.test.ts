/**
 * incidentCosts against a brute-force oracle: every whole minute of a month is looked at on
 * its own, each component's active windows listed and the one charged picked by the stated
 * rule (worst impact, earliest incident start, smaller slug). Nothing of the engine's sweep is used.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { incidentCosts } from './incident-costs.ts';
import { computeUptime, type CountedIncident } from './uptime.ts';
import type { Impact, Weights } from '../input/schema.ts';
import { incident } from '../../tests/helpers/fixtures.ts';

const MINUTE = 60_000;
const MONTH = { start: Date.parse('2026-06-01T00:00:00Z'), end: Date.parse('2026-07-01T00:00:00Z') };
// Incidents are placed around the month's first 3,000 minutes, some starting in May.
const minuteAt = (offset: number) => new Date(MONTH.start + offset * MINUTE);
const IMPACTS: readonly Impact[] = ['major', 'partial', 'degraded', 'maintenance', 'none'];
const SEVERITY: readonly Impact[] = ['maintenance', 'degraded', 'partial', 'major'];

function oracle(ids: string[], since: Array<number | undefined>, incidents: CountedIncident[], weights: Weights, asOf: number) {
  const charges = new Map<string, Map<string, number>>();
  for (const [n, id] of ids.entries()) {
    const from = Math.max(MONTH.start, since[n] === undefined ? -Infinity : minuteAt(since[n]).getTime());
    const until = Math.min(MONTH.end, asOf);
    if (until <= from) continue;
    const byIncident = new Map<string, number>();
    charges.set(id, byIncident);
    for (let t = from; t < until; t += MINUTE) {
      let best: { rank: number; start: number; slug: string; impact: Impact } | undefined;
      for (const i of incidents) {
        if (i.draft) continue;
        for (const a of i.components) {
          if (a.id !== id || a.impact === 'none') continue;
          const end = a.end?.getTime() ?? Math.max(asOf, a.start.getTime());
          if (!(a.start.getTime() <= t && t < end)) continue;
          const candidate = { rank: SEVERITY.indexOf(a.impact), start: i.start.getTime(), slug: i.slug, impact: a.impact };
          const better =
            !best ||
            candidate.rank > best.rank ||
            (candidate.rank === best.rank &&
              (candidate.start < best.start || (candidate.start === best.start && candidate.slug < best.slug)));
          if (better) best = candidate;
        }
      }
      if (!best) continue;
      const weight = weights[best.impact as keyof Weights];
      if (weight > 0) byIncident.set(best.slug, (byIncident.get(best.slug) ?? 0) + weight);
    }
  }
  return charges;
}

const scenario = fc.record({
  weights: fc.record({
    major: fc.constantFrom(1, 0.5),
    partial: fc.constantFrom(0.3, 0),
    degraded: fc.constantFrom(0, 0.05),
    maintenance: fc.constantFrom(0, 0.01),
  }),
  asOf: fc.oneof(fc.integer({ min: 1, max: 3_000 }), fc.constant(3_000)),
  since: fc.array(fc.option(fc.integer({ min: -200, max: 3_000 }), { nil: undefined, freq: 2 }), { minLength: 1, maxLength: 2 }),
  incidents: fc.uniqueArray(
    fc.record({
      impact: fc.constantFrom(...IMPACTS),
      // Starts on a coarse grid, so incidents often start together and the slug decides.
      start: fc.integer({ min: -2, max: 10 }).map((n) => n * 200),
      length: fc.option(fc.integer({ min: 0, max: 600 }), { nil: undefined }),
      slug: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'),
      draft: fc.constantFrom(false, false, false, true),
      affected: fc.array(
        fc.record({
          component: fc.nat(2),
          impact: fc.option(fc.constantFrom(...IMPACTS), { nil: undefined, freq: 3 }),
          trim: fc.constantFrom(0, 0, 50, 130),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    }),
    { minLength: 2, maxLength: 8, selector: (i) => i.slug },
  ),
});

describe('incidentCosts against a minute-by-minute oracle', () => {
  it('charges every minute once, to the incident the rule picks, and adds up to the used minutes', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(scenario, ({ weights, asOf, since, incidents }) => {
        const ids = since.map((_, n) => `c${n}`);
        const components = ids.map((id, n) => ({ id, since: since[n] === undefined ? undefined : minuteAt(since[n]) }));
        const written = incidents.map((i) => {
          const end = i.length === undefined ? undefined : i.start + i.length;
          const seen = new Set<string>();
          const affected = i.affected.flatMap((a) => {
            const id = ids[a.component % ids.length]!;
            if (seen.has(id)) return [];
            seen.add(id);
            const start = end === undefined ? i.start + a.trim : Math.min(end, i.start + a.trim);
            return [{ id, start: minuteAt(start).toISOString(), ...(a.impact ? { impact: a.impact } : {}) }];
          });
          return incident(
            {
              title: i.slug,
              impact: i.impact,
              draft: i.draft,
              start: minuteAt(i.start).toISOString(),
              ...(end === undefined ? {} : { end: minuteAt(end).toISOString() }),
              components: affected,
            },
            i.slug,
          );
        });
        const asOfDate = minuteAt(asOf);
        const got = incidentCosts({ weights, components, incidents: written, asOf: asOfDate }, MONTH);
        const want = oracle(ids, since, written, weights, asOfDate.getTime());
        expect(Object.keys(got).sort()).toEqual([...want.keys()].sort());
        const month = computeUptime({ timeZone: 'UTC', weights, components, incidents: written, asOf: asOfDate }).monthByKey.get(
          '2026-06',
        );
        for (const [id, byIncident] of want) {
          const charges = got[id]!;
          expect(charges.map((c) => c.slug).sort()).toEqual([...byIncident.keys()].sort());
          for (const { slug, minutes } of charges) expect(minutes).toBeCloseTo(byIncident.get(slug)!, 9);
          const total = charges.reduce((sum, c) => sum + c.minutes, 0);
          expect(total).toBeCloseTo(month?.components[id]?.weightedMinutes ?? 0, 9);
        }
      }),
      { numRuns: 200 },
    );
  });
});
