/**
 * A fixture site for one page mistake: tests/fixtures/sites/complete with the files of
 * tests/fixtures/pages/<case>/ laid over it, in a temporary folder (removed by `remove`).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

export function siteWithPageMistake(name: string): { root: string; remove: () => void } {
  return siteWithOverlay(join(fixtures, 'pages', name));
}

/** tests/fixtures/sites/complete with the files of `overlay` (a folder) laid over it. */
export function siteWithOverlay(overlay: string): { root: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'odwb-fixture-'));
  cpSync(join(fixtures, 'sites/complete'), root, { recursive: true });
  cpSync(overlay, root, { recursive: true });
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
