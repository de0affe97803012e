/**
 * The build refuses SITE_URL and BASE_PATH values that would be written into its pages,
 * `_headers` and `_redirects` as syntax, before anything is written: the previous dist/ stays as
 * it was (SECURITY.md, "Settings").
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildSite } from '../../support/build-site.ts';
import { copyProject } from '../../support/copy-project.ts';

const copy = copyProject();
afterAll(copy.remove);

/** The first line of the build's output that reports an error. */
const firstError = (output: string) => output.split('\n').find((line) => line.includes('[ERROR]'));

it('stops on a BASE_PATH with braces, a SITE_URL with a line break and a POLICY_PUBLISH that is not 1 or 0', async () => {
  const outDir = join(copy.dir, 'dist');
  mkdirSync(outDir);
  writeFileSync(join(outDir, 'index.html'), 'the site as published before');
  const result = await buildSite({
    root: copy.dir,
    outDir,
    env: {
      BASE_PATH: '/x/ { return 200 "pwned"; } location /y',
      SITE_URL: 'https://example.org\n/*\n  X-Injected: 1',
      POLICY_PUBLISH: 'true',
    },
  });
  expect(result.output).toContain(
    [
      "The build's settings cannot be used, so nothing was built:",
      '  - SITE_URL="https://example.org\\n/*\\n  X-Injected: 1" is not the address of a site: it holds "\\n", " ". Give the scheme and host only, like SITE_URL=https://cookies.odwb.be (a sub-path goes in BASE_PATH).',
      '  - BASE_PATH="/x/ { return 200 \\"pwned\\"; } location /y" is not a path the site can live under: it holds " ", "{", "\\"", ";", "}". Use letters, digits and - . _ ~ between slashes, like BASE_PATH=/odwb-cookies/.',
      '  - POLICY_PUBLISH="true" is neither 1 nor 0: set POLICY_PUBLISH=1 to publish (a draft is then refused), or leave it unset to build a draft with its notice.',
    ].join('\n'),
  );
  expect(result.output).toContain(
    'Fix the variables named above (README.md, "Deploying"), then build again.',
  );
  expect(result.output).not.toMatch(/\n\s+at /);
  // The first error line says what stopped, not that a hook crashed (src/integrations/stop-build.ts).
  expect(firstError(result.output)).toMatch(
    /\[ERROR\] \[odwb:deployment-settings\] The build's settings cannot be used, so nothing was built:$/,
  );
  expect(result.output).not.toContain('An unhandled error occurred');
  expect(result.code).not.toBe(0);
  expect(readdirSync(outDir)).toEqual(['index.html']);
  expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('the site as published before');
});

it('stops on a POLICY_PDF that is not auto, on or off, writing nothing', async () => {
  const outDir = join(copy.dir, 'dist-pdf');
  const result = await buildSite({ root: copy.dir, outDir, env: { POLICY_PDF: 'yes' } });
  expect(result.output).toContain('POLICY_PDF="yes" is not one of auto, on, off.');
  expect(result.output).toContain('Set POLICY_PDF to auto (the default), on or off.');
  expect(firstError(result.output)).toMatch(
    /\[ERROR\] \[odwb:policy-pdf\] POLICY_PDF="yes" is not one of auto, on, off\.$/,
  );
  expect(result.output).not.toContain('An unhandled error occurred');
  expect(result.code).not.toBe(0);
  expect(existsSync(outDir)).toBe(false);
});
