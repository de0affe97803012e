/**
 * `npm run build` with a content file broken in each way an editor or a failed copy can break it
 * (tests/fixtures/files/<case>/ laid over a copy of the project): the build stops with the same
 * words as `npm run check`, prints no stack trace, and leaves the previous dist/ as it was.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../support/build-site.ts';
import { copyProject } from '../../support/copy-project.ts';
import { fixtureCases } from '../../support/fixture-cases.ts';

const copies: (() => void)[] = [];
afterAll(() => copies.forEach((remove) => remove()));

/** One case per class: impossible date, wrong type, empty file, binary garbage, YAML syntax. */
const CLASSES = [
  'versions-impossible-date',
  'ui-string-wrong-type',
  'providers-empty-file',
  'cookies-binary',
  'versions-yaml-syntax',
];
const cases = fixtureCases('files').filter(({ name }) => CLASSES.includes(name));

describe('the build with a broken content file', () => {
  it('has a fixture for every class', () => {
    expect(cases.map(({ name }) => name).sort()).toEqual([...CLASSES].sort());
  });

  it.each(cases)(
    '$name: stops in words, without a stack trace, dist/ untouched',
    async (fixture) => {
      const copy = copyProject();
      copies.push(copy.remove);
      cpSync(fixture.dir, copy.dir, { recursive: true });
      const outDir = join(copy.dir, 'dist');
      mkdirSync(outDir);
      writeFileSync(join(outDir, 'index.html'), 'the previous build');

      const result = await buildSite({ root: copy.dir, outDir });

      expect(result.code).not.toBe(0);
      for (const line of fixture.expected) expect(result.output).toContain(`  - ${line}`);
      expect(result.output).toContain(
        'Fix the files named above, then run `npm run check` to confirm.',
      );
      expect(result.output).not.toMatch(/Stack trace|\n\s+at /);
      expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('the previous build');
    },
  );
});
