/**
 * The engine against a brute-force oracle: every whole minute is examined on its own,
 * with months found by asking Intl which local month the minute falls in. No code of
 * the engine (timeline sweep, period arithmetic, @date-fns/tz) is used by the oracle.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeUptime, type CountedIncident, type TrackedComponent } from './uptime.ts';
import { budgetsByMonth, type Budget } from './budget.ts';
import type { Impact, Weights } from '../input/schema.ts';
import { incident } from '../../tests/helpers/fixtures.ts';

const MINUTE = 60_000;
// 28 March 2026 noon UTC: the range below crosses Copenhagen's DST change and a month end.
const BASE = Date.parse('2026-03-28T12:00:00Z');
const RANGE = 7_200;
const ZONES = ['UTC', 'Europe/Copenhagen', 'America/New_York', 'Asia/Kolkata'] as const;
const IMPACTS: readonly Impact[] = ['major', 'partial', 'degraded', 'maintenance', 'none'];
const SEVERITY = ['maintenance', 'degraded', 'partial', 'major'] as const;

const minuteAt = (offset: number) => new Date(BASE + offset * MINUTE);

const monthCache = new Map<string, string>();
// Local midnights fall on a multiple of 15 minutes in UTC in every zone, so the month of
// a minute is the month of its quarter hour: cache per quarter hour to keep Intl calls few.
function oracleMonthOf(instant: number, timeZone: string): string {
  const key = `${timeZone}|${Math.floor(instant / (15 * MINUTE))}`;
  let month = monthCache.get(key);
  if (month === undefined) monthCache.set(key, (month = intlMonthOf(instant, timeZone)));
  return month;
}

function intlMonthOf(instant: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).formatToParts(instant);
  return `${parts.find((p) => p.type === 'year')!.value}-${parts.find((p) => p.type === 'month')!.value}`;
}

interface OracleMonth {
  minutes: number;
  /** The whole month's length, past the as-of instant: a budget's `fullMinutes`. */
  fullMinutes: number;
  downtime: number;
  /** Minutes in which some component's worst state was each state. */
  any: Record<(typeof SEVERITY)[number], number>;
  incidents: number;
  components: Record<string, { minutes: number; fullMinutes: number } & Record<(typeof SEVERITY)[number], number>>;
}

function oracle(components: TrackedComponent[], incidents: CountedIncident[], timeZone: string, asOf: number) {
  const monthKey = (t: number) => oracleMonthOf(t, timeZone);
  let first = asOf;
  for (const i of incidents) first = Math.min(first, i.start.getTime());
  for (const c of components) if (c.since) first = Math.min(first, c.since.getTime());
  // Walk back minute by minute to the start of the first month.
  let start = Math.floor(first / MINUTE) * MINUTE;
  while (monthKey(start - MINUTE) === monthKey(first)) start -= MINUTE;

  const intervals = new Map(
    components.map((c) => [
      c.id,
      incidents.flatMap((i) =>
        i.components
          .filter((a) => a.id === c.id && a.impact !== 'none')
          .map((a) => ({
            start: a.start.getTime(),
            end: a.end?.getTime() ?? asOf,
            rank: SEVERITY.indexOf(a.impact as (typeof SEVERITY)[number]),
          })),
      ),
    ]),
  );
  const months = new Map<string, OracleMonth>();
  for (let t = start; t < asOf; t += MINUTE) {
    const key = monthKey(t);
    let month = months.get(key);
    if (!month)
      months.set(
        key,
        (month = {
          minutes: 0,
          fullMinutes: 0,
          downtime: 0,
          any: { maintenance: 0, degraded: 0, partial: 0, major: 0 },
          incidents: 0,
          components: {},
        }),
      );
    month.minutes += 1;
    month.fullMinutes += 1;
    let anyMajor = false;
    const seen = new Set<(typeof SEVERITY)[number]>();
    for (const component of components) {
      if (component.since && t < component.since.getTime()) continue;
      const figures = (month.components[component.id] ??= {
        minutes: 0,
        fullMinutes: 0,
        major: 0,
        partial: 0,
        degraded: 0,
        maintenance: 0,
      });
      figures.minutes += 1;
      figures.fullMinutes += 1;
      let worst = -1;
      for (const a of intervals.get(component.id)!) if (a.start <= t && t < a.end) worst = Math.max(worst, a.rank);
      if (worst >= 0) figures[SEVERITY[worst]!] += 1;
      if (worst >= 0) seen.add(SEVERITY[worst]!);
      if (worst === 3) anyMajor = true;
    }
    if (anyMajor) month.downtime += 1;
    for (const state of seen) month.any[state] += 1;
  }
  // The rest of the as-of month, for budgets: a month's end falls on a quarter hour, so walk those.
  const asOfMonth = months.get(monthKey(asOf));
  if (asOfMonth) {
    let end = asOf;
    while (monthKey(end) === monthKey(asOf)) end = (Math.floor(end / (15 * MINUTE)) + 1) * 15 * MINUTE;
    const rest = (end - asOf) / MINUTE;
    asOfMonth.fullMinutes += rest;
    for (const figures of Object.values(asOfMonth.components)) figures.fullMinutes += rest;
  }
  for (const i of incidents) {
    if (['major', 'partial', 'degraded'].includes(i.impact) && i.start.getTime() < asOf) {
      const month = months.get(monthKey(i.start.getTime()));
      if (month) month.incidents += 1;
    }
  }
  return months;
}

const weightsArb: fc.Arbitrary<Weights> = fc.record({
  major: fc.constantFrom(1, 0.5),
  partial: fc.constantFrom(0.3, 0.1, 0),
  degraded: fc.constantFrom(0, 0.05),
  maintenance: fc.constantFrom(0, 0.01),
});

const scenario = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    weights: weightsArb,
    asOf: fc.integer({ min: 1_000, max: RANGE }),
    since: fc.array(fc.option(fc.integer({ min: -1_500, max: RANGE }), { nil: undefined }), { minLength: 1, maxLength: 3 }),
    siteTarget: fc.option(fc.constantFrom(99.9, 99.5, 95), { nil: undefined }),
    targets: fc.array(fc.option(fc.constantFrom(99.99, 99, 90), { nil: undefined }), { minLength: 3, maxLength: 3 }),
    incidents: fc.array(
      fc.record({
        impact: fc.constantFrom(...IMPACTS),
        start: fc.integer({ min: -1_500, max: RANGE }),
        length: fc.option(fc.integer({ min: 0, max: 900 }), { nil: undefined }),
        affected: fc.array(
          fc.record({
            component: fc.nat(2),
            impact: fc.option(fc.constantFrom(...IMPACTS), { nil: undefined }),
            trimStart: fc.option(fc.nat(300), { nil: undefined }),
            trimEnd: fc.option(fc.nat(300), { nil: undefined }),
          }),
          { minLength: 1, maxLength: 3 },
        ),
      }),
      { maxLength: 8 },
    ),
  })
  .map(({ timeZone, weights, asOf, since, siteTarget, targets, incidents }) => {
    const components: Array<TrackedComponent & { target?: number | undefined }> = since.map((s, i) => ({
      id: `c${i}`,
      since: s === undefined ? undefined : minuteAt(s),
      target: targets[i],
    }));
    const written = incidents
      // Only maintenance may start after the as-of instant: anything else is rejected content.
      .filter((i) => i.impact === 'maintenance' || i.start <= asOf)
      .map((i, n) => {
        const end = i.length === undefined ? undefined : i.start + i.length;
        const seen = new Set<string>();
        const affected = i.affected.flatMap((a) => {
          const id = components[a.component % components.length]!.id;
          if (seen.has(id)) return [];
          seen.add(id);
          const override: Record<string, unknown> = { id };
          if (a.impact) override['impact'] = a.impact;
          if (a.trimStart !== undefined && end !== undefined)
            override['start'] = minuteAt(Math.min(end, i.start + a.trimStart)).toISOString();
          if (a.trimEnd !== undefined && end !== undefined)
            override['end'] = minuteAt(Math.max(i.start + (a.trimStart ?? 0), end - a.trimEnd)).toISOString();
          if (override['start'] && override['end'] && override['end'] < override['start']) override['end'] = override['start'];
          return [override];
        });
        return incident(
          {
            title: `incident ${n}`,
            impact: i.impact,
            start: minuteAt(i.start).toISOString(),
            ...(end === undefined ? {} : { end: minuteAt(end).toISOString() }),
            components: affected,
          },
          `i${n}`,
        );
      });
    return { timeZone, weights, asOf: minuteAt(asOf), components, siteTarget, incidents: written };
  });

/** The budget by section 9.2 of the contract, from the oracle's minutes. */
function oracleBudget(target: number | undefined, fullMinutes: number, elapsedMinutes: number, usedMinutes: number) {
  if (target === undefined) return null;
  const allowedMinutes = (fullMinutes * (100 - target)) / 100;
  const used = usedMinutes / allowedMinutes;
  return {
    target,
    fullMinutes,
    elapsedMinutes,
    allowedMinutes,
    usedMinutes,
    remainingMinutes: allowedMinutes - usedMinutes,
    used,
    burnRate: elapsedMinutes === 0 ? null : (used * fullMinutes) / elapsedMinutes,
  };
}

function expectBudget(got: Budget | null | undefined, want: ReturnType<typeof oracleBudget>) {
  if (want === null) return expect(got).toBeNull();
  expect(got).toBeTruthy();
  expect(Object.keys(got!)).toEqual(Object.keys(want));
  expect(got!.target).toBe(want.target);
  expect(got!.fullMinutes).toBe(want.fullMinutes);
  expect(got!.elapsedMinutes).toBe(want.elapsedMinutes);
  for (const field of ['allowedMinutes', 'usedMinutes', 'remainingMinutes', 'used'] as const) {
    expect(got![field], field).toBeCloseTo(want[field], 6);
  }
  if (want.burnRate === null) expect(got!.burnRate).toBeNull();
  else expect(got!.burnRate).toBeCloseTo(want.burnRate, 6);
}

describe('computeUptime against a minute-by-minute oracle', () => {
  it('agrees on every month, component, state, downtime and count', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(scenario, ({ timeZone, weights, asOf, components, incidents }) => {
        const model = computeUptime({ timeZone, weights, components, incidents, asOf });
        const expected = oracle(components, incidents, timeZone, asOf.getTime());
        // The oracle only sees months with at least one minute before the as-of instant.
        const engineMonths = model.months.filter((m) => m.minutes > 0);
        expect(engineMonths.map((m) => m.key)).toEqual([...expected.keys()]);
        for (const month of engineMonths) {
          const want = expected.get(month.key)!;
          expect(month.minutes).toBe(want.minutes);
          expect(month.downtimeMinutes).toBe(want.downtime);
          expect(month.anyComponentMinutes).toEqual(want.any);
          expect(month.incidents.length).toBe(want.incidents);
          expect(Object.keys(month.components).sort()).toEqual(Object.keys(want.components).sort());
          let sum = 0;
          for (const [id, figures] of Object.entries(want.components)) {
            const got = month.components[id]!;
            expect({
              minutes: got.minutes,
              major: got.major,
              partial: got.partial,
              degraded: got.degraded,
              maintenance: got.maintenance,
            }).toEqual({
              minutes: figures.minutes,
              major: figures.major,
              partial: figures.partial,
              degraded: figures.degraded,
              maintenance: figures.maintenance,
            });
            const uptime =
              100 *
              (1 -
                (weights.major * figures.major +
                  weights.partial * figures.partial +
                  weights.degraded * figures.degraded +
                  weights.maintenance * figures.maintenance) /
                  figures.minutes);
            expect(got.uptime).toBeCloseTo(uptime, 9);
            sum += uptime;
          }
          const count = Object.keys(want.components).length;
          expect(month.uptime).toBeCloseTo(count === 0 ? 100 : sum / count, 9);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('budgetsByMonth against the same oracle', () => {
  it('agrees on every month’s and component’s budget, the as-of month counted whole', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(scenario, ({ timeZone, weights, asOf, components, siteTarget, incidents }) => {
        const model = computeUptime({ timeZone, weights, components, incidents, asOf });
        const budgets = budgetsByMonth(model, components, siteTarget);
        const expected = oracle(components, incidents, timeZone, asOf.getTime());
        for (const [key, want] of expected) {
          const got = budgets.get(key)!;
          let uptimeSum = 0;
          for (const [id, figures] of Object.entries(want.components)) {
            const usedMinutes =
              weights.major * figures.major +
              weights.partial * figures.partial +
              weights.degraded * figures.degraded +
              weights.maintenance * figures.maintenance;
            const target = components.find((c) => c.id === id)!.target ?? siteTarget;
            expectBudget(got.components[id], oracleBudget(target, figures.fullMinutes, figures.minutes, usedMinutes));
            uptimeSum += 100 * (1 - usedMinutes / figures.minutes);
          }
          const count = Object.keys(want.components).length;
          expect(Object.keys(got.components).sort()).toEqual(Object.keys(want.components).sort());
          const uptime = count === 0 ? 100 : uptimeSum / count;
          expectBudget(got.site, oracleBudget(siteTarget, want.fullMinutes, want.minutes, (1 - uptime / 100) * want.minutes));
        }
      }),
      { numRuns: 100 },
    );
  });
});
