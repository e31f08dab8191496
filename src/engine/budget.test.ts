import { describe, expect, it } from 'vitest';
import { budgetsByMonth, errorBudget, rollingBudgets, type Budget } from './budget.ts';
import { computeUptime, type CountedIncident } from './uptime.ts';
import { incident, uptimeInput } from '../../tests/helpers/fixtures.ts';
import type { BudgetedComponent } from './budget.ts';

const at = (text: string) => new Date(text);

const majorOutage = (id: string, start: string, end: string): CountedIncident =>
  incident({ title: 'Down', impact: 'major', start, end, components: [id] });

/** The month budgets of a small site, as the build computes them. */
function budgets(options: {
  timeZone?: string;
  components: BudgetedComponent[];
  incidents?: CountedIncident[];
  asOf: string;
  target: number | undefined;
}) {
  const uptime = computeUptime(
    uptimeInput({
      timeZone: options.timeZone ?? 'UTC',
      components: options.components,
      incidents: options.incidents ?? [],
      asOf: at(options.asOf),
    }),
  );
  return budgetsByMonth(uptime, options.components, options.target);
}

/** Compares every field, the unrounded ones to nine decimals. */
function expectBudget(actual: Budget | null | undefined, expected: Budget) {
  expect(actual).not.toBeNull();
  expect(actual).toBeDefined();
  const got = actual!;
  expect(Object.keys(got)).toEqual(Object.keys(expected));
  expect(got.target).toBe(expected.target);
  expect(got.fullMinutes).toBe(expected.fullMinutes);
  expect(got.elapsedMinutes).toBe(expected.elapsedMinutes);
  for (const field of ['allowedMinutes', 'usedMinutes', 'remainingMinutes', 'used'] as const) {
    expect(got[field], field).toBeCloseTo(expected[field], 9);
  }
  if (expected.burnRate === null) expect(got.burnRate).toBeNull();
  else expect(got.burnRate).toBeCloseTo(expected.burnRate, 9);
}

describe('errorBudget', () => {
  it('allows (1 − target/100) of the whole span and measures the pace against the time passed', () => {
    expectBudget(errorBudget({ target: 99.9, fullMinutes: 43_200, elapsedMinutes: 21_600, usedMinutes: 10.8 }), {
      target: 99.9,
      fullMinutes: 43_200,
      elapsedMinutes: 21_600,
      allowedMinutes: 43.2,
      usedMinutes: 10.8,
      remainingMinutes: 32.4,
      used: 0.25,
      burnRate: 0.5,
    });
  });

  it('is null without a target', () => {
    expect(errorBudget({ target: undefined, fullMinutes: 43_200, elapsedMinutes: 43_200, usedMinutes: 12 })).toBeNull();
  });

  it('has no burn rate (null, never NaN) while no minute has passed', () => {
    const budget = errorBudget({ target: 99.9, fullMinutes: 44_640, elapsedMinutes: 0, usedMinutes: 0 });
    expect(budget?.burnRate).toBeNull();
    expect(budget?.used).toBe(0);
    expect(Object.values(budget!).every((value) => value === null || Number.isFinite(value))).toBe(true);
  });
});

describe('budgetsByMonth', () => {
  describe('in the month that contains the as-of instant', () => {
    // Half of June has passed; 21.6 of its 43.2 allowed minutes are spent: exactly on pace.
    const june = budgets({
      components: [{ id: 'api' }],
      incidents: [majorOutage('api', '2026-06-03T10:00:00Z', '2026-06-03T10:21:36Z')],
      asOf: '2026-06-16T00:00:00Z',
      target: 99.9,
    }).get('2026-06')!;

    it('allows the whole month but measures what has passed', () => {
      expectBudget(june.components['api'], {
        target: 99.9,
        fullMinutes: 43_200,
        elapsedMinutes: 21_600,
        allowedMinutes: 43.2,
        usedMinutes: 21.6,
        remainingMinutes: 21.6,
        used: 0.5,
        burnRate: 1,
      });
    });

    it('gives the site the same lengths and the mean uptime’s minutes', () => {
      expectBudget(june.site, {
        target: 99.9,
        fullMinutes: 43_200,
        elapsedMinutes: 21_600,
        allowedMinutes: 43.2,
        usedMinutes: 21.6,
        remainingMinutes: 21.6,
        used: 0.5,
        burnRate: 1,
      });
    });
  });

  describe('for a finished month', () => {
    // Two components: one with 30 minutes of major outage, one without; site target 99.9.
    const june = budgets({
      components: [{ id: 'api' }, { id: 'web' }],
      incidents: [majorOutage('api', '2026-06-03T10:00:00Z', '2026-06-03T10:30:00Z')],
      asOf: '2026-07-10T00:00:00Z',
      target: 99.9,
    }).get('2026-06')!;

    it('gives a burn rate equal to the share used', () => {
      expect(june.components['api']!.burnRate).toBeCloseTo(30 / 43.2, 9);
      expect(june.components['api']!.used).toBeCloseTo(0.6944444444, 9);
    });

    it('spends the site’s budget by the mean of the components’ uptimes: 15 minutes of 43.2', () => {
      expectBudget(june.site, {
        target: 99.9,
        fullMinutes: 43_200,
        elapsedMinutes: 43_200,
        allowedMinutes: 43.2,
        usedMinutes: 15,
        remainingMinutes: 28.2,
        used: 0.3472222222,
        burnRate: 0.3472222222,
      });
      expectBudget(june.components['web'], {
        target: 99.9,
        fullMinutes: 43_200,
        elapsedMinutes: 43_200,
        allowedMinutes: 43.2,
        usedMinutes: 0,
        remainingMinutes: 43.2,
        used: 0,
        burnRate: 0,
      });
    });
  });

  describe('for a component tracked from the middle of the month', () => {
    // Tracked from 11 June: 20 days (28,800 minutes) of June, 28.8 minutes allowed.
    const components = [{ id: 'webhooks', since: at('2026-06-11T00:00:00Z') }];
    const incidents = [
      majorOutage('webhooks', '2026-06-01T10:00:00Z', '2026-06-01T12:00:00Z'),
      majorOutage('webhooks', '2026-06-12T10:00:00Z', '2026-06-12T10:07:12Z'),
    ];

    it('allows only its window of the whole month, never counting time before since', () => {
      const june = budgets({ components, incidents, asOf: '2026-07-01T00:00:00Z', target: 99.9 }).get('2026-06')!;
      expectBudget(june.components['webhooks'], {
        target: 99.9,
        fullMinutes: 28_800,
        elapsedMinutes: 28_800,
        allowedMinutes: 28.8,
        usedMinutes: 7.2,
        remainingMinutes: 21.6,
        used: 0.25,
        burnRate: 0.25,
      });
    });

    it('measures its pace from since to the as-of instant while the month runs', () => {
      // 10 of its 20 days have passed on 21 June: a quarter spent in half the time.
      const june = budgets({ components, incidents, asOf: '2026-06-21T00:00:00Z', target: 99.9 }).get('2026-06')!;
      expectBudget(june.components['webhooks'], {
        target: 99.9,
        fullMinutes: 28_800,
        elapsedMinutes: 14_400,
        allowedMinutes: 28.8,
        usedMinutes: 7.2,
        remainingMinutes: 21.6,
        used: 0.25,
        burnRate: 0.5,
      });
    });
  });

  describe('when a month crosses a DST change', () => {
    const byMonth = budgets({
      timeZone: 'Europe/Copenhagen',
      components: [{ id: 'app', since: at('2026-03-01T00:00:00+01:00') }],
      asOf: '2026-11-15T12:00:00Z',
      target: 99.9,
    });

    it('allows 44.58 minutes in a March of 44,580 and 44.7 in an October of 44,700', () => {
      expect(byMonth.get('2026-03')!.components['app']!.fullMinutes).toBe(44_580);
      expect(byMonth.get('2026-03')!.components['app']!.allowedMinutes).toBeCloseTo(44.58, 9);
      expect(byMonth.get('2026-03')!.site!.fullMinutes).toBe(44_580);
      expect(byMonth.get('2026-10')!.components['app']!.fullMinutes).toBe(44_700);
      expect(byMonth.get('2026-10')!.site!.allowedMinutes).toBeCloseTo(44.7, 9);
    });

    it('counts the whole DST month while it is the as-of month', () => {
      // 29 March 12:00 CEST: 28 days and 11 hours (40,980 minutes) of the 44,580 have passed.
      const march = budgets({
        timeZone: 'Europe/Copenhagen',
        components: [{ id: 'app' }],
        asOf: '2026-03-29T12:00:00+02:00',
        target: 99.9,
      }).get('2026-03')!;
      expect(march.site!.fullMinutes).toBe(44_580);
      expect(march.site!.elapsedMinutes).toBe(40_980);
    });
  });

  describe('when the budget is overspent', () => {
    it('has a negative remainder and a share above 1', () => {
      const june = budgets({
        components: [{ id: 'api' }],
        incidents: [majorOutage('api', '2026-06-03T10:00:00Z', '2026-06-03T11:00:00Z')],
        asOf: '2026-07-01T00:00:00Z',
        target: 99.9,
      }).get('2026-06')!;
      expectBudget(june.components['api'], {
        target: 99.9,
        fullMinutes: 43_200,
        elapsedMinutes: 43_200,
        allowedMinutes: 43.2,
        usedMinutes: 60,
        remainingMinutes: -16.8,
        used: 1.3888888889,
        burnRate: 1.3888888889,
      });
    });
  });

  describe('without a target', () => {
    it('is null for the site and for every component without its own', () => {
      const june = budgets({
        components: [
          { id: 'api', since: at('2026-06-01T00:00:00Z') },
          { id: 'web', target: 99.5 },
        ],
        asOf: '2026-07-01T00:00:00Z',
        target: undefined,
      }).get('2026-06')!;
      expect(june.site).toBeNull();
      expect(june.components['api']).toBeNull();
      expect(june.components['web']!.allowedMinutes).toBeCloseTo(216, 9);
    });
  });

  describe('with a component target stricter than the site’s', () => {
    const june = budgets({
      components: [{ id: 'api', target: 99.99 }, { id: 'web' }],
      incidents: [
        majorOutage('api', '2026-06-03T10:00:00Z', '2026-06-03T10:06:00Z'),
        majorOutage('web', '2026-06-03T10:00:00Z', '2026-06-03T10:06:00Z'),
      ],
      asOf: '2026-07-01T00:00:00Z',
      target: 99.9,
    }).get('2026-06')!;

    it('gives that component its own, smaller budget', () => {
      // 6 minutes of 4.32 allowed: overspent, though the same 6 minutes are 13.9% of web's 43.2.
      expectBudget(june.components['api'], {
        target: 99.99,
        fullMinutes: 43_200,
        elapsedMinutes: 43_200,
        allowedMinutes: 4.32,
        usedMinutes: 6,
        remainingMinutes: -1.68,
        used: 1.3888888889,
        burnRate: 1.3888888889,
      });
      expect(june.components['web']!.target).toBe(99.9);
      expect(june.components['web']!.used).toBeCloseTo(0.1388888889, 9);
    });

    it('leaves the site on the site’s target', () => {
      expect(june.site!.target).toBe(99.9);
      expect(june.site!.usedMinutes).toBeCloseTo(6, 9);
    });
  });

  describe('for a month that starts at the as-of instant', () => {
    it('has the whole month allowed, nothing elapsed or used, and no burn rate', () => {
      const july = budgets({
        components: [{ id: 'api' }],
        incidents: [majorOutage('api', '2026-06-03T10:00:00Z', '2026-06-03T10:30:00Z')],
        asOf: '2026-07-01T00:00:00Z',
        target: 99.9,
      }).get('2026-07')!;
      expectBudget(july.site, {
        target: 99.9,
        fullMinutes: 44_640,
        elapsedMinutes: 0,
        allowedMinutes: 44.64,
        usedMinutes: 0,
        remainingMinutes: 44.64,
        used: 0,
        burnRate: null,
      });
      // No component has a window yet, so none is counted (nor budgeted) in July.
      expect(july.components).toEqual({});
    });
  });
});

describe('rollingBudgets', () => {
  it('treats the range as over: full and elapsed are the window, the burn rate is the share used', () => {
    const components = [{ id: 'email' }, { id: 'new', since: at('2026-06-21T00:00:00Z'), target: 99 }];
    const uptime = computeUptime(
      uptimeInput({
        components,
        incidents: [
          incident({
            title: 'Slow',
            impact: 'partial',
            start: '2026-06-20T10:00:00Z',
            end: '2026-06-20T10:08:00Z',
            components: ['email'],
          }),
        ],
        asOf: at('2026-07-01T00:00:00Z'),
      }),
    );
    const range = uptime.figuresFor('last-30-days', {
      start: Date.parse('2026-06-01T00:00:00Z'),
      end: Date.parse('2026-07-01T00:00:00Z'),
    });
    const rolling = rollingBudgets(range, components, 99.9);
    const budgets = rolling.components;
    // 0.3 × 8 = 2.4 of 43.2 minutes.
    expectBudget(budgets['email'], {
      target: 99.9,
      fullMinutes: 43_200,
      elapsedMinutes: 43_200,
      allowedMinutes: 43.2,
      usedMinutes: 2.4,
      remainingMinutes: 40.8,
      used: 0.0555555556,
      burnRate: 0.0555555556,
    });
    // Tracked for the last 10 days only: 14,400 minutes, 1% of them allowed.
    expectBudget(budgets['new'], {
      target: 99,
      fullMinutes: 14_400,
      elapsedMinutes: 14_400,
      allowedMinutes: 144,
      usedMinutes: 0,
      remainingMinutes: 144,
      used: 0,
      burnRate: 0,
    });
    // The site: the range's 43,200 minutes and its mean uptime, (2.4 / 43,200 + 0) / 2 lost: 1.2 minutes.
    expectBudget(rolling.site, {
      target: 99.9,
      fullMinutes: 43_200,
      elapsedMinutes: 43_200,
      allowedMinutes: 43.2,
      usedMinutes: 1.2,
      remainingMinutes: 42,
      used: 0.0277777778,
      burnRate: 0.0277777778,
    });
  });
});
