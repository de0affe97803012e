/**
 * `npm run check -- --fix` on every typography fixture (tests/fixtures/typography/, laid over the
 * complete site): every mistake whose fix has one answer is repaired in the files, what it
 * changed is listed, and what is left is exactly what has no single answer (a quotation mark
 * with no partner) or cannot be placed in the file as written (a JSON string's escaped quotes).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, readContentFiles, withChanges } from '../../src/content-check/index.ts';
import { fixContent, fixFiles } from '../../scripts/fix/fix.ts';
import { fixtureCases, fixturesDir } from '../support/fixture-cases.ts';
import { siteWithFolder } from '../support/content-files.ts';
import { siteWithOverlay } from '../support/fixture-site.ts';

const sites: (() => void)[] = [];
afterAll(() => sites.forEach((remove) => remove()));

/** What no command can decide for the editor. */
const noSingleAnswer = (problem: string) =>
  problem.includes('has no partner to make a quotation with') ||
  problem.startsWith(
    'src/i18n/ui/de.json: line 2: "site.skipLink": "Inhalt" is in straight quotes',
  );

describe('check --fix', () => {
  it.each(fixtureCases('typography'))(
    'repairs $name, leaving what has no single answer',
    (fixture) => {
      const files = siteWithFolder(fixture.dir);
      const fixed = fixFiles(files);
      expect(fixed.problems).toEqual([]);
      expect(checkContent(withChanges(files, Object.fromEntries(fixed.changes))).problems).toEqual(
        fixture.expected.filter(noSingleAnswer),
      );
      expect(fixed.applied.length).toBeGreaterThanOrEqual(
        fixture.expected.filter((line) => !noSingleAnswer(line)).length,
      );
    },
  );

  it('says what it changed, and writes the character itself', () => {
    const site = siteWithOverlay(join(fixturesDir, 'typography/french-space-before-punctuation'));
    sites.push(site.remove);
    expect(fixContent(site.root).applied).toContain(
      'content/policy/fr/index.mdx: line 10: "cookie ;" → "cookie\\u00a0;"',
    );
    expect(readFileSync(join(site.root, 'content/policy/fr/index.mdx'), 'utf8')).toContain(
      'cookie\u00a0;',
    );
    expect(fixContent(site.root).applied).toEqual([]);
  });
});

describe('check --fix on misspelt fields', () => {
  const fixture = join(fixturesDir, 'fix/misspelt-fields');
  const lines = (name: string) =>
    readFileSync(join(fixture, name), 'utf8')
      .split('\n')
      .filter((line) => line !== '');

  it('renames a field with one close name in place, and leaves the others listed', () => {
    const site = siteWithOverlay(fixture);
    sites.push(site.remove);
    const fixed = fixContent(site.root);
    expect(fixed).toEqual({ applied: lines('applied.txt'), problems: [] });
    expect(readFileSync(join(site.root, 'content/cookies.yaml'), 'utf8')).toBe(
      readFileSync(join(fixture, 'fixed/cookies.yaml'), 'utf8'),
    );
    expect(checkContent(readContentFiles(site.root)).problems).toEqual(lines('expected.txt'));
    expect(fixContent(site.root).applied).toEqual([]);
  });
});
