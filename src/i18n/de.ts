import type { Catalog } from './catalog.ts';

/** German. */
export const de = {
  'duration.minutes': { one: '{n} Minute', other: '{n} Minuten' },
  'duration.minutesShort': '{m} Min.',
  'duration.hours': '{h} Std.',
  'duration.hoursMinutes': '{h} Std. {m} Min.',
  'count.incidents': { one: '{n} Störung', other: '{n} Störungen' },
  'count.maintenances': { one: '{n} Wartung', other: '{n} Wartungen' },
  'budget.left': '{percent} übrig',
  'budget.overspent': 'überschritten',
  'time.soFar': 'bisher',
  'time.ongoing': 'andauernd',
  'date.day': 'd. MMMM yyyy',
  'date.month': 'MMMM yyyy',
} as const satisfies Catalog;
