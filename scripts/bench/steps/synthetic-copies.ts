/** Project copies whose inventory is a synthetic one of N cookies (see ../synthetic.ts). */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentPaths } from '../../../src/config/paths.ts';
import { BenchError } from '../step.ts';
import { publishConsentSettings } from '../../../src/config/publish-consent-settings.ts';
import { generateInventory, syntheticConsentSettings, toYaml } from '../synthetic.ts';
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
  // Synthetic inventories ask for consent, which the check refuses without a settings page.
  publishConsentSettings(dir, syntheticConsentSettings, {
    url: 'https://portal.example.org/terms/',
    note: 'A stand-in for the benchmark’s synthetic portal.',
  });
  // A changed inventory is published only as a new version: record it, as an editor would, with
  // the copy's own command, which reads the copy's site.ts (this process has the working tree's).
  const recorded = spawnSync(process.execPath, [join(dir, 'scripts/policy-version.ts'), dir], {
    cwd: dir,
    encoding: 'utf8',
  });
  if (recorded.status !== 0) {
    throw new BenchError(
      `The synthetic inventory of ${cookies} cookies could not be recorded as a version:\n` +
        `${recorded.stdout}${recorded.stderr}`.trim(),
    );
  }
  return { cookies, dir, inventoryBytes: Buffer.byteLength(yamlFiles.cookies) };
}
