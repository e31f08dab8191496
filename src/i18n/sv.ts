import type { Catalog } from './catalog.ts';

/** Swedish. */
export const sv = {
  'duration.minutes': { one: '{n} minut', other: '{n} minuter' },
  'duration.minutesShort': '{m} min',
  'duration.hours': '{h} tim',
  'duration.hoursMinutes': '{h} tim {m} min',
  'count.incidents': { one: '{n} incident', other: '{n} incidenter' },
  'count.maintenances': { one: '{n} underhåll', other: '{n} underhåll' },
  'budget.left': '{percent} kvar',
  'budget.overspent': 'överskriden',
  'time.soFar': 'hittills',
  'time.ongoing': 'pågår',
  'date.day': 'd MMMM yyyy',
  'date.month': 'MMMM yyyy',
} as const satisfies Catalog;
