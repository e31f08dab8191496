import { describe, expect, it } from 'vitest';
import {
  displayUptime,
  formatBudgetLeft,
  formatBudgetMinutes,
  formatBudgetSentence,
  formatBudgetUsed,
  formatDayMonth,
  formatMinutes,
  formatUptime,
  possessive,
} from './figures.ts';

describe('displayUptime', () => {
  it('truncates, never rounds up', () => {
    expect(displayUptime({ uptime: 99.99999, hasWeightedDowntime: true })).toBe(99.99);
    expect(displayUptime({ uptime: 99.98835, hasWeightedDowntime: true })).toBe(99.98);
    expect(formatUptime({ uptime: 99.98999999, hasWeightedDowntime: true })).toBe('99.98%');
  });
  it('keeps an exact value that floating point stores just below it', () => {
    expect(displayUptime({ uptime: 100 * (1 - 0.0002), hasWeightedDowntime: true })).toBe(99.98);
  });
  it('shows 100 only when there was no weighted downtime', () => {
    expect(formatUptime({ uptime: 100, hasWeightedDowntime: false })).toBe('100.00%');
    expect(formatUptime({ uptime: 99.99999, hasWeightedDowntime: true })).toBe('99.99%');
    expect(formatUptime({ uptime: 100, hasWeightedDowntime: true })).toBe('99.99%');
  });
});

describe('formatBudgetLeft', () => {
  it('truncates what is left to a whole percent, so any spending never shows as 100% left', () => {
    expect(formatBudgetLeft({ used: 0 })).toBe('100% left');
    expect(formatBudgetLeft({ used: 0.38 })).toBe('62% left');
    expect(formatBudgetLeft({ used: 0.384 })).toBe('61% left');
    expect(formatBudgetLeft({ used: 1e-12 })).toBe('99% left');
    expect(formatBudgetLeft({ used: 1 })).toBe('0% left');
  });
  it('says overspent, never a negative "left"', () => {
    expect(formatBudgetLeft({ used: 1.0000001 })).toBe('overspent');
    expect(formatBudgetLeft({ used: 2.5 })).toBe('overspent');
  });
});

describe('formatMinutes', () => {
  it('rounds to whole minutes and switches to hours past 90 minutes', () => {
    expect(formatMinutes(1.6)).toBe('2 minutes');
    expect(formatMinutes(1)).toBe('1 minute');
    expect(formatMinutes(90.4)).toBe('90 minutes');
    expect(formatMinutes(135.2)).toBe('2 h 15 min');
    expect(formatMinutes(120)).toBe('2 h');
  });
});

describe('formatBudgetUsed', () => {
  it('truncates, never shows a spent budget as 0% or an unspent one as 100%', () => {
    expect(formatBudgetUsed({ used: 0 })).toBe('0%');
    expect(formatBudgetUsed({ used: 0.00001 })).toBe('1%');
    expect(formatBudgetUsed({ used: 0.384 })).toBe('38%');
    expect(formatBudgetUsed({ used: 0.38 })).toBe('38%');
    expect(formatBudgetUsed({ used: 0.9999 })).toBe('99%');
    expect(formatBudgetUsed({ used: 1 })).toBe('100%');
    expect(formatBudgetUsed({ used: 1.125 })).toBe('112%');
  });
});

describe('possessive', () => {
  it("adds 's, or only ' after an s", () => {
    expect(possessive('June')).toBe("June's");
    expect(possessive('Email delivery')).toBe("Email delivery's");
    expect(possessive('Webhooks')).toBe("Webhooks'");
  });
});

describe('formatDayMonth', () => {
  it('names the day in the site zone', () => {
    expect(formatDayMonth(new Date('2026-06-18T23:30:00Z'), 'Europe/Copenhagen')).toBe('19 June');
    expect(formatDayMonth(new Date('2026-06-18T23:30:00Z'), 'UTC')).toBe('18 June');
  });
});

describe('formatBudgetSentence', () => {
  it("says section 9.5's sentence with whole minutes", () => {
    // June 2026 in the sample: the site used 5.0333 of 43.2 minutes.
    const site = { used: 5.0333 / 43.2, usedMinutes: 5.0333, allowedMinutes: 43.2, remainingMinutes: 38.1667 };
    expect(formatBudgetSentence(site, "June's")).toBe("Used 11% of June's error budget (5 of 43 minutes); 38 minutes left.");
    const email = { used: 22.8 / 43.2, usedMinutes: 22.8, allowedMinutes: 43.2, remainingMinutes: 20.4 };
    expect(formatBudgetSentence(email, "Email delivery's June")).toBe(
      "Used 52% of Email delivery's June error budget (23 of 43 minutes); 20 minutes left.",
    );
  });
  it('says overspent in words, never a negative left', () => {
    const email = { used: 22.8 / 21.6, usedMinutes: 22.8, allowedMinutes: 21.6, remainingMinutes: -1.2 };
    expect(formatBudgetSentence(email, "June's")).toBe(
      "Overspent June's error budget: used 23 of 22 minutes (105%), 1 minute over.",
    );
  });
  it('switches to hours past 90 minutes', () => {
    const budget = { used: 135 / 432, usedMinutes: 135, allowedMinutes: 432, remainingMinutes: 297 };
    expect(formatBudgetMinutes(budget)).toBe('2 h 15 min of 7 h 12 min');
    expect(formatBudgetSentence(budget, "June's")).toBe(
      "Used 31% of June's error budget (2 h 15 min of 7 h 12 min); 4 h 57 min left.",
    );
  });
});
