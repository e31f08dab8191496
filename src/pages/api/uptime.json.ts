import type { APIRoute } from 'astro';
import { generatedAt, model } from '../../model/current.ts';
import { uptimeJson } from '../../outputs/api.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(uptimeJson(model, generatedAt), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
