/**
 * The content check: everything the build refuses to publish, read from the files on disk before
 * Astro renders anything. One entry, `checkContent(root)`, for the build's integration
 * (src/integrations/content-check.ts), `npm run check` (src/cli/check.ts) and the tests; its parts:
 *   data.ts      the cookie inventory and the providers (content/*.yaml)
 *   pages.ts     the policy pages of every locale (content/policy/)
 *   strings.ts   the interface strings of every locale (src/i18n/ui/)
 *   messages.ts  how a schema failure and a list of problems read to an editor
 *   translations.ts  translations behind the French reference: warnings, not problems
 */
import { AstroError } from 'astro/errors';
import { contentPaths } from '../config/paths.ts';
import { checkInventory, type Inventory } from './data.ts';
import { checkPages } from './pages.ts';
import { readText } from './read-text.ts';
import { checkStrings } from './strings.ts';
import { checkTranslations, formatWarnings } from './translations.ts';

import { formatProblems } from './messages.ts';

export { formatProblems, formatWarnings };

export interface ContentCheck {
  problems: string[];
  /** Publishable but worth fixing: translations behind the French (checked once content is complete). */
  warnings: string[];
  inventory: Inventory;
}

export function checkContent(root: string): ContentCheck {
  const problems: string[] = [];
  const cookiesText = readText(
    root,
    contentPaths.cookies,
    problems,
    'Create it with the list of cookies (see content/README.md, "Adding a cookie").',
  );
  const providersText = readText(
    root,
    contentPaths.providers,
    problems,
    'Create it with the list of providers (see content/README.md, "Adding a cookie").',
  );
  const inventory = checkInventory(
    { path: contentPaths.cookies, text: cookiesText ?? '[]' },
    { path: contentPaths.providers, text: providersText ?? '[]' },
  );
  problems.push(...inventory.problems, ...checkPages(root), ...checkStrings(root));
  const warnings = problems.length === 0 ? checkTranslations(root) : [];
  return {
    problems,
    warnings,
    inventory: { cookies: inventory.cookies, providers: inventory.providers },
  };
}

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
