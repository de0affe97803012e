/**
 * Throw-away copies of the project for the benchmark, so neither `content/` nor `dist/` nor the
 * build caches of the working tree are touched. Every folder made here is removed by
 * `removeWorkspaces()`, which bench.ts calls in `finally` and on Ctrl-C.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Top-level entries that are not copied: history, installed packages (linked instead), build
 * output, caches and results. Everything else is, because the build reaches beyond src/ (the PDF
 * integration imports src/lib/), and a deny-list keeps up with new folders.
 */
export const skippedEntries = new Set([
  '.git',
  'node_modules',
  'dist',
  '.astro',
  'bench-results',
  'test-results',
]);

/**
 * Caches that tools write below node_modules/. Astro keeps its content-layer data store in
 * node_modules/.astro and Vite its dependency cache in node_modules/.vite: a copy that linked
 * node_modules as a whole would write 5,000 synthetic cookies into the working tree's cache.
 */
const cacheEntries = new Set(['.astro', '.vite', '.cache']);

const created = new Set<string>();

/** A new empty folder under the system's temp folder, registered for removal. */
export function makeTempDir(prefix = 'odwb-bench-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.add(dir);
  return dir;
}

/**
 * Copies the project from `repoRoot` into `target` (see skippedEntries) and gives it a node_modules
 * folder of its own whose entries are symlinks to the repo's packages (caches excluded).
 */
export function copyProject(repoRoot: string, target: string): string {
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(repoRoot)) {
    if (skippedEntries.has(entry)) continue;
    cpSync(join(repoRoot, entry), join(target, entry), { recursive: true });
  }
  const modules = join(target, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(join(repoRoot, 'node_modules'))) {
    if (cacheEntries.has(entry)) continue;
    symlinkSync(join(repoRoot, 'node_modules', entry), join(modules, entry));
  }
  return target;
}

/** What a previous build left in a copy, removed so that every timed build starts cold. */
export function clearBuildState(projectDir: string): void {
  for (const path of ['dist', '.astro', ...[...cacheEntries].map((c) => `node_modules/${c}`)]) {
    rmSync(join(projectDir, path), { recursive: true, force: true });
  }
}

/** Removes every folder made by makeTempDir. Synchronous, so it also works in a signal handler. */
export function removeWorkspaces(): void {
  for (const dir of created) {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    } catch (error) {
      console.error(`Could not remove ${dir}: ${(error as Error).message}`);
    }
    created.delete(dir);
  }
}
