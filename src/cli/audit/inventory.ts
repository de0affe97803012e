/**
 * The declared inventory the audit compares against. The audit needs only the two YAML files, so
 * it runs the content check's checkInventory on them directly (the policy pages and UI strings that
 * checkContent also checks do not matter here); `--data` points at another folder for tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatProblems } from '../../content-check/index.ts';
import { checkInventory, type Inventory } from '../../content-check/data.ts';
import { AuditError } from './errors.ts';

export interface LoadedInventory extends Inventory {
  /** The cookies file as the reader knows it, e.g. content/cookies.yaml, for the report. */
  cookiesPath: string;
}

export function loadInventory(dataDir: string, cwd = process.cwd()): LoadedInventory {
  const shown = (file: string) => relative(cwd, join(cwd, dataDir, file)) || file;
  const read = (file: string) => {
    const path = join(cwd, dataDir, file);
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
  return { cookies: result.cookies, providers: result.providers, cookiesPath: cookies.path };
}
