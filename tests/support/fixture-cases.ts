/**
 * The folders of tests/fixtures/<kind>/, one case each: the content it holds and the messages
 * the check must print for it, word for word, one per line of its expected.txt (an empty file
 * when the check accepts the content). A new folder is a new test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));

export interface FixtureCase {
  name: string;
  dir: string;
  expected: string[];
}

export function fixtureCases(kind: 'data' | 'pages' | 'files' | 'typography'): FixtureCase[] {
  return readdirSync(join(fixturesDir, kind))
    .sort()
    .map((name) => {
      const dir = join(fixturesDir, kind, name);
      const expected = readFileSync(join(dir, 'expected.txt'), 'utf8');
      return { name, dir, expected: expected.split('\n').filter((line) => line !== '') };
    });
}
