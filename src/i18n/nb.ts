import type { Catalog } from './catalog.ts';

/** Norwegian Bokmål. */
export const nb = {
  'duration.minutes': { one: '{n} minutt', other: '{n} minutter' },
  'duration.minutesShort': '{m} min',
  'duration.hours': '{h} t',
  'duration.hoursMinutes': '{h} t {m} min',
  'count.incidents': { one: '{n} hendelse', other: '{n} hendelser' },
  'count.maintenances': { one: '{n} vedlikehold', other: '{n} vedlikehold' },
  'budget.left': '{percent} igjen',
  'budget.overspent': 'overskredet',
  'time.soFar': 'så langt',
  'time.ongoing': 'pågår',
  'date.day': 'd. MMMM yyyy',
  'date.month': 'MMMM yyyy',
} as const satisfies Catalog;
