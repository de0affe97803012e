/**
 * `--markdown FILE`: the report as Markdown, for a CI job's summary ($GITHUB_STEP_SUMMARY) or a
 * ticket. It says first whether the policy matches the portal, then the states of consent side by
 * side, then the same sections as the text report; evidence is folded under each table.
 */
import { withoutConsent, STATE_LABELS, type ConsentState } from './consent-states.ts';
import type { AcrossStates } from './across-states.ts';
import type { Comparison } from './compare.ts';
import type { Observation } from './observation.ts';
import { consentLine, type Section } from './report-states.ts';
import {
  nothingStored,
  orderedSections,
  resultSentence,
  sectionDetail,
  type ReportContext,
} from './report.ts';
import { coverageOf, plural, TOOL } from './report-values.ts';
import { escapeControls } from './shown.ts';

/**
 * Text in a table cell or a line: control characters escaped (a line break would end the cell
 * or start a block of its own), then Markdown's and HTML's own characters shown as themselves.
 */
export const escapeMarkdown = (text: string) =>
  escapeControls(text).replaceAll(/[\\`*_[\]<>|~]/g, '\\$&');

/**
 * A code fence longer than every run of backticks anywhere in `text`, so nothing in it can close
 * the block early; at least three, as CommonMark requires.
 */
export const fenceFor = (text: string) =>
  '`'.repeat(Math.max(2, ...[...text.matchAll(/`+/g)].map((run) => run[0].length)) + 1);

/** Text quoted verbatim in a fenced block, control characters escaped. */
export function codeBlock(text: string, info: string): string {
  const shown = text.split('\n').map(escapeControls).join('\n');
  const fence = fenceFor(shown);
  return `${fence}${info}\n${shown}\n${fence}`;
}

export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- |').join('')}`, ...rows.map(line)].join('\n');
}

/**
 * Evidence lines as they are, in a block a reader unfolds (GitHub renders <details>). Each line
 * is escaped on its own, so a line break a portal put in a key shows as `\\n` and cannot forge a
 * line of evidence.
 */
function evidenceBlock(lines: string[]): string {
  const text = lines.map(escapeControls).join('\n');
  const fence = fenceFor(text);
  return `<details><summary>Evidence (${lines.length})</summary>\n\n${fence}text\n${text}\n${fence}\n\n</details>`;
}

const sectionMarkdown = (section: Section) =>
  [
    `### ${escapeMarkdown(section.title)} (${section.rows.length}${escapeMarkdown(sectionDetail(section))})`,
    ...(section.intro
      ? [escapeMarkdown(`${section.intro[0]!.toUpperCase()}${section.intro.slice(1)}`)]
      : []),
    markdownTable(section.header, section.rows),
    ...(section.evidence.length > 0 ? [evidenceBlock(section.evidence)] : []),
  ].join('\n\n');

/** One column per state: what each visit stored and called, and what of it needed consent. */
export function statesSideBySide(states: AcrossStates): string {
  const count = (state: ConsentState, test: (needsConsent: boolean) => boolean) =>
    states.items.filter(
      (item) =>
        item.seen[state] !== undefined &&
        test(item.verdict === 'without-consent' || item.verdict === 'after-consent'),
    ).length;
  const requests = (state: ConsentState, tracking: boolean) =>
    states.hosts
      .filter((host) => !tracking || host.attribution.tracking)
      .reduce((sum, host) => sum + (host.requests[state] ?? 0), 0);
  /** In a state without consent, what needs it is a fault: said in the cell. */
  const judged = (state: ConsentState, value: number) =>
    withoutConsent(state) && value > 0 ? `${value}, without consent` : String(value);
  const rows = [
    ['Cookies and storage keys', ...states.states.map((state) => String(count(state, () => true)))],
    [
      'of which need consent',
      ...states.states.map((state) =>
        judged(
          state,
          count(state, (needs) => needs),
        ),
      ),
    ],
    ['Requests to other hosts', ...states.states.map((state) => String(requests(state, false)))],
    [
      'of which to hosts that track',
      ...states.states.map((state) => judged(state, requests(state, true))),
    ],
  ];
  return markdownTable(['', ...states.states.map((state) => STATE_LABELS[state])], rows);
}

export function formatMarkdown(
  observation: Observation,
  comparison: Comparison,
  context: ReportContext,
): string {
  const { states } = context;
  const audited =
    observation.source.kind === 'har'
      ? `the HAR file ${observation.source.file}`
      : observation.source.urls.join(', ');
  const result = resultSentence(comparison, context).replace(/^Result: (\w)/, (_, first: string) =>
    first.toUpperCase(),
  );
  const parts = [`## Cookie audit of ${escapeMarkdown(audited)}`, `**${escapeMarkdown(result)}**`];
  if (states) {
    parts.push(
      escapeMarkdown(consentLine(states)),
      ...(states.states.length > 1 ? [statesSideBySide(states)] : []),
    );
  }
  parts.push(...orderedSections(context, comparison, observation).map(sectionMarkdown));
  const nothing = nothingStored(observation);
  if (nothing) parts.push(nothing);
  if (context.showSuggestions && context.suggestions.length > 0) {
    parts.push(
      `### Suggested entries for ${escapeMarkdown(context.cookiesPath)} (${context.suggestions.length})`,
      'Paste them, then replace every TODO; npm run check refuses them until then.',
      codeBlock(
        context.suggestions.map((suggestion) => suggestion.yaml.trimEnd()).join('\n\n'),
        'yaml',
      ),
    );
  }
  parts.push(
    '### How this report was made',
    [
      `- ${plural(observation.pages.length, observation.source.kind === 'har' ? 'request' : 'page')} audited${observation.skipped.length > 0 ? `, ${observation.skipped.length} not audited: ${escapeMarkdown(observation.skipped.map((page) => `${page.url} (${page.reason})`).join(', '))}` : ''}`,
      `- Covered: ${escapeMarkdown(coverageOf(observation))}`,
      ...context.files.map(
        (file) => `- Compared with ${escapeMarkdown(file.path)}, SHA-256 ${file.sha256}`,
      ),
      `- Seen by ${escapeMarkdown(observation.browser)}, started ${observation.startedAt}; ${escapeMarkdown(`${TOOL.name} ${TOOL.version}`)}, Node ${TOOL.node}`,
    ].join('\n'),
  );
  return `${parts.join('\n\n')}\n`;
}
