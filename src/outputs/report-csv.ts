/**
 * `/reports/YYYY-MM.csv`: the monthly SLA report as RFC 4180 CSV, the same numbers as the
 * report page (both read `model/reports.ts`). A header row, then one row for the site
 * (`scope` `site`, empty `id`, so no component id can be mistaken for it), then one row per
 * counted component in components.yaml order. Numbers are unrounded; the `_shown` columns
 * are what the page prints. Lines end in CRLF.
 */
import type { BudgetView, SlaReport } from '../model/reports.ts';

/** The columns, in order. */
export const REPORT_CSV_COLUMNS = [
  'month',
  'scope',
  'id',
  'name',
  'target',
  'minutes',
  'uptime',
  'uptime_shown',
  'downtime_minutes',
  'weighted_downtime_minutes',
  'incidents',
  'maintenances',
  'budget_allowed_minutes',
  'budget_used_minutes',
  'budget_remaining_minutes',
  'budget_used',
  'budget_used_shown',
  'overspent',
] as const;

type Row = Record<(typeof REPORT_CSV_COLUMNS)[number], string>;

/** Characters that make a spreadsheet read a cell as a formula (OWASP's CSV injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell a spreadsheet will not run: one starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return gets a leading `'` (OWASP). Only for text; numbers are written as numbers.
 *
 * @example
 * safeText('=HYPERLINK("http://x")') //=> '\'=HYPERLINK("http://x")'
 * safeText('Email delivery')         //=> 'Email delivery'
 */
export function safeText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * One field as RFC 4180 writes it: quoted when it holds `"`, `,`, CR or LF, inner quotes doubled.
 *
 * @example
 * csvField('a, "b"') //=> '"a, ""b"""'
 * csvField('99.9')   //=> '99.9'
 */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const number = (n: number | undefined) => (n === undefined ? '' : String(n));

function budgetCells(
  budget: BudgetView | null,
): Pick<
  Row,
  | 'budget_allowed_minutes'
  | 'budget_used_minutes'
  | 'budget_remaining_minutes'
  | 'budget_used'
  | 'budget_used_shown'
  | 'overspent'
> {
  return {
    budget_allowed_minutes: number(budget?.budget.allowedMinutes),
    budget_used_minutes: number(budget?.budget.usedMinutes),
    budget_remaining_minutes: number(budget?.budget.remainingMinutes),
    budget_used: number(budget?.budget.used),
    budget_used_shown: budget?.usedText ?? '',
    overspent: budget ? String(budget.overspent) : '',
  };
}

/** The report's rows, the site first; empty cells where there is no target. */
export function reportRows(report: SlaReport): Row[] {
  const { site } = report;
  const siteRow: Row = {
    month: report.month,
    scope: 'site',
    id: '',
    name: safeText(site.name),
    target: number(site.target),
    minutes: number(site.minutes),
    uptime: number(site.uptime.uptime),
    uptime_shown: site.uptimeText,
    downtime_minutes: number(site.downtimeMinutes),
    weighted_downtime_minutes: number(site.weightedMinutes),
    incidents: number(site.incidents),
    maintenances: number(site.maintenances),
    ...budgetCells(site.budget),
  };
  return [
    siteRow,
    ...report.components.map((component): Row => ({
      month: report.month,
      scope: 'component',
      id: safeText(component.id),
      name: safeText(component.name),
      target: number(component.target),
      minutes: number(component.figures.minutes),
      uptime: number(component.figures.uptime),
      uptime_shown: component.uptimeText,
      downtime_minutes: number(component.figures.major),
      weighted_downtime_minutes: number(component.weightedMinutes),
      incidents: number(component.incidents.length),
      maintenances: number(component.maintenances.length),
      ...budgetCells(component.budget),
    })),
  ];
}

/**
 * The CSV document: header, site row, component rows, each line ending in CRLF.
 *
 * @example
 * reportCsv(slaReports(model).get('2026-06')!).split('\r\n')[0] //=> 'month,scope,id,name,target,minutes,uptime,…'
 */
export function reportCsv(report: SlaReport): string {
  const lines = [
    REPORT_CSV_COLUMNS.join(','),
    ...reportRows(report).map((row) => REPORT_CSV_COLUMNS.map((column) => csvField(row[column])).join(',')),
  ];
  return lines.map((line) => `${line}\r\n`).join('');
}
