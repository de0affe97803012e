/**
 * The declared inventory the audit compares against. The audit needs only the two YAML files, so
 * it runs the content check's checkInventory on them directly (the policy pages and UI strings that
 * checkContent also checks do not matter here); `--data` points at another folder for tests.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { checkInventory, formatProblems } from '../../src/content-check/index.ts';
import type { Inventory } from '../../src/data/schema.ts';
import { AuditError } from './errors.ts';

export interface LoadedInventory extends Inventory {
  /** The cookies file as the reader knows it, e.g. content/cookies.yaml, for the report. */
  cookiesPath: string;
  /** The folder of cookies.yaml as the reader knows it, e.g. content. */
  dataPath: string;
  /** Each file with its SHA-256, so a report names exactly the declaration it compared against. */
  files: { path: string; sha256: string }[];
}

export function loadInventory(dataDir: string, cwd = process.cwd()): LoadedInventory {
  // An absolute --data is shown as given; a relative one from the working directory.
  const shown = (file: string) =>
    isAbsolute(dataDir) ? join(dataDir, file) : relative(cwd, resolve(cwd, dataDir, file)) || file;
  const read = (file: string) => {
    const path = resolve(cwd, dataDir, file);
    if (!existsSync(path)) {
      throw new AuditError(
        `${shown(file)} does not exist. Run the audit from the project's root, or point --data at the folder that holds cookies.yaml and providers.yaml.`,
      );
    }
    return { path: shown(file), text: readFileSync(path, 'utf8') };
  };
  const cookies = read('cookies.yaml');
  const providers = read('providers.yaml');
  const result = checkInventory(cookies, providers);
  if (result.problems.length > 0) {
    // The same report `npm run check` prints: an audit against a broken inventory means nothing.
    throw new AuditError(
      `the inventory has problems; fix them first.\n${formatProblems(result.problems)}`,
    );
  }
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
  return {
    cookies: result.cookies,
    providers: result.providers,
    cookiesPath: cookies.path,
    dataPath: dirname(cookies.path),
    files: [cookies, providers].map((file) => ({ path: file.path, sha256: sha256(file.text) })),
  };
}
