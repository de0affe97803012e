/**
 * One content check reads each file once: `readContentFiles` opens every file it needs one
 * time, and `checkContent` opens none (node:fs counted under the real functions).
 */
import { relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const reads: string[] = [];
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((...args: Parameters<typeof fs.readFileSync>) => {
    reads.push(String(args[0]));
    return fs.readFileSync(...args);
  }) as typeof fs.readFileSync;
  return { ...fs, default: { ...fs, readFileSync }, readFileSync };
});

// The fast project's workers keep modules between files (vitest.config.ts): imported anew here,
// the check and its reader take the counting node:fs above, not one another file loaded.
vi.resetModules();
const { checkContent, readContentFiles } = await import('../../../src/content-check/index.ts');
const { projectRoot } = await import('../../support/content-files.ts');

describe('one content check', () => {
  it('reads each content file once, and the check itself reads none', () => {
    reads.length = 0;
    const files = readContentFiles(projectRoot);
    const read = reads.map((file) => relative(projectRoot, file));
    expect(read.length).toBeGreaterThan(20);
    expect(read.filter((file, index) => read.indexOf(file) !== index)).toEqual([]);
    for (const file of [
      'content/versions.yaml',
      'content/policy/fr/index.mdx',
      'src/i18n/ui/fr.json',
    ])
      expect(read).toContain(file);
    reads.length = 0;
    expect(checkContent(files).problems).toEqual([]);
    expect(reads).toEqual([]);
  });
});
