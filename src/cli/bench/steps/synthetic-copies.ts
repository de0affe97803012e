/** Project copies whose inventory is a synthetic one of N cookies (see ../synthetic.ts). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentPaths } from '../../../config/paths.ts';
import { generateInventory, toYaml } from '../synthetic.ts';
import { copyProject } from '../workspace.ts';

export interface SyntheticCopy {
  cookies: number;
  dir: string;
  inventoryBytes: number;
}

export function syntheticCopy(repo: string, scratch: string, cookies: number): SyntheticCopy {
  const dir = copyProject(repo, join(scratch, `cookies-${cookies}`));
  const yamlFiles = toYaml(generateInventory(cookies));
  writeFileSync(join(dir, contentPaths.cookies), yamlFiles.cookies);
  writeFileSync(join(dir, contentPaths.providers), yamlFiles.providers);
  return { cookies, dir, inventoryBytes: Buffer.byteLength(yamlFiles.cookies) };
}
