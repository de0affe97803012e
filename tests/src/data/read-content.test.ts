/**
 * A content file that is a folder is named as such by the check (and so by every command that
 * runs it), never a stack trace. (Encodings, NUL bytes and binary files: tests/fixtures/files/.)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/content-check/index.ts';
import { readContent } from '../../../src/data/read-content.ts';
import { siteWithOverlay } from '../../support/fixture-site.ts';

// The complete fixture site, nothing laid over it.
const nothing = mkdtempSync(join(tmpdir(), 'odwb-nothing-'));
const site = siteWithOverlay(nothing);
afterAll(() => {
  site.remove();
  rmSync(nothing, { recursive: true });
});

describe('a content file that is a folder', () => {
  it('is named in the check, with the fix, for the versions, the cookies and a page', () => {
    for (const path of [
      'content/versions.yaml',
      'content/cookies.yaml',
      'content/policy/nl/index.mdx',
    ]) {
      rmSync(join(site.root, path));
      mkdirSync(join(site.root, path));
      writeFileSync(join(site.root, path, 'keep.txt'), 'x');
    }
    const { problems } = checkContent(site.root);
    for (const path of [
      'content/versions.yaml',
      'content/cookies.yaml',
      'content/policy/nl/index.mdx',
    ])
      expect(problems).toContain(
        `${path}: this is a folder, where a file belongs. Move the folder away and put the file there.`,
      );
  });

  it('reads a UTF-8 file with a byte-order mark as its text, without the mark', () => {
    writeFileSync(join(site.root, 'bom.yaml'), '\uFEFFname: x\n');
    expect(readContent(site.root, 'bom.yaml')).toEqual({ ok: true, text: 'name: x\n' });
  });
});
