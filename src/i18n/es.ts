import type { Catalog } from './catalog.ts';

/** Spanish. `many` is CLDR's form for large round numbers ("1000000 de incidentes"). */
export const es = {
  'duration.minutes': { one: '{n} minuto', many: '{n} de minutos', other: '{n} minutos' },
  'duration.minutesShort': '{m} min',
  'duration.hours': '{h} h',
  'duration.hoursMinutes': '{h} h {m} min',
  'count.incidents': { one: '{n} incidente', many: '{n} de incidentes', other: '{n} incidentes' },
  'count.maintenances': { one: '{n} mantenimiento', many: '{n} de mantenimientos', other: '{n} mantenimientos' },
  'budget.left': 'quedan {percent}',
  'budget.overspent': 'excedido',
  'time.soFar': 'hasta ahora',
  'time.ongoing': 'en curso',
  'date.day': "d 'de' MMMM 'de' yyyy",
  'date.month': "MMMM 'de' yyyy",
} as const satisfies Catalog;
