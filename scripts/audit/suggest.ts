/**
 * From finding to entry: for each undeclared item, a ready-to-paste YAML entry for
 * content/cookies.yaml with what was measured (name or pattern, storage, party, lifetime rounded
 * up, provider when a declared provider's domain matches, where it was seen) and what a person
 * must still write left as TODO, so `npm run check` refuses the entry until then. The audit never
 * writes content/ itself.
 */
import { Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { localeCodes } from '../../src/config/locales.ts';
import { PLACEHOLDER, type Provider } from '../../src/data/schema.ts';
import { providerOfHost, withinDomain } from './compare.ts';
import type { Evidence, Observed } from './observation.ts';
import { hintFor, type Hint } from './open-cookie-database.ts';
import { escapeControls } from './shown.ts';

export interface Suggestion {
  /** The observed names the entry covers (several when it is a pattern). */
  names: string[];
  hint: Hint | undefined;
  yaml: string;
}

const MINUTE = 60;
const HOUR = 3_600;
const DAY = 86_400;
const MONTH = 2_629_746; // average Gregorian month, as src/data/lifetime.ts counts it
const YEAR = 31_556_952;

/** The shortest ISO 8601 duration in one unit that is at least `seconds`; `session` without one. */
export function roundUpLifetime(seconds: number | undefined): string {
  if (seconds === undefined) return 'session';
  // One second less: a lifetime read from Expires may round up to the next whole second.
  const s = Math.max(1, seconds - 1);
  const up = (size: number) => Math.ceil(s / size);
  if (up(MINUTE) < 60) return `PT${up(MINUTE)}M`;
  if (up(HOUR) < 24) return `PT${up(HOUR)}H`;
  if (s <= 28 * DAY) return up(DAY) % 7 === 0 ? `P${up(DAY) / 7}W` : `P${up(DAY)}D`;
  if (s <= 12 * MONTH) return `P${up(MONTH)}M`;
  return up(MONTH) % 12 === 0 || s > 2 * YEAR ? `P${up(YEAR)}Y` : `P${up(MONTH)}M`;
}

/** Name with its varying tail removed: `_pk_id.1.5a3c` becomes `_pk_id.`. */
const stem = (name: string) => /^(.{3,}?[._-])[^._-]*\d/.exec(name)?.[1];

const hostOf = (item: Observed) =>
  item.storage === 'http-cookie' ? item.domain : new URL(item.origin).hostname;

/** Groups items whose names vary only in a numbered tail, so one pattern declares them all. */
function group(items: Observed[]): { name: string; wildcard: boolean; items: Observed[] }[] {
  const groups = new Map<string, { name: string; wildcard: boolean; items: Observed[] }>();
  for (const item of items) {
    const hint = hintFor(item.name, hostOf(item));
    // A database pattern names the stem; keep the separator that follows it in the real name.
    const prefix =
      hint && hint.row.name !== item.name
        ? item.name.slice(
            0,
            hint.row.name.length + (/[._-]/.test(item.name[hint.row.name.length] ?? '') ? 1 : 0),
          )
        : stem(item.name);
    const pattern = prefix ? `${prefix}*` : item.name;
    const id = `${item.storage}\u0000${pattern}`;
    const known = groups.get(id);
    if (known) known.items.push(item);
    else groups.set(id, { name: pattern, wildcard: pattern !== item.name, items: [item] });
  }
  // A numbered name seen once with no database pattern behind it stays exact.
  return [...groups.values()].map((entry) =>
    entry.wildcard &&
    entry.items.length === 1 &&
    !hintFor(entry.items[0]!.name, hostOf(entry.items[0]!))
      ? { ...entry, name: entry.items[0]!.name, wildcard: false }
      : entry,
  );
}

/** How the item was seen, in a sentence a reviewer can check against the evidence. */
export function describeEvidence(evidence: Evidence): string {
  const when = evidence.time.slice(0, 10);
  if (evidence.setBy === 'header') {
    return `Seen by npm run audit on ${when}: ${evidence.response} answered ${evidence.header ? `Set-Cookie: ${evidence.header}` : 'with it in its cookie list'}.`;
  }
  if (evidence.setBy === 'script') {
    const where = evidence.script
      ? ` by ${evidence.script}${evidence.line ? ` line ${evidence.line}` : ''}`
      : '';
    return `Seen by npm run audit on ${when}: written${where} on ${evidence.page}${evidence.header ? ` as "${evidence.header}"` : ''}.`;
  }
  if (evidence.setBy === 'request') {
    return `Seen by npm run audit on ${when}: sent to ${evidence.response} in a Cookie header; lifetime unknown.`;
  }
  return `Seen by npm run audit on ${when}: in the browser's cookie jar on ${evidence.page}.`;
}

const todoTexts = () => Object.fromEntries(localeCodes.map((locale) => [locale, PLACEHOLDER]));

export function suggestEntries(
  undeclared: Observed[],
  context: { providers: Provider[]; auditedHosts: string[] },
): Suggestion[] {
  return group(undeclared).map(({ name, wildcard, items }) => {
    const first = items[0]!;
    const host = hostOf(first);
    const hint = hintFor(first.name, host);
    const longest = items
      .map((item) => (item.storage === 'http-cookie' ? item.lifetimeSeconds : undefined))
      .reduce<number | undefined>(
        (max, value) => (value === undefined ? max : Math.max(max ?? 0, value)),
        undefined,
      );
    const party = context.auditedHosts.some((audited) => withinDomain(audited, host))
      ? 'first'
      : 'third';
    const entry = {
      name,
      ...(wildcard ? { wildcard: true } : {}),
      provider: providerOfHost(host, context.providers)?.id ?? PLACEHOLDER,
      category: hint && hint.confidence !== 'low' && hint.category ? hint.category : PLACEHOLDER,
      party,
      storage: first.storage,
      // Storage keys stay until cleared: the policy states the longest the portal keeps them.
      lifetime: first.storage === 'http-cookie' ? roundUpLifetime(longest) : PLACEHOLDER,
      service: todoTexts(),
      purpose: todoTexts(),
      source: [{ url: first.evidence.page, note: describeEvidence(first.evidence) }],
    };
    const comments = [
      ` ${items.map((item) => escapeControls(item.name)).join(', ')}: measured by the audit; write every ${PLACEHOLDER} before publishing.`,
      hint
        ? ` Open Cookie Database hint, ${hint.confidence} confidence (${hint.why}): ${hint.row.platform}, ${hint.row.category}, controller ${hint.row.controller || 'not given'}, retention ${hint.row.retention || 'not given'}. "${escapeControls(hint.row.description)}"`
        : ' Open Cookie Database: no hint for this name on this domain.',
    ];
    // The YAML library writes the entry and its comment: a name or a note holding a line break,
    // a quote or a colon stays inside its value, and the comment inside its lines.
    const document = new Document([entry]);
    (document.contents as YAMLSeq<YAMLMap>).items[0]!.commentBefore = comments.join('\n');
    return {
      names: items.map((item) => item.name),
      hint,
      yaml: document.toString({ lineWidth: 0, singleQuote: true }),
    };
  });
}
