/**
 * Sets `Astro.locals.policy` (route-data.ts) before every page and export renders, from the
 * content check's result in `virtual:odwb/content`. While the last check found problems (only
 * `npm run dev` renders then: the build stops first), every request shows them in the browser's
 * error overlay instead of a page rendered from half-valid content; the check runs after each
 * edit, not here.
 */
import { defineMiddleware } from 'astro:middleware';
import { problems, site } from 'virtual:odwb/content';
import { contentError } from '../content-check/error.ts';
import { routeData, routeLocale } from './route-data.ts';

export const onRequest = defineMiddleware((context, next) => {
  if (problems.length > 0 || !site) throw contentError(problems);
  context.locals.policy = routeData(site, routeLocale(context.currentLocale));
  return next();
});
