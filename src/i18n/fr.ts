import type { Catalog } from './catalog.ts';

/** French. `many` is CLDR's form for large round numbers ("1 000 000 d’incidents"). */
export const fr = {
  'duration.minutes': { one: '{n} minute', many: '{n} minutes', other: '{n} minutes' },
  'duration.minutesShort': '{m} min',
  'duration.hours': '{h} h',
  'duration.hoursMinutes': '{h} h {m} min',
  'count.incidents': { one: '{n} incident', many: '{n} d’incidents', other: '{n} incidents' },
  'count.maintenances': { one: '{n} maintenance', many: '{n} de maintenances', other: '{n} maintenances' },
  'budget.left': '{percent} restant',
  'budget.overspent': 'dépassé',
  'time.soFar': 'jusqu’à présent',
  'time.ongoing': 'en cours',
  'date.day': 'd MMMM yyyy',
  'date.month': 'MMMM yyyy',
} as const satisfies Catalog;
