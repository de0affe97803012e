/** Changes a file of a project copy; a test whose edit matches nothing fails here, not later. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function edit(dir: string, path: string, change: (text: string) => string): void {
  const file = join(dir, path);
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`The test's edit changed nothing in ${path}.`);
  writeFileSync(file, after);
}
