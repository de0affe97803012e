/**
 * Runs the content check when Astro starts (build and dev), before any page is rendered, so an
 * incomplete policy never reaches dist/. The error lists every problem; Astro shows its message.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { checkSite, formatProblems } from '../data/check-site.ts';

export default function checkContent(): AstroIntegration {
  return {
    name: 'odwb:check-content',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const { problems } = checkSite(fileURLToPath(config.root));
        if (problems.length > 0) {
          throw new AstroError(formatProblems(problems), 'Fix the files named above, then run npm run check to confirm.');
        }
      },
    },
  };
}
