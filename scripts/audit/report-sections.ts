/**
 * The inventory comparison as sections of rows (what is undeclared, understated, not seen…), so
 * the text and Markdown reports render the same titles, advice and columns from one place, as
 * they do the states of consent (report-states.ts).
 */
import type { Cookie } from '../../src/data/schema.ts';
import type { Comparison, TooShort } from './compare.ts';
import type { Observed } from './observation.ts';
import type { Section } from './report-states.ts';
import {
  describeSeconds,
  evidenceOf,
  HOST_COLUMNS,
  hostRows,
  lifetimeOf,
  placeOf,
} from './report-values.ts';

const evidenceLines = (items: Observed[]) =>
  items.map((item) => `${item.name}: ${evidenceOf(item.evidence)}`);

function describeDeclared(finding: TooShort): string {
  return finding.declaredSeconds === undefined
    ? finding.declaredLifetime
    : `${finding.declaredLifetime} (${describeSeconds(finding.declaredSeconds)})`;
}

const entryRows = (entries: Cookie[]) =>
  entries.map((entry) => [entry.name, entry.storage, entry.lifetime, entry.setWhen ?? '']);

/** Each part of the comparison; a renderer leaves out the empty ones. */
export function comparisonSections(
  comparison: Comparison,
  cookiesPath: string,
  strictHosts: boolean,
) {
  const { undeclared, tooShort, notSeen, notExpected, notObservable, matches, hosts } = comparison;
  const undeclaredHosts = hosts.filter((host) => host.provider === undefined).length;
  const sections = {
    undeclared: {
      title: `Seen but not declared in ${cookiesPath}`,
      intro: 'declare each (--suggest prints an entry), or stop the portal from setting it.',
      header: ['Name', 'Storage', 'Where', 'Lifetime', 'Set by'],
      rows: undeclared.map((item) => [
        item.name,
        item.storage,
        placeOf(item),
        lifetimeOf(item),
        item.evidence.setBy,
      ]),
      evidence: evidenceLines(undeclared),
      finding: true,
    },
    tooShort: {
      title: 'Declared lifetime shorter than the real one',
      intro: `raise the lifetime in ${cookiesPath}, or shorten the cookie.`,
      header: ['Name', 'Declared as', 'Declared', 'Real', 'Where', 'Set by'],
      rows: tooShort.map((finding) => [
        finding.observed.name,
        finding.declaredAs,
        describeDeclared(finding),
        lifetimeOf({ ...finding.observed, lifetimeSeconds: finding.realSeconds }),
        placeOf(finding.observed),
        finding.observed.evidence.setBy,
      ]),
      evidence: evidenceLines(tooShort.map((finding) => finding.observed)),
      finding: true,
    },
    /** The hosts as a HAR file names them (a live audit attributes them: report-states.ts). */
    hosts: {
      title: 'Requests to other hosts',
      detail: `${undeclaredHosts} undeclared${strictHosts ? '' : ', for information'}`,
      intro:
        "add each host to its provider's domains in providers.yaml, or stop the portal from calling it.",
      header: HOST_COLUMNS,
      rows: hostRows(hosts),
      evidence: [],
      finding: strictHosts && undeclaredHosts > 0,
    },
    notSeen: {
      title: 'Declared but not seen',
      intro: 'the audit could have seen these; if the portal no longer sets one, remove its entry.',
      header: ['Name', 'Storage', 'Declared lifetime'],
      rows: entryRows(notSeen).map((row) => row.slice(0, 3)),
      evidence: [],
      finding: false,
    },
    notExpected: {
      title: 'Not expected in this audit',
      intro: 'declared as set only when the audit did not go (setWhen).',
      header: ['Name', 'Storage', 'Declared lifetime', 'Set when'],
      rows: entryRows(notExpected),
      evidence: [],
      finding: false,
    },
    notObservable: {
      title: 'Not observable in a HAR file',
      detail: '',
      intro: 'audit the live portal to check these storage keys.',
      header: ['Name', 'Storage', 'Declared lifetime'],
      rows: entryRows(notObservable).map((row) => row.slice(0, 3)),
      evidence: [],
      finding: false,
    },
    matched: {
      title: 'Seen and declared',
      detail: '',
      intro: '',
      header: ['Name', 'Declared as', 'Storage', 'Where', 'Lifetime', 'Set by'],
      rows: matches.map(({ observed, declaredAs }) => [
        observed.name,
        declaredAs,
        observed.storage,
        placeOf(observed),
        lifetimeOf(observed),
        observed.evidence.setBy,
      ]),
      evidence: [],
      finding: false,
    },
  } satisfies Record<string, Section>;
  return sections;
}
