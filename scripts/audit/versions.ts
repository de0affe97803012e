/**
 * The versions of the packages that judged the portal, for the evidence manifest: the consent
 * rules and the tracker database change from release to release, and a finding must be
 * reproducible with the same ones.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The package's own package.json (not a dist/ folder's), found above its entry point. */
export function packageVersion(name: string): string {
  let entry: string;
  try {
    entry = require.resolve(name);
  } catch {
    // An optional package left out (the tracker database: host-attribution.ts says which was used).
    return 'not installed';
  }
  for (let folder = dirname(entry); ; folder = dirname(folder)) {
    const file = join(folder, 'package.json');
    const manifest = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
    if (manifest?.name === name) return String(manifest.version);
    if (dirname(folder) === folder) return 'unknown';
  }
}

export const judgingPackages = () =>
  Object.fromEntries(
    ['@duckduckgo/autoconsent', '@ghostery/trackerdb', 'tldts', 'playwright-core'].map((name) => [
      name,
      packageVersion(name),
    ]),
  );
