/**
 * The content read once (src/data/content-files.ts): the check needs nothing else, so it gives
 * the same answer once the folder it was read from is gone; a snapshot never changes, and one
 * with a file removed or replaced is checked as the disk would be.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/content-check/index.ts';
import { checkReads, readContentFiles, withChanges } from '../../../src/data/content-files.ts';
import { fixturesDir, site } from '../../support/content-files.ts';

describe('the content read once', () => {
  it('is all the check reads: the same answer once the folder it came from is removed', () => {
    const root = mkdtempSync(join(tmpdir(), 'odwb-read-once-'));
    cpSync(join(fixturesDir, 'sites/complete'), root, { recursive: true });
    const files = readContentFiles(root);
    const before = checkContent(files);
    rmSync(root, { recursive: true });
    const after = checkContent(files);
    expect(after.problems).toEqual([]);
    expect(after.inventory).toEqual(before.inventory);
    expect(after.translations).toEqual(before.translations);
    expect(after.files).toBe(files);
  });

  it('leaves the snapshot it started from as it was, and checks the one it makes', () => {
    const files = site();
    const without = withChanges(files, { 'content/cookies.yaml': null });
    expect(checkContent(without).problems).toContain(
      'content/cookies.yaml: the file does not exist. Create it with the list of cookies (see content/README.md, "Adding a cookie").',
    );
    expect(checkContent(files).problems).toEqual([]);
    expect(files.exists('content/cookies.yaml')).toBe(true);
  });

  it('reads a file laid over it as bytes as a file on disk is read', () => {
    const files = withChanges(site(), {
      'content/operator.yaml': new Uint8Array([0x70, 0x6f, 0x72, 0x74, 0x61, 0x69, 0x6c, 0xe9]),
    });
    expect(files.read('content/operator.yaml')).toEqual({
      ok: false,
      missing: false,
      reason: 'the byte 0xE9 on line 1 is not UTF-8',
      problem:
        'content/operator.yaml: line 1: the byte 0xE9 is not UTF-8: the file was saved in another encoding (such as Windows-1252 or Latin-1), or is not text. Save it as UTF-8 (in VS Code: click the encoding in the status bar, "Save with Encoding", UTF-8).',
    });
  });
});

describe('checkReads', () => {
  it('re-checks for the files and folders the check reads, not for an editor’s temporary files', () => {
    for (const path of [
      'content/cookies.yaml',
      'content/policy/fr/index.mdx',
      'src/i18n/ui/nl.json',
      'src/config/site.json',
    ])
      expect(checkReads(path, false), path).toBe(true);
    expect(checkReads('content/policy/es', true)).toBe(true);
    for (const path of [
      'src/i18n/ui/sedrortAT',
      'content/.cookies.yaml.swp',
      'content/cookies.yaml~',
      'content/4913',
      'content/.#cookies.yaml',
      'content/policy/fr/.index.mdx',
      'content/schemas/site.schema.json',
      'content/README.md',
    ])
      expect(checkReads(path, false), path).toBe(false);
    expect(checkReads('content/schemas', true)).toBe(false);
  });
});
