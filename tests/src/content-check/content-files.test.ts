/**
 * Every content file against any value of any field: one fixture folder per kind of mistake
 * (tests/fixtures/files/<case>/, laid over tests/fixtures/sites/complete; its README says why it
 * exists). expected.txt holds the exact lines the check refuses the content with; warnings.txt,
 * where there is one, lines it must warn with (a translation record). No case may end in an
 * exception. A new kind of file or mistake is a new folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/content-check/index.ts';
import { fixtureCases } from '../../support/fixture-cases.ts';
import { siteWithFolder } from '../../support/content-files.ts';

describe('a content file with a value of the wrong kind', () => {
  it.each(fixtureCases('files'))('prints the messages of expected.txt for $name', (fixture) => {
    const { problems, warnings } = checkContent(siteWithFolder(fixture.dir));
    expect(problems).toEqual(fixture.expected);
    const warningsFile = join(fixture.dir, 'warnings.txt');
    if (existsSync(warningsFile)) {
      const expected = readFileSync(warningsFile, 'utf8').split('\n').filter(Boolean);
      expect(expected.length).toBeGreaterThan(0);
      expect(warnings).toEqual(expect.arrayContaining(expected));
    } else expect(problems.length).toBeGreaterThan(0);
  });
});
