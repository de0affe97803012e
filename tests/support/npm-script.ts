/**
 * The file an `npm run <name>` script runs, read from package.json ("node <file> …"), so a test
 * runs a command exactly as an editor does, whatever its entry file is called.
 */
import { readFileSync } from 'node:fs';

const { scripts } = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as { scripts: Record<string, string> };

export function scriptFile(name: string): string {
  const file = /^node (\S+)/.exec(scripts[name] ?? '')?.[1];
  if (!file) throw new Error(`package.json has no "${name}" script of the form "node <file>"`);
  return file;
}
