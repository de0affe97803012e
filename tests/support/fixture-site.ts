/**
 * Fixture sites on disk, for the checks and commands that read a project root. Every fixture site
 * is tests/fixtures/sites/complete (every locale has every page and every UI string) with the few
 * files that make it different laid over it: a folder of tests/fixtures/sites/<name>/, or of
 * tests/fixtures/pages/<case>/ for one page mistake. Each is assembled in a temporary folder,
 * removed by `remove`.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

export interface FixtureSite {
  root: string;
  remove: () => void;
}

/** tests/fixtures/sites/<name>/ laid over tests/fixtures/sites/complete. */
export function fixtureSite(name: string): FixtureSite {
  return siteWithOverlay(join(fixtures, 'sites', name));
}

export function siteWithPageMistake(name: string): FixtureSite {
  return siteWithOverlay(join(fixtures, 'pages', name));
}

/** tests/fixtures/sites/complete with the files of `overlay` (a folder) laid over it. */
export function siteWithOverlay(overlay: string): FixtureSite {
  const root = mkdtempSync(join(tmpdir(), 'odwb-fixture-'));
  cpSync(join(fixtures, 'sites/complete'), root, { recursive: true });
  cpSync(overlay, root, { recursive: true });
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
