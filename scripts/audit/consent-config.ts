/**
 * `--consent <file>`: the operator names the buttons of a consent banner no autoconsent rule knows,
 * as CSS selectors in a small YAML (or JSON) file:
 *
 *   banner: '#cookie-banner'      # the banner itself, visible until the visitor answers
 *   refuse: '#cookie-banner .refuse'
 *   accept: '#cookie-banner .accept'
 *
 * Every problem in the file is reported at once, with the field and the fix.
 */
import { readInput } from './read-input.ts';
import { z } from 'astro/zod';
import { loadYaml } from '../../src/data/parse.ts';
import { AuditError } from './errors.ts';

const selector = (what: string) =>
  z
    .string({ error: `write the CSS selector of ${what} in quotes, e.g. '#cookie-banner'.` })
    .trim()
    .min(1, { error: `write the CSS selector of ${what}; it is empty.` });

export const consentSelectorsSchema = z.strictObject(
  {
    banner: selector('the banner (visible until the visitor answers)'),
    refuse: selector('the button that refuses everything'),
    accept: selector('the button that accepts everything'),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? undefined
        : 'write three fields: banner, refuse and accept.',
  },
);

export type ConsentSelectors = z.output<typeof consentSelectorsSchema> & { file: string };

export function readConsentSelectors(file: string): ConsentSelectors {
  const text = readInput(file, `the consent selectors in ${file}`);
  let data: unknown;
  try {
    // The core schema, as every content file is read (src/data/parse.ts).
    data = loadYaml(text);
  } catch (error) {
    throw new AuditError(
      `${file} is not valid YAML: ${(error as Error).message.split('\n')[0]}. Write banner, refuse and accept as in scripts/audit/README.md.`,
    );
  }
  const parsed = consentSelectorsSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      if (issue.code === 'unrecognized_keys') {
        return `  - ${file}: ${issue.keys.map((key) => `"${key}"`).join(', ')} is not a field; use banner, refuse and accept only.`;
      }
      const field = issue.path.join('.');
      return `  - ${file}${field ? `: ${field}` : ''}: ${issue.message}`;
    });
    throw new AuditError(`the consent selectors cannot be used:\n${problems.join('\n')}`);
  }
  return { ...parsed.data, file };
}
