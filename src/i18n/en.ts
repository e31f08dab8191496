/**
 * English, the site's default language and the reference catalog: every other language
 * has exactly these keys (see `Catalog` in catalog.ts). A plural message has one entry per
 * `Intl.PluralRules` category the language uses; `{n}`, `{h}`, `{m}` are placeholders.
 */
export const en = {
  /** A duration of up to 90 minutes in words. */
  'duration.minutes': { one: '{n} minute', other: '{n} minutes' },
  /** A short duration beside a label. */
  'duration.minutesShort': '{m} min',
  'duration.hours': '{h} h',
  'duration.hoursMinutes': '{h} h {m} min',
  'count.incidents': { one: '{n} incident', other: '{n} incidents' },
  'count.maintenances': { one: '{n} maintenance', other: '{n} maintenances' },
  'budget.left': '{percent} left',
  'budget.overspent': 'overspent',
  'time.soFar': 'so far',
  'time.ongoing': 'ongoing',
  /** date-fns patterns; English keeps Intl's en-GB forms instead (see formatDate). */
  'date.day': 'd MMM yyyy',
  'date.month': 'MMMM yyyy',
} as const;
