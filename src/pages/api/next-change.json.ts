import type { APIRoute } from 'astro';
import { model } from '../../model/current.ts';
import { nextChangeJson } from '../../outputs/api.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(nextChangeJson(model), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
