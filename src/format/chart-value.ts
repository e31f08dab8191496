/**
 * A chart's numbers in the page's language, for its table (at build time) and for the
 * chart's axis and tooltips (in the browser): this module imports nothing, so the chart
 * script stays small.
 */

/** How a chart's values read: percentages, or minutes through the language's "{m} min". */
export type ChartUnit = { kind: 'percent' } | { kind: 'minutes'; template: string };

/**
 * One value: with `fixed`, percentages keep two decimals (the table's, already cut by
 * section 6.8); without, as few as the value needs (an axis tick).
 *
 * @example
 * formatChartValue(99.9, { kind: 'percent' }, 'da')          //=> '99,90 %'
 * formatChartValue(2.5, { kind: 'minutes', template: '{m} min' }, 'de') //=> '2,5 min'
 */
export function formatChartValue(value: number, unit: ChartUnit, locale: string, fixed = true): string {
  if (unit.kind === 'percent') return numberFormat(locale, fixed ? 'fixed' : 'tick').format(value / 100);
  return unit.template.replace('{m}', numberFormat(locale, 'minutes').format(value));
}

const OPTIONS = {
  fixed: { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 },
  tick: { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: 2 },
  minutes: { maximumFractionDigits: 1, useGrouping: false },
} as const satisfies Record<string, Intl.NumberFormatOptions>;

const formats = new Map<string, Intl.NumberFormat>();

/** One formatter per language and kind, made once: a chart's table and axis format many values. */
function numberFormat(locale: string, kind: keyof typeof OPTIONS): Intl.NumberFormat {
  const key = `${locale}|${kind}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(locale, OPTIONS[kind])));
  return format;
}
