/**
 * Runs the content check when Astro starts, before any page is rendered, so an incomplete policy
 * never reaches dist/. On `astro build` it prints every problem and exits: a thrown error would
 * bury the list under Astro's hook banner and a stack trace that says nothing to an editor.
 * In dev, the same list is thrown so Astro's error overlay shows it.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { checkSite, formatProblems } from '../data/check-site.ts';

const HINT = 'Fix the files named above, then run `npm run check` to confirm.';

export default function checkContent(): AstroIntegration {
  return {
    name: 'odwb:check-content',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const { problems } = checkSite(fileURLToPath(config.root));
        if (problems.length === 0) return;
        if (command === 'build') {
          logger.error(`${formatProblems(problems)}\n${HINT}`);
          process.exit(1);
        }
        throw new AstroError(formatProblems(problems), HINT);
      },
    },
  };
}
