/**
 * The observations the audit recorded (content/observations.yaml, src/data/observations.ts)
 * against the declarations: per cookie, observed on a date or documented only; a declared
 * lifetime that differs from the last observation; an observation older than `maxAgeDays`.
 * A file that does not fit its schema is a problem, named by file, entry, field and fix; the
 * comparisons are warnings (`npm run check -- --strict` fails on them).
 */
import { contentPaths } from '../config/paths.ts';
import { count } from '../lib/plural.ts';
import { lifetimeDiffers, parseLifetime } from '../data/lifetime.ts';
import {
  cookieObservationSchema,
  observationsSchema,
  type Observations,
} from '../data/observations.ts';
import type { Cookie } from '../data/schema.ts';
import { checkEntry, checkValue, entryLabel, isRecord, type EntryKind } from '../data/entries.ts';
import { parseYaml, type YamlReader } from '../data/parse.ts';
import { todayInBrussels } from '../lib/today.ts';
import type { YamlFile } from './data.ts';
import { readText } from './read-text.ts';
import type { ContentFiles } from '../data/content-files.ts';

/** An observation older than this many days is stale, unless `npm run check -- --max-age <days>`. */
export const DEFAULT_MAX_AGE_DAYS = 90;

export interface ObservationsCheck {
  problems: string[];
  /** One line per declared entry: observed on a date, or documented only. */
  lines: string[];
  warnings: string[];
  observations: Observations | undefined;
}

const observationKind: EntryKind = {
  kind: 'observation',
  key: 'name',
  schema: cookieObservationSchema,
};

/** Parses and validates the file; every problem at once. */
export function readObservations(
  file: YamlFile,
  yaml?: YamlReader,
): {
  problems: string[];
  observations: Observations | undefined;
} {
  const parsed = parseYaml(file.text, file.path, yaml ? { yaml } : {});
  if (!parsed.ok) return { problems: [parsed.problem], observations: undefined };
  const value = parsed.value;
  if (!isRecord(value) || !isRecord(value.audit) || !Array.isArray(value.cookies)) {
    return {
      problems: [
        `${file.path}: the file must hold "audit:" and "cookies:", as the audit writes it. Record a new audit with \`npm run audit -- <portal URL> --record\` (delete the file first).`,
      ],
      observations: undefined,
    };
  }
  const audit = checkValue<Observations['audit']>(
    file.path,
    value.audit,
    observationsSchema.shape.audit,
    'audit',
    parsed.lineOf,
  );
  // "file: line 4: audit: what is wrong", as the cookies' entries read.
  const problems = audit.problems.map((problem) =>
    problem.replace(/^[^:]+: (?:line \d+: )?/, '$&audit: '),
  );
  const cookies: Observations['cookies'] = [];
  value.cookies.forEach((entry, index) => {
    const label = entryLabel(observationKind, entry, index);
    const checked = checkEntry<Observations['cookies'][number]>(
      file.path,
      observationKind,
      entry,
      label,
      { lineOf: parsed.lineOf, start: parsed.lineOf?.(value.cookies as unknown[], index) },
    );
    problems.push(...checked.problems);
    if (checked.value) cookies.push(checked.value);
  });
  const observations =
    problems.length === 0 && audit.value ? { audit: audit.value, cookies } : undefined;
  return { problems, observations };
}

/** In the unit a reader thinks in, one decimal: "182.6 days", "1 hours" reads "1 hour". */
function describe(seconds: number | null): string {
  if (seconds === null) return 'a session cookie';
  const [size, unit] =
    seconds >= 86_400 ? [86_400, 'day'] : seconds >= 3_600 ? [3_600, 'hour'] : [60, 'minute'];
  return count(Math.round((seconds / size) * 10) / 10, unit);
}

export function checkObservations(
  files: ContentFiles,
  cookies: Cookie[],
  { today = new Date(`${todayInBrussels()}T12:00:00Z`), maxAgeDays = DEFAULT_MAX_AGE_DAYS } = {},
): ObservationsCheck {
  const path = contentPaths.observations;
  if (!files.exists(path)) {
    return {
      problems: [],
      lines: [
        `${path}: no audit recorded yet, so every cookie is documented only, not observed. Record one with \`npm run audit -- <portal URL> --record\`.`,
      ],
      warnings: [],
      observations: undefined,
    };
  }
  const problems: string[] = [];
  const text = readText(files, path, problems, 'Record a new audit.');
  if (text === undefined) return { problems, lines: [], warnings: [], observations: undefined };
  const { problems: invalid, observations } = readObservations({ path, text }, files.yaml);
  if (!observations) return { problems: invalid, lines: [], warnings: [], observations };
  const names = cookies.map((cookie) => cookie.name);
  for (const entry of observations.cookies) {
    if (!names.includes(entry.name)) {
      problems.push(
        `${path}: observation "${entry.name}": no entry of ${contentPaths.cookies} is named "${entry.name}". Record a new audit, which keeps only declared entries.`,
      );
    }
  }
  const lines: string[] = [];
  const warnings: string[] = [];
  const dayMs = 86_400_000;
  for (const cookie of cookies) {
    const seen = observations.cookies.find((entry) => entry.name === cookie.name);
    const label = `cookie "${cookie.name}"`;
    if (!seen) {
      lines.push(`${label}: documented only.`);
      warnings.push(
        `${contentPaths.cookies}: ${label}: documented only: no recorded audit has observed it. Audit the portal where it is set (npm run audit -- <portal URL> --record), or check that the portal still sets it.`,
      );
      continue;
    }
    lines.push(`${label}: observed on ${seen.observedOn} (${seen.states.join(', ')}).`);
    if (
      cookie.storage === 'http-cookie' &&
      lifetimeDiffers(cookie.lifetime, seen.lifetimeSeconds)
    ) {
      const declared = parseLifetime(cookie.lifetime);
      warnings.push(
        `${contentPaths.cookies}: ${label}: lifetime ${cookie.lifetime}${declared?.kind === 'duration' ? ` (${describe(declared.seconds)})` : ''} differs from the one observed on ${seen.observedOn} (${describe(seen.lifetimeSeconds)}). Correct lifetime, or find out why the portal sets it differently.`,
      );
    }
    const age = Math.floor((today.getTime() - Date.parse(`${seen.observedOn}T00:00:00Z`)) / dayMs);
    if (age > maxAgeDays) {
      warnings.push(
        `${path}: observation "${cookie.name}": last observed ${age} days ago (${seen.observedOn}), more than ${maxAgeDays}. Record a new audit of the portal.`,
      );
    }
  }
  return { problems, lines, warnings, observations };
}
