import type { Catalog } from './catalog.ts';

/** Dutch. */
export const nl = {
  'duration.minutes': { one: '{n} minuut', other: '{n} minuten' },
  'duration.minutesShort': '{m} min',
  'duration.hours': '{h} u',
  'duration.hoursMinutes': '{h} u {m} min',
  'count.incidents': { one: '{n} storing', other: '{n} storingen' },
  'count.maintenances': { one: '{n} onderhoud', other: '{n} onderhoudsbeurten' },
  'budget.left': 'nog {percent}',
  'budget.overspent': 'overschreden',
  'time.soFar': 'tot nu toe',
  'time.ongoing': 'lopend',
  'date.day': 'd MMMM yyyy',
  'date.month': 'MMMM yyyy',
} as const satisfies Catalog;
