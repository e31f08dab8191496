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
  if (unit.kind === 'percent') {
    const digits = { minimumFractionDigits: fixed ? 2 : 0, maximumFractionDigits: 2 };
    return new Intl.NumberFormat(locale, { style: 'percent', ...digits }).format(value / 100);
  }
  const minutes = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, useGrouping: false }).format(value);
  return unit.template.replace('{m}', minutes);
}
