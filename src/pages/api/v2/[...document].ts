/**
 * Statuspage-compatible JSON under /api/v2/ (see src/outputs/statuspage.ts for the mapping).
 */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../../../format/url.ts';
import { model } from '../../../model/current.ts';
import { statuspageApi } from '../../../outputs/statuspage.ts';

const api = statuspageApi(model, absoluteUrl());

const DOCUMENTS: Record<string, unknown> = {
  'summary.json': api.summary,
  'status.json': api.status,
  'components.json': api.components,
  'incidents.json': api.incidents,
  'incidents/unresolved.json': api.unresolved,
  'scheduled-maintenances.json': api.scheduledMaintenances,
  'scheduled-maintenances/upcoming.json': api.upcoming,
  'scheduled-maintenances/active.json': api.active,
};

export function getStaticPaths() {
  return Object.keys(DOCUMENTS).map((document) => ({ params: { document } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(`${JSON.stringify(DOCUMENTS[params['document'] ?? ''], null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
