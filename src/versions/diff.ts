/**
 * What changed between two versions of the policy: the inventory and the operator facts, as facts
 * the history describes in every language (src/versions/describe.ts), and the French texts, by
 * fingerprint.
 */
import { factNames, type FactName } from '../data/operator-facts.ts';
import {
  COOKIE_FACTS,
  MISSING,
  PORTAL_FACTS,
  type OperatorSnapshot,
  type PortalFact,
  type CookieFact,
  type CookieFacts,
  type FrenchTexts,
  type InventorySnapshot,
  type ProviderFacts,
} from './snapshot.ts';

export type InventoryChange =
  | { kind: 'cookieAdded'; cookie: CookieFacts }
  | { kind: 'cookieRemoved'; cookie: CookieFacts }
  | { kind: 'cookieFact'; cookie: string; fact: CookieFact; from: string; to: string }
  | { kind: 'cookieDetails'; cookie: string }
  | { kind: 'providerAdded'; provider: ProviderFacts }
  | { kind: 'providerRemoved'; provider: ProviderFacts }
  | { kind: 'providerDetails'; provider: ProviderFacts };

const byKey = <T>(items: T[], key: (item: T) => string) =>
  new Map(items.map((item) => [key(item), item]));

/** Every change from `previous` to `current`, cookies first (by name), then providers. */
export function inventoryChanges(
  previous: InventorySnapshot,
  current: InventorySnapshot,
): InventoryChange[] {
  const changes: InventoryChange[] = [];
  const before = byKey(previous.cookies, (cookie) => cookie.name);
  const after = byKey(current.cookies, (cookie) => cookie.name);
  const names = [...new Set([...before.keys(), ...after.keys()])].sort((a, b) =>
    a.localeCompare(b),
  );
  for (const name of names) {
    const old = before.get(name);
    const now = after.get(name);
    if (!old) changes.push({ kind: 'cookieAdded', cookie: now! });
    else if (!now) changes.push({ kind: 'cookieRemoved', cookie: old });
    else {
      for (const fact of COOKIE_FACTS)
        if (old[fact] !== now[fact])
          changes.push({ kind: 'cookieFact', cookie: name, fact, from: old[fact], to: now[fact] });
      if (old.details !== now.details) changes.push({ kind: 'cookieDetails', cookie: name });
    }
  }
  const providersBefore = byKey(previous.providers, (provider) => provider.id);
  const providersAfter = byKey(current.providers, (provider) => provider.id);
  const ids = [...new Set([...providersBefore.keys(), ...providersAfter.keys()])].sort();
  for (const id of ids) {
    const old = providersBefore.get(id);
    const now = providersAfter.get(id);
    if (!old) changes.push({ kind: 'providerAdded', provider: now! });
    else if (!now) changes.push({ kind: 'providerRemoved', provider: old });
    else if (old.name !== now.name || old.details !== now.details)
      changes.push({ kind: 'providerDetails', provider: now });
  }
  return changes;
}

export type OperatorChange =
  | { kind: 'portal'; field: PortalFact; from: string; to: string }
  /** A fact found (`added`), its value changed, or written missing again (`removed`). */
  | { kind: 'fact'; fact: FactName; change: 'added' | 'changed' | 'removed' };

/**
 * Every change to the operator facts, the portal first, then the facts in the file's order.
 * A version recorded before operator facts were versioned has no snapshot: nothing was recorded
 * then, so nothing is described as changed since.
 */
export function operatorChanges(
  previous: OperatorSnapshot | undefined,
  current: OperatorSnapshot | undefined,
): OperatorChange[] {
  if (!previous || !current) return [];
  const changes: OperatorChange[] = [];
  for (const field of PORTAL_FACTS)
    if (previous.portal[field] !== current.portal[field])
      changes.push({
        kind: 'portal',
        field,
        from: previous.portal[field],
        to: current.portal[field],
      });
  for (const fact of factNames) {
    const before = previous.facts[fact];
    const after = current.facts[fact];
    // Not recorded then (a fact added to operator.yaml since): nothing to describe.
    if (before === after || before === undefined || after === undefined) continue;
    const change = before === MISSING ? 'added' : after === MISSING ? 'removed' : 'changed';
    changes.push({ kind: 'fact', fact, change });
  }
  return changes;
}

export interface TextChanges {
  added: string[];
  removed: string[];
  changed: string[];
}

/** French texts added, removed or changed (beyond whitespace and quote style), by id. */
export function textChanges(previous: FrenchTexts, current: FrenchTexts): TextChanges {
  const ids = [...new Set([...Object.keys(previous), ...Object.keys(current)])].sort();
  return {
    added: ids.filter((id) => !(id in previous)),
    removed: ids.filter((id) => !(id in current)),
    changed: ids.filter((id) => id in previous && id in current && previous[id] !== current[id]),
  };
}

/** The ids of the pages' texts (policy/<page>#<section>): the text an editor sums up. */
export const isPageText = (id: string) => id.startsWith('policy/');

/** Whether a page's French text changed: then the version needs a French summary. */
export const pageTextChanged = (changes: TextChanges) =>
  [...changes.added, ...changes.removed, ...changes.changed].some(isPageText);

export const anyTextChanged = (changes: TextChanges) =>
  changes.added.length + changes.removed.length + changes.changed.length > 0;
