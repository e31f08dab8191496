/**
 * Review MDX components (`<Uptime />`, `<Downtime />`…) take their figures from the
 * month whose review is being rendered; the review page names it in `Astro.locals`.
 */
import { model } from '../../model/current.ts';
import { UNCATEGORISED, type MonthReport } from '../../model/site.ts';

const knownCategories = new Set(model.incidents.map((incident) => incident.category ?? UNCATEGORISED));

/** The report of the review being rendered; `component` names the caller in errors. */
export function currentReport(locals: App.Locals, component: string): MonthReport {
  const report = locals.reviewMonth === undefined ? undefined : model.reportByMonth.get(locals.reviewMonth);
  if (!report) throw new Error(`<${component} /> can only be used in a monthly review (content/reviews/*.mdx).`);
  return report;
}

/** The month before the report's, or the report itself when `which` is not 'previous'. */
export function pickMonth(report: MonthReport, which: 'this' | 'previous' | undefined) {
  return which === 'previous' ? report.previous : report.figures;
}

/** Fails the build on a category no incident uses: almost always a typo in the review. */
export function checkCategory(report: MonthReport, category: string, component: string): void {
  if (knownCategories.has(category)) return;
  const file = report.review?.source.file ?? `the review of ${report.month}`;
  throw new Error(
    `${file} — <${component} category="${category}" /> — no incident has this category — use one of: ${[...knownCategories].join(', ')}`,
  );
}
