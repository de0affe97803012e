/** The project's own files in a temporary folder, sharing node_modules: a site to break on purpose. */
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './build-site.ts';

const ENTRIES = [
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
  'content',
  'src',
  'scripts',
  'public',
];

export function copyProject(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'odwb-copy-'));
  for (const entry of ENTRIES.filter((entry) => existsSync(join(projectRoot, entry)))) {
    cpSync(join(projectRoot, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
