/**
 * Page code can never run at build time: a translation that imports a file outside the project,
 * prints the build's environment, ends the build or adds a script or a frame is refused by the
 * content check before any MDX is compiled. The build opens by saying the content check failed,
 * names each line, publishes neither the file nor the secret, and leaves the previous dist/ as
 * it was. (Each refusal's exact message: tests/fixtures/pages/page-*, in the fast project.)
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../support/build-site.ts';
import { copyProject } from '../../support/copy-project.ts';

const copy = copyProject();
const outside = mkdtempSync(join(tmpdir(), 'odwb-outside-'));
afterAll(() => {
  copy.remove();
  rmSync(outside, { recursive: true, force: true });
});

describe('a translation that tries to run code at build time', () => {
  it('is refused by the check, and nothing reaches dist/', { timeout: 300_000 }, async () => {
    const secretFile = join(outside, 'deploy-key.txt');
    writeFileSync(secretFile, 'FILE-SECRET-7d1c');
    const page = join(copy.dir, 'content/policy/en/index.mdx');
    const planted = [
      `import key from '${secretFile}?raw';`,
      '',
      'The key is {key} and the token {process.env.ODWB_TEST_TOKEN}.',
      '',
      '{process.exit(0)}',
      '',
      '<script>alert(1)</script>',
      '',
      '<iframe src="https://example.com/"></iframe>',
      '',
    ].join('\n');
    writeFileSync(page, readFileSync(page, 'utf8').replace(/\n---\n/, `\n---\n\n${planted}`));
    const outDir = join(copy.dir, 'dist');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'index.html'), 'the previous build');

    const result = await buildSite({
      root: copy.dir,
      outDir,
      env: { POLICY_PDF: 'off', ODWB_TEST_TOKEN: 'ENV-SECRET-4b2e' },
    });

    expect(result.code).not.toBe(0);
    const firstLine = result.output.split('\n').find((line) => line.includes('[ERROR]'));
    expect(firstLine).toContain('The content check failed');
    expect(result.output).not.toContain('unhandled error');
    const path = 'content/policy/en/index.mdx';
    expect(result.output).toContain(`${path}: line 6, column 1: "import key from '`);
    expect(result.output).toContain(
      `${path}: line 8, column 32: {process.env.ODWB_TEST_TOKEN} is JavaScript, which a page may not contain.`,
    );
    expect(result.output).toContain(
      `${path}: line 10, column 1: {process.exit(0)} is JavaScript, which a page may not contain.`,
    );
    expect(result.output).toContain(
      `${path}: line 12, column 1: <script> is not allowed in a page`,
    );
    expect(result.output).toContain(
      `${path}: line 14, column 1: <iframe> is not allowed in a page`,
    );
    expect(result.output).not.toContain('FILE-SECRET-7d1c');
    expect(result.output).not.toContain('ENV-SECRET-4b2e');
    expect(result.output).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('the previous build');
  });
});
