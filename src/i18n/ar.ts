import type { Catalog } from './catalog.ts';

/** Arabic: six plural forms (zero, one, two, few, many, other), written right to left. */
export const ar = {
  'duration.minutes': {
    zero: '{n} دقيقة',
    one: 'دقيقة واحدة',
    two: 'دقيقتان',
    few: '{n} دقائق',
    many: '{n} دقيقة',
    other: '{n} دقيقة',
  },
  'duration.minutesShort': '{m} د',
  'duration.hours': '{h} س',
  'duration.hoursMinutes': '{h} س {m} د',
  'count.incidents': {
    zero: 'لا حوادث',
    one: 'حادثة واحدة',
    two: 'حادثتان',
    few: '{n} حوادث',
    many: '{n} حادثة',
    other: '{n} حادثة',
  },
  'count.maintenances': {
    zero: 'لا صيانة',
    one: 'صيانة واحدة',
    two: 'صيانتان',
    few: '{n} صيانات',
    many: '{n} صيانة',
    other: '{n} صيانة',
  },
  'budget.left': 'متبقٍ {percent}',
  'budget.overspent': 'متجاوز',
  'time.soFar': 'حتى الآن',
  'time.ongoing': 'جارٍ',
  'date.day': 'd MMMM yyyy',
  'date.month': 'MMMM yyyy',
} as const satisfies Catalog;
