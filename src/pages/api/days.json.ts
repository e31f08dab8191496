import type { APIRoute } from 'astro';
import { url } from '../../format/url.ts';
import { model } from '../../model/current.ts';
import { daysJson } from '../../outputs/days.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(daysJson(model, url))}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
