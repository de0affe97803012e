/**
 * The ways to read an audit: a table a person reads top to bottom (what to fix first, then what is
 * merely informational, then the evidence), and JSON with every fact for other tools. Both say
 * which tool, browser and inventory produced them. The Markdown report (markdown-report.ts)
 * renders the same sections; the HTML page (html-report.ts) the same facts.
 */
import type { AuditResult } from '../../src/data/observations.ts';
import type { Cookie } from '../../src/data/schema.ts';
import { consentFindingCount, type AcrossStates } from './across-states.ts';
import { hasFindings, type Comparison } from './compare.ts';
import type { Observation, Observed } from './observation.ts';
import { comparisonSections } from './report-sections.ts';
import { consentLine, stateSections, statesJson, type Section } from './report-states.ts';
import { coverageOf, evidenceOf, lifetimeOf, placeOf, plural, TOOL } from './report-values.ts';
import { escapeControls, neutralizeWorkflowCommands } from './shown.ts';
import type { Suggestion } from './suggest.ts';
import type { HostAttribution } from './host-attribution.ts';
import { harHostSections, undeclaredTrackingHosts } from './har-hosts.ts';
import { firstLayerFails } from './first-layer.ts';

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
  /** What the audit could not look at, one sentence each (not-checked.ts). */
  notChecked: string[];
  /** A HAR audit: its other hosts attributed (a live audit's are in `states`). */
  hostAttribution?: Map<string, HostAttribution> | undefined;
}

/** The hosts that track and that no provider declares, whether from a live visit or a HAR file. */
export const trackingHostsUndeclared = (comparison: Comparison, context: ReportContext) =>
  context.states
    ? context.states.undeclaredTrackingHosts
    : context.hostAttribution
      ? undeclaredTrackingHosts(comparison.hosts, context.hostAttribution)
      : [];

/** Whether the audit fails (exit 1): the inventory is untrue, or consent is not respected. */
export const auditFailed = (comparison: Comparison, context: ReportContext) =>
  hasFindings(comparison, context.strictHosts) ||
  (context.states !== undefined && consentFindingCount(context.states) > 0) ||
  trackingHostsUndeclared(comparison, context).length > 0;

/**
 * The audit's answer: a finding is certain whatever was not checked, so "does not match" comes
 * first; a pass needs everything to have been looked at.
 */
export type { AuditResult };
export const auditResult = (comparison: Comparison, context: ReportContext): AuditResult =>
  auditFailed(comparison, context)
    ? 'does-not-match'
    : context.notChecked.length > 0
      ? 'could-not-check'
      : 'matches';

/** What the audit could not look at, first in every report: the reason it cannot pass. */
export const notCheckedSection = (context: ReportContext): Section => ({
  title: 'Could not check',
  intro:
    'the audit could not look at everything it had to, so it cannot say that the policy matches the portal. Resolve each, then audit again.',
  header: ['What was not checked'],
  rows: context.notChecked.map((reason) => [reason]),
  evidence: [],
  finding: true,
});

/** Left-aligned columns, two spaces apart, with a header row; control characters escaped. */
export function table(header: string[], rawRows: string[][]): string {
  const rows = rawRows.map((row) => row.map(escapeControls));
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    `  ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ')}`.trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

function heading(observation: Observation, context: ReportContext): string {
  const lines =
    observation.source.kind === 'har'
      ? [
          `Cookie audit of ${observation.source.file} (${plural(observation.pages.length, 'request')})`,
        ]
      : [
          `Cookie audit of ${plural(observation.pages.length, 'page')}:`,
          ...observation.pages.map((page) => `  ${escapeControls(page)}`),
        ];
  if (observation.skipped.length > 0) {
    lines.push(
      `Not audited (${observation.skipped.length}): the findings may miss what these set:`,
    );
    for (const page of observation.skipped)
      lines.push(`  ${escapeControls(page.url)}: ${escapeControls(page.reason)}`);
  }
  lines.push(
    `Covered: ${escapeControls(coverageOf(observation))}`,
    `Compared with: ${context.files.map((file) => `${file.path} (sha256 ${file.sha256.slice(0, 12)})`).join(', ')}.`,
    `Seen by: ${observation.browser}, started ${observation.startedAt}; ${TOOL.name} ${TOOL.version}, Node ${TOOL.node}.`,
  );
  return lines.join('\n');
}

/** A section as text: its title, count and advice, its table, then its evidence. */
const sectionText = (section: Section) =>
  `${section.title} (${section.rows.length}${sectionDetail(section)}):${section.intro ? ` ${section.intro}` : ''}\n${table(section.header, section.rows)}${
    section.evidence.length > 0
      ? `\n  Evidence:\n${section.evidence.map((line) => `    ${escapeControls(line)}`).join('\n')}`
      : ''
  }`;

/** Said after a section's count: its own detail, else "for information" when it is no finding. */
export const sectionDetail = (section: Section) =>
  section.detail !== undefined
    ? section.detail && `, ${section.detail}`
    : section.finding
      ? ''
      : ', for information';

/** The last line: whether the policy matches the portal, and if not, how far from it. */
export function resultSentence(comparison: Comparison, context: ReportContext): string {
  const { undeclared, tooShort, hosts } = comparison;
  const { states } = context;
  const hostFindings = context.strictHosts
    ? `, ${plural(hosts.filter((host) => host.provider === undefined).length, 'undeclared host')}`
    : '';
  const consentFindings = states
    ? `, ${plural(states.storedWithoutConsent.length, 'item')} stored without consent, ${plural(states.trackingWithoutConsent.length, 'tracking request')} without consent, ${plural(states.undeclaredTrackingHosts.length, 'undeclared tracking host')}${states.consent.found && firstLayerFails(states.consent.firstLayer) ? ', refusing less prominent than accepting' : ''}`
    : context.hostAttribution
      ? `, ${plural(trackingHostsUndeclared(comparison, context).length, 'undeclared tracking host')}`
      : '';
  const unchecked = context.notChecked.length;
  if (auditFailed(comparison, context)) {
    return `Result: the policy does not match the portal (${plural(undeclared.length, 'undeclared item')}, ${plural(tooShort.length, 'lifetime')} declared too short${hostFindings}${consentFindings}).${unchecked > 0 ? ` The audit also could not check ${plural(unchecked, 'thing')} (see "Could not check").` : ''}`;
  }
  if (unchecked > 0) {
    return `Result: could not check: the audit could not look at ${plural(unchecked, 'thing')} it had to (see "Could not check"), so it cannot say whether the policy matches the portal.`;
  }
  return states && states.states.length > 1
    ? `Result: the policy matches the portal in every state of consent: everything seen is declared with a long enough lifetime, and nothing that needs consent was stored or called without it.`
    : `Result: the policy matches the portal: everything seen is declared with a long enough lifetime.`;
}

/**
 * Cookies the portal set that the browser did not keep: Chromium keeps 180 per domain and evicts
 * the oldest beyond that, and refuses some outright (a Domain of another site, Secure over http).
 * Named with their Set-Cookie line, so a portal cannot hide cookies behind the cap.
 */
export const notKeptSection = (observation: Observation): Section => ({
  title: 'Set but not kept by the browser',
  intro:
    'the portal set each, but the browser did not keep it (evicted beyond its limit of cookies per domain, or refused). Another browser may keep it, so each is compared with the inventory like the others, with the lifetime its Set-Cookie line gave.',
  header: ['Name', 'Where', 'Lifetime', 'Set by'],
  rows: (observation.notKept ?? []).map((cookie) => [
    cookie.name,
    placeOf(cookie),
    lifetimeOf(cookie),
    cookie.evidence.setBy,
  ]),
  evidence: (observation.notKept ?? []).map(
    (cookie) => `${cookie.name}: ${evidenceOf(cookie.evidence)}`,
  ),
  finding: false,
});

/** The sections in the order a person should read them: what to fix first, then the rest. */
export function orderedSections(
  context: ReportContext,
  comparison: Comparison,
  observation?: Observation,
): Section[] {
  const { states } = context;
  const stateParts = states && stateSections(states, context.strictHosts);
  const parts = comparisonSections(comparison, context.cookiesPath, context.strictHosts);
  const harParts =
    !states && context.hostAttribution
      ? harHostSections(comparison.hosts, context.hostAttribution, context.strictHosts)
      : undefined;
  return [
    notCheckedSection(context),
    ...(stateParts?.findings ?? []),
    ...(harParts ? [harParts.tracking] : []),
    parts.undeclared,
    parts.tooShort,
    ...(observation ? [notKeptSection(observation)] : []),
    // A live audit attributes the hosts, per state; a HAR file names them as they are.
    stateParts ? stateParts.hosts : (harParts?.hosts ?? parts.hosts),
    ...(stateParts?.items ? [stateParts.items] : []),
    parts.notSeen,
    parts.notExpected,
    parts.notObservable,
    parts.matched,
  ].filter((section) => section.rows.length > 0);
}

export const nothingStored = (observation: Observation) =>
  observation.cookies.length + observation.storage.length === 0 &&
  observation.notChecked.length === 0
    ? 'Nothing was stored: no cookie, no localStorage or sessionStorage key, no IndexedDB database, no Cache Storage cache, no service worker.'
    : undefined;

export function formatTable(
  observation: Observation,
  comparison: Comparison,
  context: ReportContext,
): string {
  const { cookiesPath, states } = context;
  const sections = [heading(observation, context)];
  if (states) sections.push(escapeControls(consentLine(states)));
  sections.push(...orderedSections(context, comparison, observation).map(sectionText));
  const nothing = nothingStored(observation);
  if (nothing) sections.push(nothing);
  if (context.showSuggestions && context.suggestions.length > 0) {
    sections.push(
      `Suggested entries for ${cookiesPath} (${context.suggestions.length}): paste them, then replace every TODO; npm run check refuses them until then.\n\n` +
        context.suggestions
          .map((suggestion) => suggestion.yaml.trimEnd().split('\n').map(escapeControls).join('\n'))
          .join('\n\n'),
    );
  }
  sections.push(resultSentence(comparison, context));
  // Printed in CI logs: no line may be read as a GitHub Actions workflow command.
  return neutralizeWorkflowCommands(`${sections.join('\n\n').trimEnd()}\n`);
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
    ...(item.beyondDates ? { beyondDates: true } : {}),
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
    ok: auditResult(comparison, context) === 'matches',
    result: auditResult(comparison, context),
    notChecked: context.notChecked,
    undeclared: comparison.undeclared.map(observedJson),
    notKept: (observation.notKept ?? []).map(observedJson),
    lifetimeTooShort: comparison.tooShort.map((finding) => ({
      ...observedJson(finding.observed),
      declaredAs: finding.declaredAs,
      declaredLifetime: finding.declaredLifetime,
      declaredSeconds: finding.declaredSeconds ?? null,
    })),
    // Request-level evidence is in consentStates.hosts, for the hosts that track.
    hosts: comparison.hosts.map(({ requests: _requests, ...host }) => {
      const about =
        context.hostAttribution?.get(host.host) ??
        context.states?.hosts.find((entry) => entry.host === host.host)?.attribution;
      return {
        ...host,
        provider: host.provider ?? null,
        ...(about
          ? {
              ...about,
              organization: about.organization ?? null,
              category: about.category ?? null,
              categoryName: about.categoryName ?? null,
              tracker: about.tracker ?? null,
            }
          : {}),
      };
    }),
    undeclaredTrackingHosts: trackingHostsUndeclared(comparison, context),
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
