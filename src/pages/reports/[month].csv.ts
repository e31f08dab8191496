import type { APIRoute } from 'astro';
import { model } from '../../model/current.ts';
import { slaReports } from '../../model/reports.ts';
import { reportCsv } from '../../outputs/report-csv.ts';

export function getStaticPaths() {
  return [...slaReports(model).keys()].map((month) => ({ params: { month } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(reportCsv(slaReports(model).get(params['month']!)!), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
