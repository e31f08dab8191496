import type { Catalog } from './catalog.ts';

/** Danish. */
export const da = {
  'duration.minutes': { one: '{n} minut', other: '{n} minutter' },
  'duration.minutesShort': '{m} min',
  'duration.hours': '{h} t',
  'duration.hoursMinutes': '{h} t {m} min',
  'count.incidents': { one: '{n} hændelse', other: '{n} hændelser' },
  'count.maintenances': { one: '{n} vedligeholdelse', other: '{n} vedligeholdelser' },
  'budget.left': '{percent} tilbage',
  'budget.overspent': 'overskredet',
  'time.soFar': 'indtil nu',
  'time.ongoing': 'igangværende',
  'date.day': 'd. MMMM yyyy',
  'date.month': 'MMMM yyyy',
} as const satisfies Catalog;
