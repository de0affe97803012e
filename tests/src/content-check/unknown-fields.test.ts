/**
 * A misspelt field in any content file an editor may touch (the YAML files, the manual
 * accessibility checks, a page's frontmatter) is named with the field that was meant, on its line;
 * `npm run check -- --fix` then renames every one of them, and the check passes again. A name
 * close to two fields asks a person to choose; an unknown language is not taken for a close one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, readContentFiles } from '../../../src/content-check/index.ts';
import { fixContent } from '../../../scripts/fix/fix.ts';
import { copyProject } from '../../support/copy-project.ts';

const copy = copyProject();
afterAll(copy.remove);

/** Replaces the first `from` of a file of the copy by `to`. */
function misspell(path: string, from: string, to: string): void {
  const file = join(copy.dir, path);
  const text = readFileSync(file, 'utf8');
  expect(text, path).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

const lineOf = (path: string, text: string) =>
  readFileSync(join(copy.dir, path), 'utf8').split('\n').indexOf(text) + 1;

const RENAMES = '`npm run check -- --fix` renames it';
const COOKIE_FIELDS =
  'name, wildcard, provider, category, party, storage, lifetime, service, purpose, condition, contents, setWhen, exemptBecause, notObservedBecause, manualEvidence, source';

describe('a misspelt field in any content file', () => {
  it('says which field was meant, and check --fix renames each one', () => {
    misspell('content/cookies.yaml', '  lifetime: P6M', '  lifetme: P6M');
    misspell('content/providers.yaml', '  privacyPolicyLanguage: en', '  privacyPolicyLanguag: en');
    misspell('content/operator.yaml', '  platform: Opendatasoft', '  platfrom: Opendatasoft');
    misspell('content/versions.yaml', '  summary:', '  sumary:');
    misspell('content/publications.yaml', 'auditMaxAgeDays: 30', 'auditMaxAgeDay: 30');
    misspell('content/site.yaml', 'deploymentName: odwb-cookies', 'deploymentNme: odwb-cookies');
    misspell('content/policy/nl/index.mdx', 'description:', 'descripton:');
    misspell(
      'content/accessibility/manual-checks.yaml',
      '\n[]',
      '\n- date: 2026-12-07\n  by: the project team\n  check: { fr: lecture, en: reading, nl: lezing, de: Lesen }\n  critera: [1.3.1]\n  result: passed',
    );
    const unknown = checkContent(readContentFiles(copy.dir)).problems.filter((problem) =>
      problem.includes('unknown field'),
    );
    expect(unknown.sort()).toEqual(
      [
        `content/cookies.yaml: line ${lineOf('content/cookies.yaml', '  lifetme: P6M')}: cookie "cookies_preferences": unknown field "lifetme". Did you mean "lifetime"? ${RENAMES}; the fields are: ${COOKIE_FIELDS}.`,
        `content/providers.yaml: line 10: provider "opendatasoft": unknown field "privacyPolicyLanguag". Did you mean "privacyPolicyLanguage"? ${RENAMES}; the fields are: id, name, role, website, privacyPolicy, privacyPolicyLanguage, domains.`,
        `content/operator.yaml: line 15: portal: unknown field "platfrom". Did you mean "platform"? ${RENAMES}; the fields are: name, url, platform.`,
        `content/versions.yaml: line 12: version 1 (2026-11-29): unknown field "sumary". Did you mean "summary"? ${RENAMES}; the fields are: date, summary, audit, inventoryChange, cookies, providers, operator, texts, translated.`,
        `content/publications.yaml: line 10: unknown field "auditMaxAgeDay". Did you mean "auditMaxAgeDays"? ${RENAMES}; the fields are: replaces, auditMaxAgeDays, published.`,
        `content/site.yaml: line 15: unknown field "deploymentNme". Did you mean "deploymentName"? ${RENAMES}; the fields are: languages, reference, address, deploymentName.`,
        `content/policy/nl/index.mdx: line 3: unknown field "descripton". Did you mean "description"? ${RENAMES}; the fields are: title, description.`,
        `content/accessibility/manual-checks.yaml: line ${lineOf('content/accessibility/manual-checks.yaml', '  critera: [1.3.1]')}: check 1 (2026-12-07): unknown field "critera". Did you mean "criteria"? ${RENAMES}; the fields are: date, by, check, criteria, result, issue.`,
      ].sort(),
    );

    const fixed = fixContent(copy.dir);
    expect(fixed.problems).toEqual([]);
    expect(fixed.applied).toHaveLength(8);
    expect(fixed.applied).toContain(
      `content/operator.yaml: line 15: field "platfrom" → "platform"`,
    );
    expect(
      checkContent(readContentFiles(copy.dir)).problems.filter((problem) =>
        problem.includes('unknown field'),
      ),
    ).toEqual([]);
  });
});
