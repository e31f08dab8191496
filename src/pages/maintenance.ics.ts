import type { APIRoute } from 'astro';
import { absoluteUrl } from '../format/url.ts';
import { model } from '../model/current.ts';
import { maintenanceCalendar } from '../outputs/calendar.ts';

export const GET: APIRoute = () =>
  new Response(maintenanceCalendar(model, absoluteUrl), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
