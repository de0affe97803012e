/**
 * content/versions.yaml: every published version of the policy, oldest first, each with its date,
 * the editor's summary of text changes in every language, and the snapshot the next version is
 * compared with (src/versions/snapshot.ts). `npm run policy:version` appends to it; editors only
 * write the summaries. Read here for the content check, the command and the pages alike.
 */
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import type { Locale } from '../config/locales.ts';
import { contentPaths } from '../config/paths.ts';
import { parseYaml } from '../data/parse.ts';
import { checkList, isRecord } from '../data/entries.ts';
import type { InventorySnapshot, PageFingerprints } from './snapshot.ts';

export const VERSIONS_FILE = contentPaths.versions;
export const RECORD_COMMAND = 'npm run policy:version';

export interface PolicyVersion extends InventorySnapshot {
  /** YYYY-MM-DD: the day this version was published. */
  date: string;
  /** What changed in the text, in each language; null where the editor has yet to write it. */
  summary?: Partial<Record<Locale, string | null>>;
  pages: PageFingerprints;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isCalendarDate = (value: string) =>
  ISO_DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
/** The fix for a field the command writes: each field's description is what an editor reads. */
const HAND_EDIT = `Versions are written by \`${RECORD_COMMAND}\`: undo the hand edit, or remove the entry and record it again.`;
const fingerprintText = z
  .string()
  .regex(/^[0-9a-f]{16}$/)
  .describe(HAND_EDIT);
const text = z.string().min(1).describe(HAND_EDIT);

export const versionSchema = z.strictObject({
  date: z
    .string()
    .refine(isCalendarDate)
    .describe('Write a date of the calendar as YYYY-MM-DD, e.g. 2026-11-29.'),
  // Locales are checked by the content check, which knows whether a summary is needed.
  summary: z
    .record(
      z.string(),
      z
        .string()
        .nullable()
        .describe('Write in a sentence, in that language, what changed in the text.'),
    )
    .optional()
    .describe('Write summary: with one sentence per language, e.g. fr: ..., en: ....'),
  cookies: z
    .array(
      z.strictObject({
        name: text,
        provider: text,
        category: text,
        party: text,
        storage: text,
        lifetime: text,
        details: fingerprintText,
      }),
    )
    .describe(HAND_EDIT),
  providers: z
    .array(z.strictObject({ id: text, name: text, details: fingerprintText }))
    .describe(HAND_EDIT),
  pages: z.record(z.string(), fingerprintText).describe(HAND_EDIT),
});

export interface VersionsRead {
  versions: PolicyVersion[];
  problems: string[];
}

/** "version 2 (2026-12-01)": how messages name an entry, by position and date. */
export const versionLabel = (index: number, date?: unknown) =>
  `version ${index + 1}${typeof date === 'string' ? ` (${date})` : ''}`;

/** Reads the file's text; every problem names the entry and the field. */
export function parseVersions(source: string, path = VERSIONS_FILE): VersionsRead {
  const record = `Run \`${RECORD_COMMAND}\` to record the policy as it is now.`;
  const { valid, problems } = checkList<PolicyVersion>(
    path,
    parseYaml(source, path, {
      fix: 'Fix the syntax there: indent with spaces, and put quotes around a summary that contains ": ".',
    }),
    {
      kind: 'version',
      key: 'date',
      plural: 'versions',
      schema: versionSchema,
      label: (entry, index) => versionLabel(index, isRecord(entry) ? entry.date : undefined),
      empty: `no version is recorded. ${record}`,
    },
  );
  if (problems.length === 0 && valid.length === 0)
    return { versions: [], problems: [`${path}: no version is recorded. ${record}`] };
  const versions: PolicyVersion[] = [];
  for (const { value, label } of valid) {
    const previous = versions.at(-1);
    if (previous && value.date < previous.date)
      problems.push(
        `${path}: ${label}: date is earlier than the version before it (${previous.date}). Versions are listed oldest first: fix the date or the order.`,
      );
    versions.push(value);
  }
  return { versions, problems };
}

/** One version as the YAML the file holds, formatted as Prettier would (the repository checks it). */
export function serialiseVersion(version: PolicyVersion): string {
  const text = yaml.dump([version], {
    schema: yaml.CORE_SCHEMA,
    lineWidth: -1,
    noRefs: true,
    quotingType: "'",
  });
  // A summary still to write shows as an empty field (`fr:`), not as the word null.
  return text.replace(/: null$/gm, ':');
}
