import type { APIRoute } from 'astro';
import { absoluteUrl } from '../components/url.ts';
import { model } from '../data/model.ts';
import { maintenanceCalendar } from '../lib/calendar.ts';

export const GET: APIRoute = () =>
  new Response(maintenanceCalendar(model, absoluteUrl), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
