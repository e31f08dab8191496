/**
 * Review MDX components (`<Uptime />`, `<Downtime />`…) take their figures from the
 * month whose review is being rendered: the review page puts it in `Astro.locals.review`.
 */
import type { Budget, PeriodBudgets } from '../../engine/budget.ts';
import type { CategoryFacts, MonthReport } from '../../model/site.ts';
import type { Locale } from '../../i18n/catalog.ts';
import type { IncidentView } from '../../model/views.ts';

/** What the review page hands its MDX components. */
export interface ReviewContext {
  report: MonthReport;
  /** The site's uptime target, when it has one. */
  target?: number | undefined;
  /** The categories some incident uses. */
  knownCategories: readonly string[];
  /** Every month's error budgets (the model's), by `YYYY-MM`. */
  budgets: ReadonlyMap<string, PeriodBudgets>;
  /** Component names by id, for sentences that name a component. */
  componentNames: ReadonlyMap<string, string>;
  /** The incidents as the review's language shows them: a translated title, else the original, marked. */
  incidents: ReadonlyMap<string, IncidentView>;
  /**
   * The language of the review's text: the page's for a translation, else the original's.
   * Its components write their figures and words in it, so a sentence keeps one language.
   */
  locale: Locale;
}

/** The review being rendered; `component` names the caller in errors. */
export function currentReview(locals: App.Locals, component: string): ReviewContext {
  if (!locals.review) throw new Error(`<${component} /> can only be used in a monthly review (content/reviews/*.mdx).`);
  return locals.review;
}

/** The month before the report's, or the report itself when `which` is not 'previous'. */
export function pickMonth(report: MonthReport, which: 'this' | 'previous' | undefined) {
  return which === 'previous' ? report.previous : report.figures;
}

/**
 * The facts of one category in the review's month. A category no incident uses fails the
 * build (the content check reports it first, with its line): almost always a typo.
 */
export function categoryOf({ report, knownCategories }: ReviewContext, category: string, component: string): CategoryFacts {
  const facts = report.byCategory.get(category);
  if (facts) return facts;
  const file = report.review?.source.file ?? `the review of ${report.month}`;
  throw new Error(
    `${file} — <${component} category="${category}" /> — no incident has this category — use one of: ${knownCategories.join(', ')}`,
  );
}

/**
 * The error budget `<ErrorBudget />` shows: the site's, or one component's, in the review's
 * month or the one before; `undefined` when that month is not tracked. No target fails the
 * build (the content check reports it first, with its line).
 */
export function budgetOf(
  { report, budgets }: ReviewContext,
  which: 'this' | 'previous' | undefined,
  component: string | undefined,
): Budget | undefined {
  const figures = pickMonth(report, which);
  if (!figures) return undefined;
  const month = budgets.get(figures.key);
  const budget = component === undefined ? month?.site : month?.components[component];
  if (component !== undefined && budget === undefined)
    throw new Error(`<ErrorBudget component="${component}" />: that component is not tracked in ${figures.key}.`);
  if (!budget)
    throw new Error(
      `<ErrorBudget${component === undefined ? '' : ` component="${component}"`} />: there is no uptime target, so no error budget.`,
    );
  return budget;
}
