/**
 * content/versions.yaml: every recorded version of the policy, oldest first, one per day
 * (publishing one is a second act: src/versions/publications.ts). Each holds
 * its date, the editor's summary of the text changes (French required, the other languages
 * written by translators later), the snapshot the next version is compared with
 * (src/versions/snapshot.ts), and the day each translation caught up with it. The commands
 * (`npm run policy:version`, `npm run translations -- mark`) write it; editors and translators
 * only write summaries. Read here for the content check, the commands and the pages alike.
 */
import { z } from 'astro/zod';
import { defaultLocale, localeCodes, type Locale } from '../config/locales.ts';
import { contentPaths } from '../config/paths.ts';
import { parseYaml, type YamlReader } from '../data/parse.ts';
import { dateField } from '../data/dates.ts';
import { checkList, isRecord } from '../data/entries.ts';
import { factNames } from '../data/operator-facts.ts';
import {
  MISSING,
  type FrenchTexts,
  type InventorySnapshot,
  type OperatorSnapshot,
} from './snapshot.ts';

export const VERSIONS_FILE = contentPaths.versions;
export const RECORD_COMMAND = 'npm run policy:version';

export interface PolicyVersion extends InventorySnapshot {
  /** YYYY-MM-DD: the day this version was published. */
  date: string;
  /** What changed in the text: French from the editor, the other languages from translators. */
  summary?: Partial<Record<Locale, string | null>>;
  /** The audit whose observations the inventory change followed (content/observations.yaml). */
  audit?: AuditReference;
  /**
   * What its inventory changes are: `portal`, the portal itself changed (a cookie added, a
   * lifetime observed to change), or `correction`, the documentation was corrected while the
   * portal did not change. The history words them differently; absent, a correction.
   */
  inventoryChange?: InventoryChangeKind;
  /**
   * The operator facts (content/operator.yaml) as recorded; absent from versions recorded before
   * they were versioned: those compare as "not recorded then", and no change is described.
   */
  operator?: OperatorSnapshot;
  /** Fingerprint of every French text of the pages and the cookies, by text id. */
  texts: FrenchTexts;
  /** The day each translation followed this version's French in full, when it did. */
  translated?: Partial<Record<Locale, string>>;
}

export const inventoryChangeKinds = ['portal', 'correction'] as const;
export type InventoryChangeKind = (typeof inventoryChangeKinds)[number];

/** Which audit a version followed: the `audit:` block of content/observations.yaml, in short. */
export interface AuditReference {
  /** YYYY-MM-DD: the day the audit observed the portal (its observedOn). */
  date: string;
  /** The portal address it audited. */
  portal: string;
}

// A version after today has a message of its own (src/content-check/versions.ts).
const calendarDate = dateField(false);
/** The fix for a field the command writes: each field's description is what an editor reads. */
const HAND_EDIT = `Versions are written by \`${RECORD_COMMAND}\`: undo the hand edit, or remove the entry and record it again.`;
const fingerprintText = z
  .string()
  .regex(/^[0-9a-f]{16}$/)
  .describe(HAND_EDIT);
const text = z.string().min(1).describe(HAND_EDIT);
const factState = z
  .union([z.literal(MISSING), z.string().regex(/^[0-9a-f]{16}$/)])
  .describe(`Write ${MISSING} or the fingerprint the command wrote. ${HAND_EDIT}`);

/** Facts added to operator.yaml after versions were first recorded: older versions lack them. */
const FACTS_ADDED_LATER: readonly string[] = ['controller.jointControllers'];

export const versionSchema = z.strictObject({
  date: calendarDate,
  // One text per language of the site, any of them; whether the French is needed is the content
  // check's to say (it knows whether the text changed).
  summary: z
    .partialRecord(
      z.enum(localeCodes),
      z
        .string()
        .nullable()
        .describe('Write in a sentence, in that language, what changed in the text.'),
    )
    .optional()
    .describe('Write summary: with one sentence per language, e.g. fr: ..., en: ....'),
  audit: z
    .strictObject({
      date: dateField(true, `It is the audit's observedOn date. ${HAND_EDIT}`),
      portal: z
        .url({ protocol: /^https?$/ })
        .describe(`Write the audited portal's address. ${HAND_EDIT}`),
    })
    .optional()
    .describe(HAND_EDIT),
  inventoryChange: z
    .enum(inventoryChangeKinds)
    .optional()
    .describe(
      `Write portal (the portal itself changed) or correction (the description was corrected). ${HAND_EDIT}`,
    ),
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
  operator: z
    .strictObject({
      portal: z.strictObject({ name: text, url: text, platform: text }).describe(HAND_EDIT),
      // A fact added to operator.yaml after a version was recorded is absent from it: "not
      // recorded then", never described as changed (src/versions/diff.ts).
      facts: z
        .strictObject(
          Object.fromEntries(
            factNames.map((name) => [
              name,
              FACTS_ADDED_LATER.includes(name) ? factState.optional() : factState,
            ]),
          ) as Record<(typeof factNames)[number], z.ZodOptional<typeof factState>>,
        )
        .describe(HAND_EDIT),
    })
    .optional()
    .describe(HAND_EDIT),
  texts: z.record(z.string(), fingerprintText).describe(HAND_EDIT),
  translated: z
    .record(
      z.string(),
      dateField(true, 'Written by `npm run translations -- mark`: undo the hand edit.'),
    )
    .optional()
    .describe(
      'Written by `npm run translations -- mark`: the day each translation caught up. Undo the hand edit.',
    ),
});

export interface VersionsRead {
  versions: PolicyVersion[];
  problems: string[];
  /** The line each of `versions` starts on in the file, for messages. */
  lines?: (number | undefined)[];
}

/** "version 2 (2026-12-01)": how messages name an entry, by position and date. */
export const versionLabel = (index: number, date?: unknown) =>
  `version ${index + 1}${typeof date === 'string' ? ` (${date})` : ''}`;

/** The French summary of a version, trimmed; undefined when none is written. */
export const frenchSummary = (version: PolicyVersion): string | undefined =>
  version.summary?.[defaultLocale]?.trim() || undefined;

/** Reads the file's text; every problem names the entry and the field. */
export function parseVersions(
  source: string,
  path = VERSIONS_FILE,
  yaml?: YamlReader,
): VersionsRead {
  const record = `Run \`${RECORD_COMMAND}\` to record the policy as it is now.`;
  const parsed = parseYaml(source, path, {
    fix: 'Fix the syntax there: indent with spaces, and put quotes around a summary that contains ": ".',
    ...(yaml ? { yaml } : {}),
  });
  const checked = checkList<PolicyVersion>(path, parsed, {
    kind: 'version',
    key: 'date',
    plural: 'versions',
    schema: versionSchema,
    label: (entry, index) => versionLabel(index, isRecord(entry) ? entry.date : undefined),
    empty: `no version is recorded. ${record}`,
  });
  const { valid } = checked;
  // An entry of the format before each French text was fingerprinted on its own: one message
  // saying so, instead of one per field the new format names differently.
  const oldFormat = new Map(
    (checked.list ?? []).flatMap((entry, index) =>
      isRecord(entry) && 'pages' in entry
        ? [[index, versionLabel(index, entry.date)] as const]
        : [],
    ),
  );
  const problems = checked.problems.filter(
    (problem) =>
      ![...oldFormat.values()].some((label) =>
        problem.replace(/^([^:]+: )line \d+: /, '$1').startsWith(`${path}: ${label}: `),
      ),
  );
  // "content/versions.yaml: line 12: version 2 (…)", on the line where the entry starts.
  const at = (index: number, label: string) => {
    const line = parsed.ok && checked.list ? parsed.lineOf?.(checked.list, index) : undefined;
    return `${path}: ${line === undefined ? '' : `line ${line}: `}${label}`;
  };
  if (problems.length === 0 && valid.length === 0 && oldFormat.size === 0)
    return { versions: [], problems: [`${path}: no version is recorded. ${record}`] };
  // What is wrong with an entry as a whole, in the order of the file.
  const inOrder = [...oldFormat].map(([index, label]) => ({
    index,
    problem: `${at(index, label)}: pages: this entry was recorded in an older format (a fingerprint per page of every language). Remove the entry and record it again with \`${RECORD_COMMAND}\`.`,
  }));
  const versions: PolicyVersion[] = [];
  const lines: (number | undefined)[] = [];
  for (const { value, label, index } of valid) {
    lines.push(parsed.ok && checked.list ? parsed.lineOf?.(checked.list, index) : undefined);
    const previous = versions.at(-1);
    if (previous && value.date < previous.date)
      inOrder.push({
        index,
        problem: `${at(index, label)}: date is earlier than the version before it (${previous.date}). Versions are listed oldest first: fix the date or the order.`,
      });
    if (value.audit && value.audit.date > value.date)
      inOrder.push({
        index,
        problem: `${at(index, label)}: audit date ${value.audit.date} is after the version's own date: a version follows an audit made before it. ${HAND_EDIT}`,
      });
    if (previous && value.date === previous.date)
      inOrder.push({
        index,
        problem: `${at(index, label)}: a version of ${previous.date} comes just before it. One day, one version: remove this entry and run \`${RECORD_COMMAND}\` again, which adds the changes to that day's version.`,
      });
    versions.push(value);
  }
  problems.push(...inOrder.sort((a, b) => a.index - b.index).map(({ problem }) => problem));
  return { versions, problems, lines };
}

/** The last day a translation followed the French in full, from every version; undefined if never. */
export const translationDate = (versions: PolicyVersion[], locale: Locale): string | undefined =>
  versions
    .map((version) => version.translated?.[locale])
    .reduce<string | undefined>(
      (a, b) => (b !== undefined && (a === undefined || b > a) ? b : a),
      undefined,
    );
