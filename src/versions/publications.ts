/**
 * content/publications.yaml: publishing as an act the project records. Recording a version
 * (content/versions.yaml) keeps the policy as it was on a day; publishing it is a second act,
 * written by `npm run policy:publish` once the policy is complete and observed: the day it was
 * published, the version it published and the commit that holds it. The public history lists
 * only published versions, dated by their publication; a version recorded but not published is
 * a draft, whose changes the pages show as pending. The file also says which policy the first
 * publication replaces (the one the portal published before this site), and how old the
 * recorded audit of the portal may be when a version is published.
 */
import { z } from 'astro/zod';
import { contentPaths } from '../config/paths.ts';
import { checkValue, isRecord } from '../data/entries.ts';
import { parseYaml, type YamlReader } from '../data/parse.ts';
import { sourceSchema, webAddress, ADDRESS_HINT } from '../data/schema.ts';
import type { PolicyVersion } from './versions-file.ts';
import { dateField } from '../data/dates.ts';

export const PUBLICATIONS_FILE = contentPaths.publications;
export const PUBLISH_COMMAND = 'npm run policy:publish';
/** When publications.yaml does not say otherwise: an audit older than this is not evidence. */
export const DEFAULT_AUDIT_MAX_AGE_DAYS = 30;

const HAND_EDIT = `Publications are written by \`${PUBLISH_COMMAND}\`: undo the hand edit.`;
// A real day from 2000 on, not after today: a publication records something done.
const day = dateField(true, HAND_EDIT);

export const publicationSchema = z.strictObject({
  /** YYYY-MM-DD: the day the policy was published. */
  date: day,
  /** The date of the version of content/versions.yaml it published. */
  version: day,
  /** The git commit whose content was published. */
  commit: z
    .string()
    .regex(/^[0-9a-f]{7,40}$/)
    .describe(`Write the commit's hexadecimal name (git rev-parse HEAD). ${HAND_EDIT}`),
});

export const publicationsSchema = z.strictObject({
  /** The policy the first publication replaces: the one the portal published until then. */
  replaces: z
    .strictObject({
      url: webAddress().describe(ADDRESS_HINT),
      note: sourceSchema.shape.note,
    })
    .nullable()
    .describe(
      'Write replaces: with the url of the cookie policy the portal published before this one and a note, or replaces: null when there was none.',
    ),
  /** How many days old the recorded audit of the portal may be when a version is published. */
  auditMaxAgeDays: z
    .number()
    .int()
    .positive()
    .describe('Write a whole number of days, e.g. auditMaxAgeDays: 30.'),
  published: z
    .array(publicationSchema)
    .describe(`List the publications, oldest first. ${HAND_EDIT}`),
});

export type Publication = z.output<typeof publicationSchema>;
export type Publications = z.output<typeof publicationsSchema>;

/** What the file holds when a project has published nothing yet. */
export const noPublications: Publications = {
  replaces: null,
  auditMaxAgeDays: DEFAULT_AUDIT_MAX_AGE_DAYS,
  published: [],
};

/** Reads the file's text; every problem names the field and the fix. */
export function parsePublications(
  text: string,
  versions: PolicyVersion[],
  path: string = PUBLICATIONS_FILE,
  yaml?: YamlReader,
): { publications: Publications | undefined; problems: string[] } {
  const parsed = parseYaml(text, path, yaml ? { yaml } : {});
  if (!parsed.ok) return { publications: undefined, problems: [parsed.problem] };
  if (!isRecord(parsed.value))
    return {
      publications: undefined,
      problems: [
        `${path}: the file must hold replaces:, auditMaxAgeDays: and published:, as content/README.md (“Publishing”) shows.`,
      ],
    };
  const checked = checkValue<Publications>(
    path,
    parsed.value,
    publicationsSchema,
    'the file',
    parsed.lineOf,
  );
  if (!checked.value) return { publications: undefined, problems: checked.problems };
  const problems: string[] = [];
  const dates = new Set(versions.map((version) => version.date));
  checked.value.published.forEach((publication, index) => {
    const label = `${path}: publication ${index + 1} (${publication.date})`;
    const previous = checked.value!.published[index - 1];
    if (!dates.has(publication.version))
      problems.push(
        `${label}: version ${publication.version} is not a version of ${contentPaths.versions}. ${HAND_EDIT}`,
      );
    if (publication.date < publication.version)
      problems.push(
        `${label}: it is dated before the version it publishes (${publication.version}). ${HAND_EDIT}`,
      );
    if (previous && (publication.date < previous.date || publication.version < previous.version))
      problems.push(
        `${label}: it comes before publication ${index} (${previous.date}, version ${previous.version}). Publications are listed oldest first. ${HAND_EDIT}`,
      );
  });
  return { publications: checked.value, problems };
}

/** The version's last publication, when it was published. */
export const publicationOf = (publications: Publications, version: string) =>
  publications.published.findLast((publication) => publication.version === version);

/**
 * The public history: each published version, most recent publication last, with the recorded
 * versions it covers (those recorded since the version published before it) and, last, what is
 * recorded but not published yet.
 */
export interface HistoryEntry {
  publication: Publication;
  /** The published version and the versions recorded since the previous publication, oldest first. */
  covers: PolicyVersion[];
  /** The version published before it; undefined for the first publication. */
  previous: PolicyVersion | undefined;
}

export interface History {
  published: HistoryEntry[];
  /** Versions recorded after the last published one: their changes are pending. */
  pending: PolicyVersion[];
  /** The last published version, which pending changes are compared with. */
  lastPublished: PolicyVersion | undefined;
}

export function policyHistory(versions: PolicyVersion[], publications: Publications): History {
  const published: HistoryEntry[] = [];
  let from = 0;
  let previous: PolicyVersion | undefined;
  for (const publication of publications.published) {
    const at = versions.findIndex((version) => version.date === publication.version);
    // A publication of the same version again (a redeployment) adds nothing to the history.
    if (at < from) continue;
    const covers = versions.slice(from, at + 1);
    published.push({ publication, covers, previous });
    previous = versions[at];
    from = at + 1;
  }
  return { published, pending: versions.slice(from), lastPublished: previous };
}
