/**
 * Hands every page the build's site-wide view (its name, time zone and as-of instant), as
 * Starlight hands its route data: layouts and components read `Astro.locals` instead of
 * importing the model.
 */
import { defineMiddleware } from 'astro:middleware';
import { model } from './model/current.ts';

export const onRequest = defineMiddleware((context, next) => {
  context.locals.timeZone = model.site.timezone;
  context.locals.site = model.view.chrome;
  return next();
});
