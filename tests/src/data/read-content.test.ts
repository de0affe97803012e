/**
 * A content file that is a folder is named as such by the check (and so by every command that
 * runs it), never a stack trace. (Encodings, NUL bytes and binary files: tests/fixtures/files/.)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/content-check/index.ts';
import { FOLDER } from '../../../src/data/content-files.ts';
import { readContent } from '../../../src/data/read-content.ts';
import { siteWith } from '../../support/content-files.ts';

const folders = ['content/versions.yaml', 'content/cookies.yaml', 'content/policy/nl/index.mdx'];

describe('a content file that is a folder', () => {
  it('is named in the check, with the fix, for the versions, the cookies and a page', () => {
    const files = siteWith(
      Object.fromEntries(
        folders.flatMap((path) => [
          [path, FOLDER],
          [`${path}/keep.txt`, 'x'],
        ]),
      ),
    );
    const { problems } = checkContent(files);
    for (const path of folders)
      expect(problems).toContain(
        `${path}: this is a folder, where a file belongs. Move the folder away and put the file there.`,
      );
  });

  it('reads a UTF-8 file with a byte-order mark as its text, without the mark', () => {
    const root = mkdtempSync(join(tmpdir(), 'odwb-bom-'));
    try {
      writeFileSync(join(root, 'bom.yaml'), '\uFEFFname: x\n');
      expect(readContent(root, 'bom.yaml')).toEqual({ ok: true, text: 'name: x\n' });
    } finally {
      rmSync(root, { recursive: true });
    }
    expect(siteWith({ 'content/bom.yaml': '\uFEFFname: x\n' }).read('content/bom.yaml')).toEqual({
      ok: true,
      text: 'name: x\n',
    });
  });
});
