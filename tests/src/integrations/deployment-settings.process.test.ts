/**
 * The build refuses SITE_URL and BASE_PATH values that would be written into its pages,
 * `_headers` and `_redirects` as syntax, before anything is written: the previous dist/ stays as
 * it was (SECURITY.md, "Settings").
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildSite } from '../../support/build-site.ts';
import { copyProject } from '../../support/copy-project.ts';

const copy = copyProject();
afterAll(copy.remove);

it('stops on a BASE_PATH with braces and a SITE_URL with a line break, naming both', async () => {
  const outDir = join(copy.dir, 'dist');
  mkdirSync(outDir);
  writeFileSync(join(outDir, 'index.html'), 'the site as published before');
  const result = await buildSite({
    root: copy.dir,
    outDir,
    env: {
      BASE_PATH: '/x/ { return 200 "pwned"; } location /y',
      SITE_URL: 'https://example.org\n/*\n  X-Injected: 1',
    },
  });
  expect(result.output).toContain(
    [
      "The site's address settings cannot be used, so nothing was built:",
      '  - SITE_URL="https://example.org\\n/*\\n  X-Injected: 1" is not the address of a site: it holds "\\n", " ". Give the scheme and host only, like SITE_URL=https://cookies.odwb.be (a sub-path goes in BASE_PATH).',
      '  - BASE_PATH="/x/ { return 200 \\"pwned\\"; } location /y" is not a path the site can live under: it holds " ", "{", "\\"", ";", "}". Use letters, digits and - . _ ~ between slashes, like BASE_PATH=/odwb-cookies/.',
    ].join('\n'),
  );
  expect(result.output).toContain(
    'Fix the variables named above (README.md, "Deploying"), then build again.',
  );
  expect(result.output).not.toMatch(/\n\s+at /);
  expect(result.code).not.toBe(0);
  expect(readdirSync(outDir)).toEqual(['index.html']);
  expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('the site as published before');
});
