/**
 * Ends a build that must not go on (or `npm run dev` before it serves anything), with the words a
 * person reads first: what stopped and why, then the fix, and no stack trace.
 *
 * Why the process ends here rather than by throwing (read in Astro 7.3.5's own code):
 * - every error a hook throws, whatever its class (AstroError or AstroUserError with a title and
 *   a hint included), is first logged as `[ERROR] [<integration>] An unhandled error occurred while
 *   running the "<hook>" hook` (dist/integrations/hooks.js, withTakingALongTimeMsg), which reads
 *   as a crash of the tool and comes before the error's own words;
 * - an error thrown while astro.config.mjs loads opens with "[astro] Unable to load
 *   astro.config.mjs" (dist/core/config/config.js);
 * - the one failure Astro ends silently is its own config schema's, recognised by a private
 *   WeakSet no integration can add to (dist/core/errors/errors.js, isAstroConfigZodError);
 * - and Astro's CLI ends every failed command with process.exit(1) itself
 *   (dist/cli/throw-and-exit.js), after printing the error.
 * So the message goes through the hook's own logger (`[ERROR] [odwb:...]`, as Astro prints its
 * errors) and the process ends with 1, as Astro's would. Every caller stops before dist/ is
 * replaced (atomic-out-dir.ts swaps it in last), so nothing half-written is left behind.
 */
import type { AstroIntegrationLogger } from 'astro';

export function stopBuild(logger: AstroIntegrationLogger, message: string, hint?: string): never {
  logger.error(hint ? `${message}\n  Hint:\n    ${hint}` : message);
  process.exit(1);
}
