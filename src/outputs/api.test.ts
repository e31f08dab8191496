import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { uptimeJson, type BudgetJson, type UptimeJson } from './api.ts';
import { loadValidContent } from '../input/load.ts';
import { buildSiteModel } from '../model/site.ts';

// The sample's test instant (tests/helpers/sites.ts).
const AS_OF = new Date('2026-11-30T12:00:00Z');
const GENERATED = new Date('2026-12-01T00:00:00Z');

function documentOf(dir: string): UptimeJson {
  const { content, errors } = loadValidContent(dir, AS_OF, { replay: true, checkBodies: false });
  expect(errors).toEqual([]);
  return uptimeJson(buildSiteModel(content!, AS_OF), GENERATED);
}

const sample = documentOf('content');
const june = sample.months.find((month) => month.month === '2026-06')!;

function expectBudget(actual: BudgetJson | null | undefined, expected: BudgetJson) {
  expect(Object.keys(actual ?? {})).toEqual(Object.keys(expected));
  for (const [field, value] of Object.entries(expected)) {
    expect(actual![field as keyof BudgetJson], field).toBeCloseTo(value as number, 9);
  }
}

describe('uptime.json budgets', () => {
  it('gives the June 2026 sample the budget of a hand calculation, for the site and two components', () => {
    // June 2026 in Copenhagen is 43,200 minutes, all past; every component is tracked all month;
    // target 99.9 allows (1 − 0.999) × 43,200 = 43.2 minutes. Weights: major 1, partial 0.3.
    // Email delivery: partial outages of 12 + 14 + 15 + 9 + 11 + 15 = 76 minutes, 0.3 × 76 = 22.8.
    expectBudget(june.components['email']!.budget, {
      target: 99.9,
      fullMinutes: 43_200,
      elapsedMinutes: 43_200,
      allowedMinutes: 43.2,
      usedMinutes: 22.8,
      remainingMinutes: 20.4,
      used: 0.5277777778, // 22.8 / 43.2
      burnRate: 0.5277777778,
    });
    // Imports: 2 minutes of major outage on 10 June (10:41 to 10:43).
    expectBudget(june.components['imports']!.budget, {
      target: 99.9,
      fullMinutes: 43_200,
      elapsedMinutes: 43_200,
      allowedMinutes: 43.2,
      usedMinutes: 2,
      remainingMinutes: 41.2,
      used: 0.0462962963, // 2 / 43.2
      burnRate: 0.0462962963,
    });
    // The site: six components; the web app's 18 minutes of partial outage (0.3 × 18 = 5.4),
    // imports 2, email 22.8, the rest 0 (degraded and maintenance weigh 0). The mean uptime loses
    // 30.2 / 6 weighted minutes of 43,200: 5.0333… used.
    expectBudget(june.budget, {
      target: 99.9,
      fullMinutes: 43_200,
      elapsedMinutes: 43_200,
      allowedMinutes: 43.2,
      usedMinutes: 5.0333333333,
      remainingMinutes: 38.1666666667,
      used: 0.1165123457, // 5.0333… / 43.2
      burnRate: 0.1165123457,
    });
  });

  it('cuts the as-of month at the instant but allows its whole length', () => {
    // 30 November 12:00Z is 13:00 in Copenhagen: 29 days and 13 hours of November's 30 days.
    const november = sample.months.at(-1)!;
    expect(november.month).toBe('2026-11');
    expect(november.budget!.fullMinutes).toBe(43_200);
    expect(november.budget!.elapsedMinutes).toBe(42_540);
    expect(november.components['auth']!.budget).toEqual({
      target: 99.9,
      fullMinutes: 43_200,
      elapsedMinutes: 42_540,
      allowedMinutes: november.components['auth']!.budget!.allowedMinutes,
      usedMinutes: 0,
      remainingMinutes: november.components['auth']!.budget!.allowedMinutes,
      used: 0,
      burnRate: 0,
    });
  });

  it('puts budget after the counts in a month and last in a component, in the contract’s field order', () => {
    expect(Object.keys(june)).toEqual([
      'month',
      'minutes',
      'uptime',
      'downtimeMinutes',
      'incidents',
      'maintenances',
      'budget',
      'components',
    ]);
    expect(Object.keys(june.components['email']!)).toEqual([
      'minutes',
      'uptime',
      'major',
      'partial',
      'degraded',
      'maintenance',
      'budget',
    ]);
  });

  describe('with a target on one component in components.yaml', () => {
    const dir = mkdtempSync(join(tmpdir(), 'statusbook-target-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    cpSync('content', dir, { recursive: true });
    const file = join(dir, 'components.yaml');
    const yaml = readFileSync(file, 'utf8');
    writeFileSync(file, yaml.replace('- id: email\n', '- id: email\n  target: 99.95\n'));
    const strict = documentOf(dir);

    it('changes that component’s budget: June’s 22.8 minutes overspend the 21.6 allowed', () => {
      const email = strict.months.find((month) => month.month === '2026-06')!.components['email']!.budget;
      expectBudget(email, {
        target: 99.95,
        fullMinutes: 43_200,
        elapsedMinutes: 43_200,
        allowedMinutes: 21.6,
        usedMinutes: 22.8,
        remainingMinutes: -1.2,
        used: 1.0555555556, // 22.8 / 21.6
        burnRate: 1.0555555556,
      });
    });

    it('changes nothing else: without email’s budgets the two documents are equal', () => {
      const withoutEmailBudgets = (document: UptimeJson) =>
        document.months.map(({ components, ...month }) => ({
          ...month,
          components: Object.fromEntries(
            Object.entries(components).map(([id, figures]) => [id, id === 'email' ? { ...figures, budget: null } : figures]),
          ),
        }));
      expect(withoutEmailBudgets(strict)).toEqual(withoutEmailBudgets(sample));
      expect(strict.target).toBe(99.9);
    });
  });

  it('writes null budgets without a target', () => {
    const dir = mkdtempSync(join(tmpdir(), 'statusbook-no-target-'));
    try {
      cpSync('content', dir, { recursive: true });
      const file = join(dir, 'site.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('uptimeTarget: 99.9\n', ''));
      // Reviews that use <Target /> need a target: leave them out of this copy.
      rmSync(join(dir, 'reviews'), { recursive: true, force: true });
      const document = documentOf(dir);
      expect(document.target).toBeNull();
      for (const month of document.months) {
        expect(month.budget).toBeNull();
        for (const figures of Object.values(month.components)) expect(figures.budget).toBeNull();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
