/**
 * `--record`: writes what the audit observed of each declared entry into observations.yaml,
 * beside cookies.yaml (src/data/observations.ts has the shape). It never touches a declaration:
 * it records what was seen. An entry this audit did not see keeps its last observation (the
 * content check then says how old it is); entries no longer declared are dropped.
 *
 * The existing file is read and validated before the crawl, so a file edited into nonsense stops
 * the audit at once; the new file replaces the old one whole (written beside it, then renamed).
 *
 * In a project (`--data` is its content/ folder, as by default), the record is written like every
 * other command's write (scripts/staged/staged.ts): laid over the project's content read anew,
 * checked by the whole content check, and written only when it adds no problem the check would
 * report (an entry cookies.yaml no longer declares, a date after today...). A `--data` folder of
 * another name holds an inventory, not a project: the record is then checked alone, with the
 * check's reader of observations.yaml.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import yaml from 'js-yaml';
import {
  formatProblems,
  readContent,
  readContentFiles,
  readObservations,
  type ContentFiles,
} from '../../src/content-check/index.ts';
import { contentPaths } from '../../src/config/paths.ts';
import type { Cookie } from '../../src/data/schema.ts';
import type { AuditResult, CookieObservation, Observations } from '../../src/data/observations.ts';
import { TODAY_VARIABLE, todayInBrussels } from '../../src/lib/today.ts';
import { staged } from '../staged/staged.ts';
import type { AcrossStates } from './across-states.ts';
import { configuredPortal } from './args.ts';
import { AuditError } from './errors.ts';
import { TOOL } from './report-values.ts';

/** A few pages are evidence enough; the report and the evidence folder have them all. */
const MAX_PAGES = 5;

export interface Recorder {
  /** The file as the reader knows it, e.g. content/observations.yaml. */
  path: string;
  previous: Observations | undefined;
  /** The project the record is written into, when `--data` is its content folder. */
  project?: Project;
}

interface Project {
  root: string;
  /** As a message names it: "this project", or "the project <folder>". */
  shown: string;
  /** The declarations as the audit read them, to tell whether they changed during the crawl. */
  declarations: (string | undefined)[];
}

/** The files the audit compares against: an edit during the crawl is said as such. */
const declarationsOf = (files: ContentFiles) =>
  [contentPaths.cookies, contentPaths.providers].map((path) => files.text(path));

/**
 * The project whose content folder `dataDir` is (the folder above it, where the content check
 * finds content/observations.yaml beside content/cookies.yaml), or undefined.
 */
export function projectOf(dataDir: string): string | undefined {
  const folder = resolve(dataDir);
  const root = dirname(folder);
  return resolve(root, dirname(contentPaths.observations)) === folder ? root : undefined;
}

/** The project's content as the check reads it; refused when the check would not read it. */
function projectFiles(project: Omit<Project, 'declarations'>): ContentFiles {
  const files = readContentFiles(project.root);
  if (files.links.length > 0)
    throw new AuditError(
      `--record writes into ${project.shown}, whose content the check does not read through a symbolic link, so it could not check the record. Nothing was recorded. Fix these, or leave out --record:\n${files.links.map((problem) => `  - ${problem}`).join('\n')}`,
    );
  return files;
}

const cannotRecordOver = (path: string) =>
  `${path} cannot be read, so the audit will not record over it; fix it first (or delete it to start a new record).`;

/** Reads and checks the current file; refuses nonsense with the content check's messages. */
export function openRecord(dataDir: string, shownDir: string): Recorder {
  const path = join(shownDir, 'observations.yaml');
  const root = projectOf(dataDir);
  if (root !== undefined) {
    const shown = dirname(shownDir) === '.' ? 'this project' : `the project ${dirname(shownDir)}`;
    const files = projectFiles({ root, shown });
    const project = { root, shown, declarations: declarationsOf(files) };
    // Read as the check reads it: a folder, an unreadable file or another encoding is named.
    const read = files.read(contentPaths.observations);
    if (!read.ok && read.missing) return { path, previous: undefined, project };
    if (!read.ok) throw new AuditError(`${cannotRecordOver(path)}\n  - ${read.problem}`);
    return { path, previous: previousRecord(path, read.text), project };
  }
  // Read as the check reads a file, named as the reader knows it.
  const read = readContent(resolve(dataDir), 'observations.yaml');
  if (!read.ok && read.missing) return { path, previous: undefined };
  if (!read.ok)
    throw new AuditError(
      `${cannotRecordOver(path)}\n  - ${path}${read.problem.slice('observations.yaml'.length)}`,
    );
  return { path, previous: previousRecord(path, read.text) };
}

function previousRecord(path: string, text: string): Observations | undefined {
  const result = readObservations({ path, text });
  if (result.problems.length > 0) {
    throw new AuditError(`${cannotRecordOver(path)}\n${formatProblems(result.problems)}`);
  }
  return result.observations;
}

/**
 * The day the audit ran where the policy is published, as every date the policy records (a
 * version, a publication): between 23:00 and midnight UTC in winter, it is already the next day
 * in Brussels, and an audit dated by UTC would read as checked the day before it was published.
 */
const dateOf = (iso: string) => todayInBrussels(new Date(iso));

/**
 * `--record` writes the audit of the portal the policy describes, never of another site: every
 * start page must be on the origin of portal.url in operator.yaml (a staging copy reached under
 * the public name with --resolve is the portal). Anything else stops the audit before a page
 * opens, so a test run can never become the portal's recorded audit.
 */
export function checkRecordedPortal(urls: string[], dataDir: string): void {
  const portal = configuredPortal(dataDir, '--record');
  const origin = new URL(portal.url).origin;
  const elsewhere = urls.filter((url) => new URL(url).origin !== origin);
  if (elsewhere.length > 0) {
    throw new AuditError(
      `--record writes the audit of the portal ${portal.path} names (${portal.url}), but ${elsewhere.join(', ')} ${elsewhere.length === 1 ? 'is' : 'are'} not on it. Audit that portal (npm run audit -- --portal-from-config --record), or leave out --record to audit another site without recording it.`,
    );
  }
}

export function recordObservations(
  recorder: Recorder,
  dataDir: string,
  states: AcrossStates,
  declared: Cookie[],
  portal: string,
  startedAt: string,
  result: AuditResult,
): number {
  const observedOn = dateOf(startedAt);
  const fresh = new Map<string, CookieObservation>();
  for (const item of states.items) {
    if (item.declaredAs === undefined) continue;
    const sightings = Object.values(item.seen);
    const first = sightings[0];
    if (!first) continue;
    const lifetimes = sightings.map((seen) =>
      seen.storage === 'http-cookie' ? (seen.lifetimeSeconds ?? null) : null,
    );
    const known = fresh.get(item.declaredAs);
    const longest = Math.max(...lifetimes.map((value) => value ?? -1));
    fresh.set(item.declaredAs, {
      name: item.declaredAs,
      observedOn,
      lifetimeSeconds:
        longest < 0 && (known?.lifetimeSeconds ?? null) === null
          ? null
          : Math.max(longest, known?.lifetimeSeconds ?? -1),
      setBy: known?.setBy ?? (first.evidence.setBy === 'request' ? 'header' : first.evidence.setBy),
      states: states.states.filter(
        (state) => item.seen[state] !== undefined || known?.states.includes(state),
      ),
      pages: [
        ...new Set([...(known?.pages ?? []), ...sightings.map((seen) => seen.evidence.page)]),
      ].slice(0, MAX_PAGES),
    });
  }
  const names = declared.map((entry) => entry.name);
  const kept = (recorder.previous?.cookies ?? []).filter(
    (entry) => names.includes(entry.name) && !fresh.has(entry.name),
  );
  const cookies = [...fresh.values(), ...kept].sort(
    (a, b) => names.indexOf(a.name) - names.indexOf(b.name),
  );
  const observations: Observations = {
    audit: {
      portal,
      observedOn,
      consentInterface: states.consent.found ? 'found' : 'none',
      consentManager: states.consent.found
        ? states.consent.by === 'rules'
          ? states.consent.name
          : 'selectors'
        : null,
      tool: `${TOOL.name} ${TOOL.version}`,
      states: states.states,
      result,
    },
    cookies,
  };
  const header = `# What the audit observed on the portal. Written by \`npm run audit -- <portal URL> --record\`:
# do not edit by hand. The content check compares it with cookies.yaml (src/data/observations.ts).
`;
  const text = `${header}${yaml.dump(observations, { lineWidth: 100, flowLevel: 3, noRefs: true })}`;
  writeRecord(recorder, dataDir, text);
  return fresh.size;
}

/** Why a record the check refuses is not written, with what to do. */
function refusal(recorder: Recorder, problems: string[], why: string[]): AuditError {
  const today = process.env[TODAY_VARIABLE];
  if (today) {
    why.push(
      `${TODAY_VARIABLE} is set to ${today}: the check judges dates as of that day, while the audit records the day it ran.`,
    );
  }
  const refused = recorder.project
    ? `with ${recorder.path} as this audit would write it, npm run check would refuse ${recorder.project.shown}`
    : `npm run check would refuse ${recorder.path} as this audit would write it`;
  return new AuditError(
    `nothing was recorded: ${refused}. ${[...why, 'Fix what is named below, then record the audit again.'].join(' ')}\n${formatProblems(problems)}`,
  );
}

/** The check's own validation, then the write, whole: nothing the check would refuse is recorded. */
function writeRecord(recorder: Recorder, dataDir: string, text: string): void {
  const { project } = recorder;
  if (project) {
    // The content read anew, as the check will read it after the audit.
    const files = projectFiles(project);
    const run = staged(
      project.root,
      (draft) => draft.write(contentPaths.observations, text),
      () => true,
      files,
      // The record replaces the file: every problem in it is the record's, even one it had.
      [contentPaths.observations],
    );
    if (run.problems.length > 0) {
      const now = declarationsOf(files);
      const changed = [contentPaths.cookies, contentPaths.providers].filter(
        (_, index) => now[index] !== project.declarations[index],
      );
      throw refusal(
        recorder,
        run.problems,
        changed.length > 0
          ? [
              `${changed.join(' and ')} changed while the audit ran, so the audit compared the portal with declarations that are no longer the project's.`,
            ]
          : [],
      );
    }
    return;
  }
  const refused = readObservations({ path: recorder.path, text }).problems;
  if (refused.length > 0) throw refusal(recorder, refused, []);
  const file = resolve(dataDir, 'observations.yaml');
  const staging = `${file}.partial-${process.pid}`;
  writeFileSync(staging, text);
  renameSync(staging, file);
}
