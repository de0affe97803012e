/**
 * The two ways to read an audit: a table a person reads top to bottom (what to fix first, then
 * what is merely informational), and JSON with the same findings for other tools.
 */
import type { Cookie } from '../../data/schema.ts';
import { hasFindings, type Comparison, type TooShort } from './compare.ts';
import type { Observation, Observed } from './observation.ts';

const plural = (count: number, word: string, words = `${word}s`) =>
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

const lifetimeOf = (item: Observed) =>
  item.storage !== 'http-cookie'
    ? 'until cleared'
    : item.setBy === 'request'
      ? 'unknown'
      : item.lifetimeSeconds === undefined
        ? 'session'
        : describeSeconds(item.lifetimeSeconds);

/** Where the item lives: a cookie's domain and path, or a storage key's origin. */
const placeOf = (item: Observed) =>
  item.storage === 'http-cookie' ? `${item.domain}${item.path}` : item.origin;

const setByOf = (item: Observed) => (item.storage === 'http-cookie' ? item.setBy : 'script');

/** Left-aligned columns, two spaces apart, with a header row. */
function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    `  ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ')}`.trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

function describeDeclared(finding: TooShort): string {
  return finding.declaredSeconds === undefined
    ? finding.declaredLifetime
    : `${finding.declaredLifetime} (${describeSeconds(finding.declaredSeconds)})`;
}

export interface ReportContext {
  /** e.g. content/cookies.yaml, named in the headings so the reader knows what to edit. */
  cookiesPath: string;
}

function heading(observation: Observation): string {
  if (observation.source.kind === 'har') {
    return `Cookie audit of ${observation.source.file} (${plural(observation.pages.length, 'request')})`;
  }
  const lines = [`Cookie audit of ${plural(observation.pages.length, 'page')}:`];
  for (const page of observation.pages) lines.push(`  ${page}`);
  if (observation.skipped.length > 0) {
    lines.push(
      `Not audited (${observation.skipped.length}): the findings may miss what these set:`,
    );
    for (const page of observation.skipped) lines.push(`  ${page.url}: ${page.reason}`);
  }
  return lines.join('\n');
}

export function formatTable(
  observation: Observation,
  comparison: Comparison,
  context: ReportContext,
): string {
  const { cookiesPath } = context;
  const sections = [heading(observation)];
  const { undeclared, tooShort, notSeen, matches } = comparison;
  if (undeclared.length > 0) {
    sections.push(
      `Seen but not declared in ${cookiesPath} (${undeclared.length}): declare each, or stop the portal from setting it.\n` +
        table(
          ['Name', 'Storage', 'Where', 'Lifetime', 'Set by', 'First seen on'],
          undeclared.map((item) => [
            item.name,
            item.storage,
            placeOf(item),
            lifetimeOf(item),
            setByOf(item),
            item.seenOn,
          ]),
        ),
    );
  }
  if (tooShort.length > 0) {
    sections.push(
      `Declared lifetime shorter than the real one (${tooShort.length}): raise the lifetime in ${cookiesPath}, or shorten the cookie.\n` +
        table(
          ['Name', 'Declared as', 'Declared', 'Real', 'Where', 'Set by', 'First seen on'],
          tooShort.map((finding) => [
            finding.observed.name,
            finding.declaredAs,
            describeDeclared(finding),
            describeSeconds(finding.realSeconds),
            placeOf(finding.observed),
            finding.observed.setBy,
            finding.observed.seenOn,
          ]),
        ),
    );
  }
  if (notSeen.length > 0) {
    sections.push(
      `Declared but not seen (${notSeen.length}, for information): set only in some cases (signing in, a second language), or no longer set at all.\n` +
        table(
          ['Name', 'Storage', 'Declared lifetime'],
          notSeen.map((entry: Cookie) => [entry.name, entry.storage, entry.lifetime]),
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
            setByOf(observed),
          ]),
        ),
    );
  }
  if (undeclared.length + tooShort.length + notSeen.length + matches.length === 0) {
    sections.push('Nothing was stored: no cookie, no localStorage or sessionStorage key.');
  }
  sections.push(
    hasFindings(comparison)
      ? `Result: the policy does not match the portal (${plural(undeclared.length, 'undeclared item')}, ${plural(tooShort.length, 'lifetime')} declared too short).`
      : `Result: the policy matches the portal: everything seen is declared with a long enough lifetime.`,
  );
  return `${sections.join('\n\n')}\n`;
}

/** Only the fields that apply to the item, so the JSON reads like the table. */
function observedJson(item: Observed) {
  if (item.storage !== 'http-cookie') {
    return { name: item.name, storage: item.storage, origin: item.origin, seenOn: item.seenOn };
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
    setBy: item.setBy,
    seenOn: item.seenOn,
  };
}

export function toJson(observation: Observation, comparison: Comparison) {
  return {
    source: observation.source,
    pages: observation.pages,
    skipped: observation.skipped,
    ok: !hasFindings(comparison),
    undeclared: comparison.undeclared.map(observedJson),
    lifetimeTooShort: comparison.tooShort.map((finding) => ({
      ...observedJson(finding.observed),
      declaredAs: finding.declaredAs,
      declaredLifetime: finding.declaredLifetime,
      declaredSeconds: finding.declaredSeconds ?? null,
    })),
    notSeen: comparison.notSeen.map((entry) => ({
      name: entry.name,
      storage: entry.storage,
      lifetime: entry.lifetime,
    })),
    matched: comparison.matches.map(({ observed, declaredAs }) => ({
      ...observedJson(observed),
      declaredAs,
    })),
  };
}
