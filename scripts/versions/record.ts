/**
 * Records the policy as it is now as a new version at the end of content/versions.yaml, dated
 * today, with the snapshot the next version is compared with. When a page's text changed (or for
 * the first version), the summary is left empty, one line per language, for the editor to write.
 * Used by `npm run policy:version` and by the benchmark's synthetic copies.
 */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { localeCodes } from '../../src/config/locales.ts';
import { checkContent } from '../../src/content-check/index.ts';
import { anyPageChanged, inventoryChanges, pageChanges } from '../../src/versions/diff.ts';
import { inventorySnapshot, pageFingerprints } from '../../src/versions/snapshot.ts';
import { todayInBrussels } from '../../src/versions/today.ts';
import {
  parseVersions,
  serialiseVersion,
  VERSIONS_FILE,
  type PolicyVersion,
} from '../../src/versions/versions-file.ts';

const HEADER = `# Every published version of the cookie policy, oldest first: the pages show the last one's date
# and the whole history. Record a new version with \`npm run policy:version\` whenever the inventory
# or a policy page changes, then write under \`summary\`, in every language, what changed in the
# text. Leave cookies, providers and pages as the command wrote them: the next version is compared
# with them. See content/README.md, "Versions".
`;

export type RecordResult =
  | { kind: 'refused'; problems: string[] }
  | { kind: 'unchanged'; since: string }
  | { kind: 'recorded'; version: PolicyVersion; textChanged: boolean };

export function recordVersion(root: string, today = todayInBrussels()): RecordResult {
  const file = join(root, VERSIONS_FILE);
  const read = existsSync(file) ? parseVersions(readFileSync(file, 'utf8')) : undefined;
  const { problems: found, inventory } = checkContent(root);
  // What the versions check says about summaries and dates is for the editor to fix afterwards;
  // only a versions file that cannot be read stops here, as appending would not mend it.
  const problems = [
    ...found.filter((problem) => !problem.startsWith(`${VERSIONS_FILE}:`)),
    ...(read && read.versions.length > 0 ? read.problems : []),
  ];
  if (problems.length > 0) return { kind: 'refused', problems };

  const last = read?.versions.at(-1);
  const current = { ...inventorySnapshot(inventory), pages: pageFingerprints(root) };
  const textChanged = last ? anyPageChanged(pageChanges(last.pages, current.pages)) : true;
  if (last && !textChanged && inventoryChanges(last, current).length === 0)
    return { kind: 'unchanged', since: last.date };

  const version: PolicyVersion = {
    date: today,
    ...(textChanged
      ? { summary: Object.fromEntries(localeCodes.map((locale) => [locale, null])) }
      : {}),
    ...current,
  };
  if (existsSync(file)) appendFileSync(file, `\n${serialiseVersion(version)}`);
  else writeFileSync(file, `${HEADER}\n${serialiseVersion(version)}`);
  return { kind: 'recorded', version, textChanged };
}
