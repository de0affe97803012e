/**
 * The ways to read an audit: a table a person reads top to bottom (what to fix first, then what is
 * merely informational, then the evidence), and JSON with every fact for other tools. Both say
 * which tool, browser and inventory produced them.
 */
import { readFileSync } from 'node:fs';
import type { Cookie } from '../../src/data/schema.ts';
import { consentFindingCount, type AcrossStates } from './across-states.ts';
import { hasFindings, type Comparison, type TooShort } from './compare.ts';
import { STATE_LABELS } from './consent-states.ts';
import type { Evidence, Observation, Observed } from './observation.ts';
import { consentLine, stateSections, statesJson, type Section } from './report-states.ts';
import type { Suggestion } from './suggest.ts';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
export const TOOL = { name: `${pkg.name} audit`, version: pkg.version, node: process.version };

export interface ReportContext {
  /** e.g. content/cookies.yaml, named in the headings so the reader knows what to edit. */
  cookiesPath: string;
  files: { path: string; sha256: string }[];
  suggestions: Suggestion[];
  /** Print the suggested entries in the table (--suggest). */
  showSuggestions: boolean;
  strictHosts: boolean;
  /** A live audit: the visits in each state of consent, side by side (absent for a HAR file). */
  states?: AcrossStates | undefined;
}

/** Whether the audit fails (exit 1): the inventory is untrue, or consent is not respected. */
export const auditFailed = (comparison: Comparison, context: ReportContext) =>
  hasFindings(comparison, context.strictHosts) ||
  (context.states !== undefined && consentFindingCount(context.states) > 0);

export const plural = (count: number, word: string, words = `${word}s`) =>
  `${count} ${count === 1 ? word : words}`;

/** Rounded to the unit a reader thinks in; the exact seconds are in the JSON. */
export function describeSeconds(seconds: number): string {
  const units: [number, string][] = [
    [86_400, 'day'],
    [3_600, 'hour'],
    [60, 'minute'],
  ];
  for (const [size, unit] of units) {
    // 0.99: a cookie set for one day and read a second later still reads "1 day".
    if (seconds >= 0.99 * size) return plural(Math.round(seconds / size), unit);
  }
  return plural(Math.round(seconds), 'second');
}

export const lifetimeOf = (item: Observed) => {
  if (item.storage !== 'http-cookie') return 'until cleared';
  if (item.evidence.setBy === 'request') return 'unknown';
  const base =
    item.lifetimeSeconds === undefined ? 'session' : describeSeconds(item.lifetimeSeconds);
  return item.refreshedOn.length > 0
    ? `${base}, refreshed on ${plural(item.refreshedOn.length, 'later page')}`
    : base;
};

/** Where the item lives: a cookie's domain and path, or a storage key's origin. */
export const placeOf = (item: Observed) =>
  item.storage === 'http-cookie' ? `${item.domain}${item.path}` : item.origin;

/** How it was seen, in one line: the header or script, the page and the UTC time. */
export function evidenceOf(evidence: Evidence): string {
  const at = `on ${evidence.page} at ${evidence.time}${evidence.state ? ` (${STATE_LABELS[evidence.state]})` : ''}`;
  switch (evidence.setBy) {
    case 'header':
      return `${evidence.header ? `Set-Cookie: ${evidence.header}` : 'cookie list'} from ${evidence.response} ${at}`;
    case 'script':
      return `${evidence.script ? `script ${evidence.script}${evidence.line ? `:${evidence.line}` : ''}` : 'a script the browser did not name'}${evidence.header ? ` wrote "${evidence.header}"` : ''} ${at}`;
    case 'request':
      return `only sent in a Cookie header to ${evidence.response} ${at}`;
    default:
      return `only in the browser's cookie jar ${at}`;
  }
}

/** The other hosts' table, the same in the text and the HTML report. */
export const HOST_COLUMNS = ['Host', 'Declared by', 'Requests', 'Types', 'First caused by'];
export const hostRows = (hosts: Comparison['hosts']) =>
  hosts.map((host) => [
    host.host,
    host.provider ?? 'undeclared',
    String(host.count),
    host.types.join(', '),
    host.firstPage,
  ]);

/** Left-aligned columns, two spaces apart, with a header row. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    `  ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ')}`.trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

const withEvidence = (items: Observed[]) =>
  `\n  Evidence:\n${items.map((item) => `    ${item.name}: ${evidenceOf(item.evidence)}`).join('\n')}`;

function describeDeclared(finding: TooShort): string {
  return finding.declaredSeconds === undefined
    ? finding.declaredLifetime
    : `${finding.declaredLifetime} (${describeSeconds(finding.declaredSeconds)})`;
}

/** What the audit covered, so "not seen" and "not expected" are read for what they are. */
export function coverageOf(observation: Observation): string {
  const { coverage } = observation;
  if (observation.source.kind === 'har') {
    return 'a recording made by a person: whether it includes signing in or a consent choice is unknown; it holds no localStorage or sessionStorage.';
  }
  const languages = coverage.languages.length > 0 ? coverage.languages.join(', ') : 'none stated';
  const consent =
    coverage.consentChoice === false
      ? 'no consent choice'
      : 'one visit in each state of consent, each from an empty profile';
  return `an anonymous first visit to ${coverage.hosts.join(', ')} in a fresh profile: not signed in, ${consent}, page languages ${languages}.`;
}

function heading(observation: Observation, context: ReportContext): string {
  const lines =
    observation.source.kind === 'har'
      ? [
          `Cookie audit of ${observation.source.file} (${plural(observation.pages.length, 'request')})`,
        ]
      : [
          `Cookie audit of ${plural(observation.pages.length, 'page')}:`,
          ...observation.pages.map((page) => `  ${page}`),
        ];
  if (observation.skipped.length > 0) {
    lines.push(
      `Not audited (${observation.skipped.length}): the findings may miss what these set:`,
    );
    for (const page of observation.skipped) lines.push(`  ${page.url}: ${page.reason}`);
  }
  lines.push(
    `Covered: ${coverageOf(observation)}`,
    `Compared with: ${context.files.map((file) => `${file.path} (sha256 ${file.sha256.slice(0, 12)})`).join(', ')}.`,
    `Seen by: ${observation.browser}, started ${observation.startedAt}; ${TOOL.name} ${TOOL.version}, Node ${TOOL.node}.`,
  );
  return lines.join('\n');
}

/** A section of the states of consent as text: empty finding sections are left out. */
const sectionText = (section: Section) =>
  `${section.title} (${section.rows.length}${section.detail ? `, ${section.detail}` : section.finding ? '' : ', for information'}): ${section.intro}\n${table(section.header, section.rows)}${
    section.evidence.length > 0
      ? `\n  Evidence:\n${section.evidence.map((line) => `    ${line}`).join('\n')}`
      : ''
  }`;

const entryRows = (entries: Cookie[]) =>
  entries.map((entry) => [entry.name, entry.storage, entry.lifetime, entry.setWhen ?? '']);

export function formatTable(
  observation: Observation,
  comparison: Comparison,
  context: ReportContext,
): string {
  const { cookiesPath } = context;
  const sections = [heading(observation, context)];
  const { states } = context;
  const stateParts = states && stateSections(states, context.strictHosts);
  if (states && stateParts) {
    sections.push(consentLine(states));
    for (const section of stateParts.findings) {
      if (section.rows.length > 0) sections.push(sectionText(section));
    }
  }
  const { undeclared, tooShort, notSeen, notExpected, notObservable, matches, hosts } = comparison;
  if (undeclared.length > 0) {
    sections.push(
      `Seen but not declared in ${cookiesPath} (${undeclared.length}): declare each (--suggest prints an entry), or stop the portal from setting it.\n` +
        table(
          ['Name', 'Storage', 'Where', 'Lifetime', 'Set by'],
          undeclared.map((item) => [
            item.name,
            item.storage,
            placeOf(item),
            lifetimeOf(item),
            item.evidence.setBy,
          ]),
        ) +
        withEvidence(undeclared),
    );
  }
  if (tooShort.length > 0) {
    sections.push(
      `Declared lifetime shorter than the real one (${tooShort.length}): raise the lifetime in ${cookiesPath}, or shorten the cookie.\n` +
        table(
          ['Name', 'Declared as', 'Declared', 'Real', 'Where', 'Set by'],
          tooShort.map((finding) => [
            finding.observed.name,
            finding.declaredAs,
            describeDeclared(finding),
            lifetimeOf({ ...finding.observed, lifetimeSeconds: finding.realSeconds }),
            placeOf(finding.observed),
            finding.observed.evidence.setBy,
          ]),
        ) +
        withEvidence(tooShort.map((finding) => finding.observed)),
    );
  }
  if (stateParts && stateParts.hosts.rows.length > 0) sections.push(sectionText(stateParts.hosts));
  if (stateParts?.items) sections.push(sectionText(stateParts.items));
  // A HAR file: the hosts as the file names them.
  if (hosts.length > 0 && !states) {
    const undeclaredHosts = hosts.filter((host) => host.provider === undefined).length;
    sections.push(
      `Requests to other hosts (${hosts.length}, ${undeclaredHosts} undeclared${context.strictHosts ? '' : ', for information'}): add each host to its provider's domains in providers.yaml, or stop the portal from calling it.\n` +
        table(HOST_COLUMNS, hostRows(hosts)),
    );
  }
  if (notSeen.length > 0) {
    sections.push(
      `Declared but not seen (${notSeen.length}, for information): the audit could have seen these; if the portal no longer sets one, remove its entry.\n` +
        table(
          ['Name', 'Storage', 'Declared lifetime'],
          entryRows(notSeen).map((row) => row.slice(0, 3)),
        ),
    );
  }
  if (notExpected.length > 0) {
    sections.push(
      `Not expected in this audit (${notExpected.length}, for information): declared as set only when the audit did not go (setWhen).\n` +
        table(['Name', 'Storage', 'Declared lifetime', 'Set when'], entryRows(notExpected)),
    );
  }
  if (notObservable.length > 0) {
    sections.push(
      `Not observable in a HAR file (${notObservable.length}): audit the live portal to check these storage keys.\n` +
        table(
          ['Name', 'Storage', 'Declared lifetime'],
          entryRows(notObservable).map((row) => row.slice(0, 3)),
        ),
    );
  }
  if (matches.length > 0) {
    sections.push(
      `Seen and declared (${matches.length}):\n` +
        table(
          ['Name', 'Declared as', 'Storage', 'Where', 'Lifetime', 'Set by'],
          matches.map(({ observed, declaredAs }) => [
            observed.name,
            declaredAs,
            observed.storage,
            placeOf(observed),
            lifetimeOf(observed),
            observed.evidence.setBy,
          ]),
        ),
    );
  }
  if (observation.cookies.length + observation.storage.length === 0) {
    sections.push('Nothing was stored: no cookie, no localStorage or sessionStorage key.');
  }
  if (context.showSuggestions && context.suggestions.length > 0) {
    sections.push(
      `Suggested entries for ${cookiesPath} (${context.suggestions.length}): paste them, then replace every TODO; npm run check refuses them until then.\n\n` +
        context.suggestions.map((suggestion) => suggestion.yaml.trimEnd()).join('\n\n'),
    );
  }
  const hostFindings = context.strictHosts
    ? `, ${plural(hosts.filter((host) => host.provider === undefined).length, 'undeclared host')}`
    : '';
  const consentFindings = states
    ? `, ${plural(states.storedWithoutConsent.length, 'item')} stored without consent, ${plural(states.trackingWithoutConsent.length, 'tracking request')} without consent, ${plural(states.undeclaredTrackingHosts.length, 'undeclared tracking host')}`
    : '';
  sections.push(
    auditFailed(comparison, context)
      ? `Result: the policy does not match the portal (${plural(undeclared.length, 'undeclared item')}, ${plural(tooShort.length, 'lifetime')} declared too short${hostFindings}${consentFindings}).`
      : states && states.states.length > 1
        ? `Result: the policy matches the portal in every state of consent: everything seen is declared with a long enough lifetime, and nothing that needs consent was stored or called without it.`
        : `Result: the policy matches the portal: everything seen is declared with a long enough lifetime.`,
  );
  return `${sections.join('\n\n').trimEnd()}\n`;
}

/** Only the fields that apply to the item, so the JSON reads like the table. */
function observedJson(item: Observed) {
  if (item.storage !== 'http-cookie') {
    return { name: item.name, storage: item.storage, origin: item.origin, evidence: item.evidence };
  }
  return {
    name: item.name,
    storage: item.storage,
    domain: item.domain,
    path: item.path,
    lifetimeSeconds: item.lifetimeSeconds ?? null,
    expires: item.expires ?? null,
    httpOnly: item.httpOnly ?? null,
    secure: item.secure ?? null,
    sameSite: item.sameSite ?? null,
    refreshedOn: item.refreshedOn,
    evidence: item.evidence,
  };
}

const entryJson = (entry: Cookie) => ({
  name: entry.name,
  storage: entry.storage,
  lifetime: entry.lifetime,
  setWhen: entry.setWhen ?? null,
});

export function toJson(observation: Observation, comparison: Comparison, context: ReportContext) {
  return {
    tool: TOOL,
    browser: observation.browser,
    startedAt: observation.startedAt,
    inventory: context.files,
    source: observation.source,
    pages: observation.pages,
    skipped: observation.skipped,
    coverage: observation.coverage,
    ok: !auditFailed(comparison, context),
    undeclared: comparison.undeclared.map(observedJson),
    lifetimeTooShort: comparison.tooShort.map((finding) => ({
      ...observedJson(finding.observed),
      declaredAs: finding.declaredAs,
      declaredLifetime: finding.declaredLifetime,
      declaredSeconds: finding.declaredSeconds ?? null,
    })),
    // Request-level evidence is in consentStates.hosts, for the hosts that track.
    hosts: comparison.hosts.map(({ requests: _requests, ...host }) => ({
      ...host,
      provider: host.provider ?? null,
    })),
    consentStates: context.states ? statesJson(context.states) : null,
    notSeen: comparison.notSeen.map(entryJson),
    notExpected: comparison.notExpected.map(entryJson),
    notObservable: comparison.notObservable.map(entryJson),
    matched: comparison.matches.map(({ observed, declaredAs }) => ({
      ...observedJson(observed),
      declaredAs,
    })),
    suggestions: context.suggestions.map((suggestion) => ({
      names: suggestion.names,
      hint: suggestion.hint
        ? {
            confidence: suggestion.hint.confidence,
            why: suggestion.hint.why,
            platform: suggestion.hint.row.platform,
            category: suggestion.hint.row.category,
          }
        : null,
      yaml: suggestion.yaml,
    })),
  };
}
