/**
 * Hands every page the build's site-wide view (its name, time zone and as-of instant) and
 * its language, as Starlight hands its route data: layouts and components read
 * `Astro.locals` instead of importing the model.
 */
import { defineMiddleware } from 'astro:middleware';
import { languages, model } from './model/current.ts';
import type { Locale } from './i18n/catalog.ts';

export const onRequest = defineMiddleware((context, next) => {
  // `/da/…` is built from `[...lang]` with lang "da"; every other path is in the site's own language.
  const lang = context.params.lang;
  const locale = languages.find((code) => code === lang) ?? model.site.locale;
  context.locals.locale = locale satisfies Locale;
  context.locals.languages = languages;
  context.locals.timeZone = model.site.timezone;
  context.locals.site = model.viewIn(locale).chrome;
  return next();
});
