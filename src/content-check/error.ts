import { AstroError } from 'astro/errors';
import { formatProblems } from './messages.ts';

/** The report as an error Astro prints (build) and shows in its overlay (dev), hint included. */
export function contentError(problems: string[]): AstroError {
  const error = new AstroError(
    formatProblems(problems),
    'Fix the files named above, then run `npm run check` to confirm.',
  );
  error.name = 'ContentCheckError';
  // A trace would point into the check's own code, which says nothing to an editor.
  error.stack = '';
  return error;
}
