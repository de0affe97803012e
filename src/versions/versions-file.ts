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
const fingerprintText = z.string().regex(/^[0-9a-f]{16}$/, 'must be a 16-digit fingerprint');
const text = z.string().min(1);

const versionSchema = z.strictObject({
  date: z.string().refine(isCalendarDate, 'must be a date written YYYY-MM-DD'),
  // Locales are checked by the content check, which knows whether a summary is needed.
  summary: z.record(z.string(), z.string().nullable()).optional(),
  cookies: z.array(
    z.strictObject({
      name: text,
      provider: text,
      category: text,
      party: text,
      storage: text,
      lifetime: text,
      details: fingerprintText,
    }),
  ),
  providers: z.array(z.strictObject({ id: text, name: text, details: fingerprintText })),
  pages: z.record(z.string(), fingerprintText),
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
  const hand = `Versions are written by \`${RECORD_COMMAND}\`: undo the hand edit, or remove the entry and record it again.`;
  let data: unknown;
  try {
    // The core schema keeps dates as the text the file shows (no Date objects, no time zones).
    data = yaml.load(source, { filename: path, schema: yaml.CORE_SCHEMA });
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    const where = error.mark
      ? `line ${error.mark.line + 1}, column ${error.mark.column + 1}: `
      : '';
    return {
      versions: [],
      problems: [
        `${path}: ${where}the YAML cannot be read (${error.reason}). Fix the syntax there: indent with spaces, and put quotes around a summary that contains ": ".`,
      ],
    };
  }
  if (data === undefined || data === null || (Array.isArray(data) && data.length === 0))
    return {
      versions: [],
      problems: [
        `${path}: no version is recorded. Run \`${RECORD_COMMAND}\` to record the policy as it is now.`,
      ],
    };
  if (!Array.isArray(data))
    return {
      versions: [],
      problems: [
        `${path}: the file must be a list of versions, each starting with "- date:". ${hand}`,
      ],
    };
  const versions: PolicyVersion[] = [];
  const problems: string[] = [];
  data.forEach((entry: unknown, index) => {
    const date = (entry as { date?: unknown } | null)?.date;
    const result = versionSchema.safeParse(entry);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
        const fix =
          issue.path[0] === 'date' ? 'Write the date as YYYY-MM-DD, e.g. 2026-11-29.' : hand;
        problems.push(`${path}: ${versionLabel(index, date)}: ${field}${issue.message}. ${fix}`);
      }
      return;
    }
    const previous = versions.at(-1);
    if (previous && result.data.date < previous.date)
      problems.push(
        `${path}: ${versionLabel(index, date)}: date is earlier than the version before it (${previous.date}). Versions are listed oldest first: fix the date or the order.`,
      );
    versions.push(result.data as PolicyVersion);
  });
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
