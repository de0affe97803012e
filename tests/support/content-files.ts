/**
 * Fixture sites in memory: a site of tests/fixtures/sites/ read once (the check's own reader,
 * src/data/content-files.ts) with changes laid over it: texts, bytes, removals, or the
 * files of a fixture folder (tests/fixtures/<kind>/<case>/). Nothing is copied to disk, so a
 * fast test of the check reads one base site per file and no temporary folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  readContentFiles,
  withChanges,
  type ContentFiles,
  type FileChanges,
} from '../../src/data/content-files.ts';

export const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

const sites = new Map<string, ContentFiles>();

/**
 * tests/fixtures/sites/<site>, read once per test file: `complete`, or the few files of another
 * site laid over it (each site folder holds only what differs from `complete`).
 */
export function site(name = 'complete'): ContentFiles {
  let files = sites.get(name);
  if (!files) {
    files =
      name === 'complete'
        ? readContentFiles(join(fixturesDir, 'sites', name))
        : withChanges(site(), folderChanges(join(fixturesDir, 'sites', name)));
    sites.set(name, files);
  }
  return files;
}

let projectFiles: ContentFiles | undefined;

/** The project's own content, read once per test file. */
export function project(): ContentFiles {
  projectFiles ??= readContentFiles(projectRoot);
  return projectFiles;
}

/** The site with `changes` laid over it. */
export function siteWith(changes: FileChanges, name = 'complete'): ContentFiles {
  return withChanges(site(name), changes);
}

/** Every file of `dir` below content/ and src/, as changes (bytes, as they are on disk). */
export function folderChanges(dir: string): Record<string, Uint8Array> {
  const changes: Record<string, Uint8Array> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (path.startsWith('content/') || path.startsWith('src/'))
      changes[path] = readFileSync(join(dir, path));
  }
  return changes;
}

/** The site with the files of a fixture folder laid over it. */
export function siteWithFolder(dir: string, name = 'complete'): ContentFiles {
  return siteWith(folderChanges(dir), name);
}
