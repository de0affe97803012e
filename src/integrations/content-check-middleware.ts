/**
 * In `npm run dev` only (added by content-check.ts): while the last content check found problems,
 * every page request shows them in the browser's error overlay instead of a page rendered from
 * half-valid content. The check runs after each edit, not here.
 */
import { defineMiddleware } from 'astro:middleware';
import { problems } from 'virtual:odwb/content';
import { contentError } from '../content-check/error.ts';

export const onRequest = defineMiddleware((_context, next) => {
  if (problems.length > 0) throw contentError(problems);
  return next();
});
