/**
 * The values every report shows the same way: lifetimes in words, where an item lives, how it was
 * seen, the other hosts' columns, what the audit covered, and which tool made the report.
 */
import { tool } from '../tool/name.ts';
import { count } from '../../src/lib/plural.ts';
import type { Comparison } from './compare.ts';
import { STATE_LABELS } from './consent-states.ts';
import type { Evidence, Observation, Observed } from './observation.ts';

export const TOOL = { name: `${tool.name} audit`, version: tool.version, node: process.version };

/** "1 page", "3 pages": the project's one plural helper, under the name the reports use. */
export const plural = count;

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
    item.lifetimeSeconds === undefined
      ? 'session'
      : `${describeSeconds(item.lifetimeSeconds)}${item.beyondDates ? ' (beyond any date a browser can hold)' : ''}`;
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
      return `${evidence.script ? `script ${evidence.script}${evidence.line ? `:${evidence.line}` : ''}` : 'a script the browser did not name'}${evidence.header ? ` wrote "${evidence.header}"` : ''} ${at}${evidence.detail ? `; ${evidence.detail}` : ''}`;
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

/** What the audit covered, so "not seen" and "not expected" are read for what they are. */
export function coverageOf(observation: Observation): string {
  const { coverage } = observation;
  if (observation.source.kind === 'har') {
    return 'a recording made by a person: whether it includes signing in or a consent choice is unknown; it holds no browser storage (localStorage, sessionStorage, IndexedDB, Cache Storage, service workers).';
  }
  const languages = coverage.languages.length > 0 ? coverage.languages.join(', ') : 'none stated';
  const consent =
    coverage.consentChoice === false
      ? 'no consent choice'
      : 'one visit in each state of consent, each from an empty profile';
  return `an anonymous first visit to ${coverage.hosts.join(', ')} in a fresh profile: not signed in, ${consent}, page languages ${languages}.`;
}
