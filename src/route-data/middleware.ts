/**
 * Sets `Astro.locals.policy` (route-data.ts) before every page and export renders, from the
 * content check's result in `virtual:odwb/content`. While the last check found problems (only
 * `npm run dev` renders then: the build stops first), every request shows them in the browser's
 * error overlay instead of a page rendered from half-valid content; the check runs after each
 * edit, not here.
 */
import { defineMiddleware } from 'astro:middleware';
import { contentError } from '../content-check/error.ts';
import { routeData, routeLocale } from './route-data.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  // Imported on each request, not once: after an edit in `npm run dev` the module is evaluated
  // afresh, while Astro keeps this middleware as it first loaded it.
  const { pages, problems, site } = await import('virtual:odwb/content');
  if (problems.length > 0 || !site) throw contentError(problems);
  context.locals.policy = routeData(site, pages, routeLocale(context.currentLocale));
  return next();
});
