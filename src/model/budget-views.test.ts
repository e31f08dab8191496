/**
 * Error budgets in words (section 9.5 of the content contract), checked with literal values
 * worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { buildSiteModel } from './site.ts';
import { budgetPace } from './budget-views.ts';
import { errorBudget } from '../engine/budget.ts';
import { loadedContent, loadedIncident } from '../../tests/helpers/fixtures.ts';

// June 2026 in UTC: 43,200 minutes. As of 15 June 12:00, 20,880 of them have passed (48.33%).
const asOf = new Date('2026-06-15T12:00:00Z');
const components = [
  { id: 'web', name: 'Web app', group: 'Core' },
  // Its own, stricter target: 0.05% of 43,200 minutes is 21.6 minutes.
  { id: 'mail', name: 'Email', group: 'Messaging', target: 99.95 },
  // Tracked from 10 June: 21 days of June (30,240 minutes), 5.5 of them passed (7,920).
  { id: 'api', name: 'API', group: 'Core', since: '2026-06-10T00:00:00Z' },
];
const incidents = [
  // 30 minutes of major outage on web: 30 weighted minutes.
  loadedIncident(
    { title: 'Web down', impact: 'major', start: '2026-06-02T10:00:00Z', end: '2026-06-02T10:30:00Z', components: ['web'] },
    'web-down',
  ),
  // 90 minutes of partial outage on mail at weight 0.3: 27 weighted minutes, more than its 21.6.
  loadedIncident(
    { title: 'Mail slow', impact: 'partial', start: '2026-06-05T00:00:00Z', end: '2026-06-05T01:30:00Z', components: ['mail'] },
    'mail-slow',
  ),
];
const model = buildSiteModel(loadedContent({ site: { uptimeTarget: 99.9 }, components, incidents }), asOf);
const june = model.view.monthBudget('2026-06')!;

describe('monthBudgetView', () => {
  it('says the site budget in words: the mean of the components spends (30 + 27 + 0) / 3 = 19 of 43.2 minutes', () => {
    expect(june.current).toBe(true);
    expect(june.site).toMatchObject({
      name: 'All components',
      targetLabel: '99.9%',
      usedLabel: '43%', // 19 / 43.2 = 0.4398
      leftLabel: '56% left',
      minutesLabel: '19 of 43 minutes',
      sentence: "Used 43% of June's error budget (19 of 43 minutes); 24 minutes left.",
      // burn rate 0.4398 / 0.4833 = 0.9100: under an even pace
      pace: 'At this pace June ends with 90% of its budget used.',
      overspent: false,
    });
    expect(june.site.fill).toBeCloseTo(19 / 43.2, 12);
    expect(june.site.paceMark).toBeCloseTo(20_880 / 43_200, 12);
  });

  it('runs a component out of budget on the day its pace reaches 100%', () => {
    // 30 of 43.2 minutes in 20,880: all 43.2 are gone 20,880 × 43.2 / 30 = 30,067.2 minutes in, on 21 June at 21:07.
    expect(june.components.find((row) => row.id === 'web')).toMatchObject({
      usedLabel: '69%',
      minutesLabel: '30 of 43 minutes',
      sentence: 'Used 69% of its June error budget (30 of 43 minutes); 13 minutes left.',
      pace: 'At this pace the budget runs out on 21 June.',
    });
  });

  it('says an overspent budget in words, never as a negative "left", and names it for its group', () => {
    // 27 of 21.6 minutes: 125%, 5.4 minutes over; burn rate 1.25 / 0.4833 = 2.586.
    expect(june.components.find((row) => row.id === 'mail')).toMatchObject({
      targetLabel: '99.95%',
      usedLabel: '125%',
      leftLabel: 'overspent',
      sentence: 'Overspent its June error budget: used 27 of 22 minutes (125%), 5 minutes over.',
      pace: 'Already overspent; at this pace June ends at 258% of its budget.',
      overspent: true,
      fill: 1,
    });
    expect(june.overspent).toEqual(['Email']);
    expect(model.view.groups.map((group) => [group.name, group.overspent])).toEqual([
      ['Core', []],
      ['Messaging', ['Email']],
    ]);
  });

  it('counts a component from its since, and says nothing spent rather than a pace of 0', () => {
    const api = june.components.find((row) => row.id === 'api')!;
    expect(api.budget).toMatchObject({ fullMinutes: 30_240, elapsedMinutes: 7_920, usedMinutes: 0 });
    expect(api.minutesLabel).toBe('0 of 30 minutes');
    expect(api.pace).toBe('Nothing spent so far in June.');
  });

  it('has no budget, and says so, without a target', () => {
    const untargeted = buildSiteModel(loadedContent({ components: [{ id: 'web', name: 'Web app' }], incidents }), asOf);
    expect(untargeted.view.monthBudget('2026-06')!.site).toMatchObject({
      budget: null,
      leftLabel: 'no target',
      sentence: 'No uptime target, so no error budget.',
    });
    expect(untargeted.view.monthBudget('2026-06')!.site.pace).toBeUndefined();
    expect(untargeted.view.recentBudgets[0]!.days).toEqual([]);
  });
});

describe('budgetDays', () => {
  const days = model.view.recentBudgets[0]!.days;

  it('follows the site budget day by day and stops at the as-of instant', () => {
    expect(model.view.recentBudgets.map((month) => month.month)).toEqual(['2026-06']);
    expect(days).toHaveLength(30);
    const at = (day: number) => days[day - 1]!;
    expect(at(1)).toMatchObject({ day: '2026-06-01', spent: 0 });
    expect(at(1).pace).toBeCloseTo(100 / 30, 12);
    // By 2 June: web's 30 minutes, averaged over the two components tracked (api starts on 10 June).
    expect(at(2).spent).toBeCloseTo((100 * 15) / 43.2, 9);
    // By 5 June: (30 + 27) / 2.
    expect(at(5).spent).toBeCloseTo((100 * 28.5) / 43.2, 9);
    // From 10 June api is counted too: (30 + 27 + 0) / 3 = 19, the month's own figure by the as-of day.
    expect(at(10).spent).toBeCloseTo((100 * 19) / 43.2, 9);
    expect(at(15).spent).toBeCloseTo(100 * model.budgets.byMonth.get('2026-06')!.site!.used, 12);
    expect(at(15).pace).toBe(50);
    expect(at(16).spent).toBeNull();
    expect(at(30).pace).toBe(100);
  });
});

describe('budgetPace', () => {
  const juneEnd = Date.parse('2026-07-01T00:00:00Z');
  const budget = (elapsedMinutes: number, usedMinutes: number) =>
    errorBudget({ target: 99.9, fullMinutes: 43_200, elapsedMinutes, usedMinutes });

  it('gives the day the budget runs out in the site zone', () => {
    // 40 of 43.2 minutes in 21,000: gone 22,680 minutes (15 days 18 hours) in, on 16 June at 18:00.
    expect(budgetPace(budget(21_000, 40), juneEnd, 'UTC', '2026-06')).toBe('At this pace the budget runs out on 16 June.');
    // 40 in 21,500: gone 23,220 minutes (16 days 3 hours) into Tokyo's June, which began at 31 May 15:00 UTC:
    // at 16 June 18:00 UTC, already 17 June in Tokyo.
    expect(budgetPace(budget(21_500, 40), Date.parse('2026-06-30T15:00:00Z'), 'Asia/Tokyo', '2026-06')).toBe(
      'At this pace the budget runs out on 17 June.',
    );
  });

  it('says nothing of pace for a month that is over, or before it has begun', () => {
    expect(budgetPace(budget(43_200, 50), juneEnd, 'UTC', '2026-06')).toBeUndefined();
    expect(budgetPace(budget(0, 0), juneEnd, 'UTC', '2026-06')).toBeUndefined();
    expect(budgetPace(null, juneEnd, 'UTC', '2026-06')).toBeUndefined();
  });

  it('projects the share used at the end of a month spent slower than an even pace', () => {
    // 10 of 43.2 minutes in half the month: 23.1% now, 46.3% by the end.
    expect(budgetPace(budget(21_600, 10), juneEnd, 'UTC', '2026-06')).toBe('At this pace June ends with 46% of its budget used.');
  });
});
