import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A content file's text, or a problem saying it is missing and how to create it. */
export function readText(
  root: string,
  path: string,
  problems: string[],
  fix: string,
): string | undefined {
  const file = join(root, path);
  if (!existsSync(file)) {
    problems.push(`${path}: the file does not exist. ${fix}`);
    return undefined;
  }
  return readFileSync(file, 'utf8');
}
