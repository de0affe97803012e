/**
 * In `npm run dev` only (added by content-check.ts): each page request runs the content check
 * first, so a mistake made while the server runs shows in the browser's error overlay instead of
 * a page rendered from half-valid content.
 */
import { defineMiddleware } from 'astro:middleware';
import { checkContent, contentError } from '../content-check/index.ts';

export const onRequest = defineMiddleware((_context, next) => {
  const { problems } = checkContent(process.env.CONTENT_CHECK_ROOT ?? process.cwd());
  if (problems.length > 0) throw contentError(problems);
  return next();
});
