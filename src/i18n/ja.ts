import type { Catalog } from './catalog.ts';

/** Japanese: one plural form, no spaces between a number and its counter. */
export const ja = {
  'duration.minutes': { other: '{n}分' },
  'duration.minutesShort': '{m}分',
  'duration.hours': '{h}時間',
  'duration.hoursMinutes': '{h}時間{m}分',
  'count.incidents': { other: '{n}件のインシデント' },
  'count.maintenances': { other: '{n}件のメンテナンス' },
  'budget.left': '残り{percent}',
  'budget.overspent': '超過',
  'time.soFar': '現時点まで',
  'time.ongoing': '継続中',
  'date.day': 'yyyy年M月d日',
  'date.month': 'yyyy年M月',
} as const satisfies Catalog;
