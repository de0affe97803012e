/**
 * `--html FILE`: the audit as one page a data-protection officer can read, print and keep. It is
 * self-contained (inline CSS, no script, no image, no font, no request anywhere: its own CSP says
 * so) and carries the same facts as the JSON: summary, findings with their evidence, suggested
 * entries, other hosts, what the audit covered, and which tool, browser and inventory made it.
 */
import type { Comparison } from './compare.ts';
import { harHostSections } from './har-hosts.ts';
import type { Observation, Observed } from './observation.ts';
import { consentLine, stateSections, type Section } from './report-states.ts';
import { auditResult, notCheckedSection, notKeptSection, type ReportContext } from './report.ts';
import {
  coverageOf,
  describeSeconds,
  evidenceOf,
  HOST_COLUMNS,
  hostRows,
  lifetimeOf,
  placeOf,
  plural,
  TOOL,
} from './report-values.ts';

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  );

/** A table with a caption and column headers; cells are text, escaped here. */
function table(caption: string, header: string[], rows: string[][]): string {
  if (rows.length === 0) return `<p>${escape(caption)}: none.</p>`;
  const cells = (row: string[], tag: string, scope = '') =>
    row.map((cell) => `<${tag}${scope}>${escape(cell)}</${tag}>`).join('');
  return `<table><caption>${escape(caption)}</caption><thead><tr>${cells(header, 'th', ' scope="col"')}</tr></thead><tbody>${rows
    .map((row) => `<tr>${cells(row, 'td')}</tr>`)
    .join('')}</tbody></table>`;
}

/** A section of the states of consent: its table, then the evidence for its rows. */
const sectionHtml = (section: Section) =>
  `<p>${escape(`${section.title}: ${section.intro}`)}</p>${table(section.title, section.header, section.rows)}${
    section.evidence.length > 0
      ? `<details><summary>Evidence (${section.evidence.length})</summary><ul>${section.evidence
          .map((line) => `<li>${escape(line)}</li>`)
          .join('')}</ul></details>`
      : ''
  }`;

const observedRow = (item: Observed, extra: string[] = []) => [
  item.name,
  ...extra,
  item.storage,
  placeOf(item),
  lifetimeOf(item),
  evidenceOf(item.evidence),
];

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;background:#fff}
table{border-collapse:collapse;width:100%;margin:1rem 0;font-size:.9rem}caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid #8a8a8a;padding:.3rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
pre{white-space:pre-wrap;background:#f3f3f3;padding:1rem;border:1px solid #8a8a8a}.fail{color:#a00000}.pass{color:#0a5c0a}`;

export function formatHtml(
  observation: Observation,
  comparison: Comparison,
  context: ReportContext,
): string {
  const { undeclared, tooShort, hosts, notSeen, notExpected, notObservable, matches } = comparison;
  const result = auditResult(comparison, context);
  const { states } = context;
  const parts = states && stateSections(states, context.strictHosts);
  const audited =
    observation.source.kind === 'har'
      ? `the HAR file ${observation.source.file}`
      : observation.source.urls.join(', ');
  const entryRows = (entries: typeof notSeen) =>
    entries.map((entry) => [entry.name, entry.storage, entry.lifetime, entry.setWhen ?? '']);
  const body = [
    `<h1>Cookie audit of ${escape(audited)}</h1>`,
    '<h2>Summary</h2>',
    `<p class="${result === 'matches' ? 'pass' : 'fail'}"><strong>${
      {
        'does-not-match': 'The policy does not match the portal.',
        'could-not-check':
          'Could not check: the audit could not look at everything it had to, so it cannot say whether the policy matches the portal.',
        matches:
          'The policy matches the portal: everything seen is declared with a long enough lifetime.',
      }[result]
    }</strong></p>`,
    ...(context.notChecked.length > 0 ? [sectionHtml(notCheckedSection(context))] : []),
    `<ul><li>${plural(undeclared.length, 'item')} seen but not declared</li><li>${plural(tooShort.length, 'lifetime')} declared too short</li><li>${plural(hosts.filter((host) => !host.provider).length, 'other host')} not declared by a provider${context.strictHosts ? '' : ' (for information)'}</li><li>${plural(matches.length, 'item')} seen and declared</li></ul>`,
    ...(states && parts
      ? [
          '<h2>Consent</h2>',
          `<p>${escape(consentLine(states))}</p>`,
          ...parts.findings.map(sectionHtml),
          ...(parts.items ? [sectionHtml(parts.items)] : []),
        ]
      : []),
    '<h2>Findings, with evidence</h2>',
    table(
      'Seen but not declared',
      ['Name', 'Storage', 'Where', 'Lifetime', 'Evidence'],
      undeclared.map((item) => observedRow(item)),
    ),
    table(
      'Declared lifetime shorter than the real one',
      ['Name', 'Declared', 'Storage', 'Where', 'Real lifetime', 'Evidence'],
      tooShort.map((finding) =>
        observedRow({ ...finding.observed, lifetimeSeconds: finding.realSeconds }, [
          finding.declaredSeconds === undefined
            ? `${finding.declaredAs}: ${finding.declaredLifetime}`
            : `${finding.declaredAs}: ${finding.declaredLifetime} (${describeSeconds(finding.declaredSeconds)})`,
        ]),
      ),
    ),
    ...((observation.notKept ?? []).length > 0 ? [sectionHtml(notKeptSection(observation))] : []),
    '<h2>Suggested entries</h2>',
    context.suggestions.length === 0
      ? '<p>None: nothing undeclared.</p>'
      : `<p>Paste into ${escape(context.cookiesPath)}, then replace every TODO; the content check refuses them until then.</p>${context.suggestions
          .map((suggestion) => `<pre>${escape(suggestion.yaml)}</pre>`)
          .join('')}`,
    '<h2>Requests to other hosts</h2>',
    parts
      ? sectionHtml(parts.hosts)
      : context.hostAttribution
        ? (() => {
            const har = harHostSections(hosts, context.hostAttribution, context.strictHosts);
            return `${har.tracking.rows.length > 0 ? sectionHtml(har.tracking) : ''}${sectionHtml(har.hosts)}`;
          })()
        : table('Hosts other than the audited one', HOST_COLUMNS, hostRows(hosts)),
    '<h2>What the audit covered</h2>',
    `<p>${escape(coverageOf(observation))}</p>`,
    table(
      'Pages audited',
      ['Page'],
      observation.pages.map((page) => [page]),
    ),
    observation.skipped.length > 0
      ? table(
          'Pages not audited',
          ['Page', 'Reason'],
          observation.skipped.map((page) => [page.url, page.reason]),
        )
      : '',
    table('Declared but not seen', ['Name', 'Storage', 'Lifetime', 'Set when'], entryRows(notSeen)),
    table(
      'Not expected in this audit',
      ['Name', 'Storage', 'Lifetime', 'Set when'],
      entryRows(notExpected),
    ),
    notObservable.length > 0
      ? table(
          'Not observable in a HAR file',
          ['Name', 'Storage', 'Lifetime', 'Set when'],
          entryRows(notObservable),
        )
      : '',
    table(
      'Seen and declared',
      ['Name', 'Declared as', 'Storage', 'Where', 'Lifetime', 'Evidence'],
      matches.map(({ observed, declaredAs }) => observedRow(observed, [declaredAs])),
    ),
    '<h2>How this report was made</h2>',
    `<ul><li>Browser: ${escape(observation.browser)}; started ${escape(observation.startedAt)}</li><li>Tool: ${escape(`${TOOL.name} ${TOOL.version}, Node ${TOOL.node}`)}</li>${context.files
      .map((file) => `<li>Inventory: ${escape(file.path)}, SHA-256 ${file.sha256}</li>`)
      .join('')}</ul>`,
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cookie audit of ${escape(audited)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body.filter(Boolean).join('\n')}
</main>
</body>
</html>
`;
}
