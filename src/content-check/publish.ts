/**
 * Publishing: `POLICY_PUBLISH=1` (set by the deploy workflow) refuses a draft, which every other
 * build makes with its notice. The refusal names each reason, with where to look, and no trace.
 */
import { AstroError } from 'astro/errors';
import { formatDraft } from './messages.ts';

export const PUBLISH_VARIABLE = 'POLICY_PUBLISH';
export const publishing = (env: NodeJS.ProcessEnv = process.env) => env[PUBLISH_VARIABLE] === '1';

/**
 * A value that is neither 1 nor 0 (nor unset) would build a draft while its writer meant to
 * publish, or the reverse: said, with the fix, before anything is built (SECURITY.md, "Settings").
 */
export function publishSettingProblem(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const value = env[PUBLISH_VARIABLE];
  if (value === undefined || ['', '0', '1'].includes(value)) return undefined;
  return `${PUBLISH_VARIABLE}=${JSON.stringify(value)} is neither 1 nor 0: set ${PUBLISH_VARIABLE}=1 to publish (a draft is then refused), or leave it unset to build a draft with its notice.`;
}

export function draftError(reasons: string[]): AstroError {
  const error = new AstroError(
    formatDraft(reasons).replace(
      /^The cookie policy is a draft \((.+?)\):.*$/m,
      'The cookie policy cannot be published: it is a draft ($1).',
    ),
    `Fix each of them in the files named above, then run \`${PUBLISH_VARIABLE}=1 npm run check\` to confirm; without ${PUBLISH_VARIABLE}=1 the build makes a draft.`,
  );
  error.name = 'PolicyDraftError';
  // A trace would point into the check's own code, which says nothing to an editor.
  error.stack = '';
  return error;
}
