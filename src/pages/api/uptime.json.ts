import type { APIRoute } from 'astro';
import { generatedAt, model } from '../../data/model.ts';
import { uptimeJson } from '../../lib/api.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(uptimeJson(model, generatedAt), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
