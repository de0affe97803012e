/**
 * `--record`: writes what the audit observed of each declared entry into observations.yaml,
 * beside cookies.yaml (src/data/observations.ts has the shape). It never touches a declaration:
 * it records what was seen. An entry this audit did not see keeps its last observation (the
 * content check then says how old it is); entries no longer declared are dropped.
 *
 * The existing file is read and validated before the crawl, so a file edited into nonsense stops
 * the audit at once; the new file replaces the old one whole (written beside it, then renamed).
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { formatProblems } from '../../src/content-check/index.ts';
import { readObservations } from '../../src/content-check/observations.ts';
import type { Cookie } from '../../src/data/schema.ts';
import type { AuditResult, CookieObservation, Observations } from '../../src/data/observations.ts';
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
}

/** Reads and checks the current file; refuses nonsense with the content check's messages. */
export function openRecord(dataDir: string, shownDir: string): Recorder {
  const path = join(shownDir, 'observations.yaml');
  const file = resolve(dataDir, 'observations.yaml');
  if (!existsSync(file)) return { path, previous: undefined };
  const result = readObservations({ path, text: readFileSync(file, 'utf8') });
  if (result.problems.length > 0) {
    throw new AuditError(
      `${path} cannot be read, so the audit will not record over it; fix it first (or delete it to start a new record).\n${formatProblems(result.problems)}`,
    );
  }
  return { path, previous: result.observations };
}

const dateOf = (iso: string) => iso.slice(0, 10);

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
  const file = resolve(dataDir, 'observations.yaml');
  const text = `${header}${yaml.dump(observations, { lineWidth: 100, flowLevel: 3, noRefs: true })}`;
  // The check's own validation before writing: nothing it would refuse is recorded.
  const refused = readObservations({ path: recorder.path, text }).problems;
  if (refused.length > 0)
    throw new AuditError(
      `Nothing was recorded: the check would refuse this record.\n${formatProblems(refused)}`,
    );
  const staging = `${file}.partial-${process.pid}`;
  writeFileSync(staging, text);
  renameSync(staging, file);
  return fresh.size;
}
