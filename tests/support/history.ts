/**
 * A copy's recorded history moved back in time, so that a test's own versions and translations
 * can come after it on the days the test chooses, whatever date the real content's last version
 * has. Only dates move: the last version is dated `last`, each one before it a day earlier (or
 * its own date, if earlier still), a translation's catch-up date and the audit a version followed
 * stay within its version's day, and each summary's translation record follows its version's new
 * date. Texts, inventories, operator facts and fingerprints are left as recorded, so the copy's
 * content still matches its last version.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentPaths } from '../../src/config/paths.ts';
import { translatedLocales } from '../../src/translations/status.ts';
import { recordPath } from '../../src/translations/record.ts';
import { summaryId } from '../../src/translations/texts.ts';
import { parseVersions, type PolicyVersion } from '../../src/versions/versions-file.ts';
import {
  noPublications,
  parsePublications,
  type Publications,
} from '../../src/versions/publications.ts';
import { serialisePublications, serialiseVersions } from '../../scripts/versions/files.ts';

const DAY = 86_400_000;
/** The date `days` after `date` (before it when negative), both written YYYY-MM-DD. */
export const shiftDate = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const earlier = (a: string, b: string) => (a < b ? a : b);

export function endHistoryOn(dir: string, last: string): void {
  const file = join(dir, contentPaths.versions);
  const { versions, problems } = parseVersions(readFileSync(file, 'utf8'));
  if (problems.length > 0)
    throw new Error(`The copy's history cannot be read:\n${problems.join('\n')}`);
  const moved: PolicyVersion[] = versions.map((version, index) => {
    const date = earlier(version.date, shiftDate(last, index - (versions.length - 1)));
    const translated = version.translated
      ? Object.fromEntries(
          Object.entries(version.translated).map(([locale, day]) => [
            locale,
            // Caught up no later than the next version's new day (or `last`).
            earlier(day, index === versions.length - 1 ? last : shiftDate(date, 1)),
          ]),
        )
      : undefined;
    // An audit a version followed was made no later than the version's new day.
    const audit = version.audit
      ? { ...version.audit, date: earlier(version.audit.date, date) }
      : undefined;
    return { ...version, date, ...(translated ? { translated } : {}), ...(audit ? { audit } : {}) };
  });
  writeFileSync(file, serialiseVersions(moved));
  const renamed = new Map(
    versions.map((version, index) => [summaryId(version.date), summaryId(moved[index]!.date)]),
  );
  for (const locale of translatedLocales()) {
    const path = join(dir, recordPath(locale));
    if (!existsSync(path)) continue;
    const record = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    const entries = Object.entries(record).map(([id, entry]) => [renamed.get(id) ?? id, entry]);
    writeFileSync(path, `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`);
  }
}

/**
 * Records in the copy's content/publications.yaml that its last version was published on `date`
 * (commit `commit`), as `npm run policy:publish` would, so that what the test records next is
 * pending and compared with a published version.
 */
export function publishLastVersion(dir: string, date: string, commit = '0123456789abcdef'): void {
  const { versions } = parseVersions(readFileSync(join(dir, contentPaths.versions), 'utf8'));
  const file = join(dir, contentPaths.publications);
  const current = readPublications(file);
  writeFileSync(
    file,
    serialisePublications({
      ...current,
      published: [...current.published, { date, version: versions.at(-1)!.date, commit }],
    }),
  );
}

function readPublications(file: string): Publications {
  if (!existsSync(file)) return noPublications;
  const read = parsePublications(readFileSync(file, 'utf8'), []);
  return read.publications ?? noPublications;
}
