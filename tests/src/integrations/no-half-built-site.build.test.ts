/**
 * No half-built site, ever: when rendering fails after some pages were written, the output
 * folder still holds the previous build, untouched, and no staging folder is left beside it.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { localeCodes } from '../../../src/config/locales.ts';
import { buildSite } from '../../support/build-site.ts';
import { copyProject } from '../../support/copy-project.ts';

const copy = copyProject();
afterAll(copy.remove);

/** Every file below `dir` with its text, so "untouched" can be compared exactly. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => statSync(join(dir, file)).isFile())
      .sort()
      .map((file) => [file, readFileSync(join(dir, file), 'utf8')]),
  );
}

describe('a build that fails while rendering', () => {
  // A real build on a loaded machine: well over the default minute.
  it('leaves the previous build in dist/ as it was', { timeout: 300_000 }, async () => {
    const page = join(copy.dir, 'src/pages/[lang]/[...slug].astro');
    // The last language's page fails, after the pages rendered before it were written.
    const failing = localeCodes.at(-1);
    writeFileSync(
      page,
      readFileSync(page, 'utf8').replace(
        /^const \{ locale, slug \} = page;$/m,
        `$&\nif (locale === '${failing}') throw new Error('Rendering failed on purpose');`,
      ),
    );
    const outDir = join(copy.dir, 'dist');
    const previous = { 'index.html': 'the previous complete build', 'fr/index.html': 'its page' };
    for (const [file, text] of Object.entries(previous)) {
      mkdirSync(dirname(join(outDir, file)), { recursive: true });
      writeFileSync(join(outDir, file), text);
    }

    const result = await buildSite({ root: copy.dir, outDir, env: { POLICY_PDF: 'off' } });

    expect(result.code).not.toBe(0);
    expect(result.output).toContain('Rendering failed on purpose');
    // Pages were written before the failure: the build got that far.
    expect(result.output).toMatch(/├─ \/[a-z]+\/(404\/)?index\.html/);
    expect(snapshot(outDir)).toEqual(previous);
    expect(readdirSync(copy.dir).filter((name) => name.includes('dist'))).toEqual(['dist']);
  });
});
