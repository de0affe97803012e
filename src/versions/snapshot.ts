/**
 * What a recorded version remembers of the policy, so that the next one can be compared with it
 * without git (hosts build from shallow clones): the facts of each cookie and provider that the
 * history describes in words, a fingerprint of the French texts a visitor reads about them, and a
 * fingerprint of each French text of the pages (src/translations/french-texts.ts). Only French
 * counts: it is the reference, and a translation catching up is not a new version of the policy.
 * The operator facts (content/operator.yaml) are remembered too: the portal's name, address and
 * platform as written, and each fact as `missing` or a fingerprint of its value in every language
 * (a fact's forms per language are written with it, not translated later).
 */
import { defaultLocale } from '../config/locales.ts';
import { fingerprint } from '../lib/fingerprint.ts';
import type { Inventory } from '../data/schema.ts';
import { factAt, factNames, type FactName } from '../data/operator-facts.ts';
import { isMissing, type Operator } from '../data/operator-schema.ts';

/** A cookie as a version remembers it. */
export interface CookieFacts {
  name: string;
  provider: string;
  category: string;
  party: string;
  storage: string;
  lifetime: string;
  /** Fingerprint of the French texts the table shows (service, purpose, condition) and the pattern. */
  details: string;
}

/** A provider as a version remembers it: its name, so a removed one can still be named. */
export interface ProviderFacts {
  id: string;
  name: string;
  /** Fingerprint of its website and privacy policy addresses. */
  details: string;
}

export interface InventorySnapshot {
  cookies: CookieFacts[];
  providers: ProviderFacts[];
}

/** Fingerprint of each French text, by its id (policy/index.mdx#vos-droits, cookies/sessionid/purpose). */
export type FrenchTexts = Record<string, string>;

/** The facts of one cookie that a change of wording alone would not move. */
export const COOKIE_FACTS = ['provider', 'category', 'party', 'storage', 'lifetime'] as const;
export type CookieFact = (typeof COOKIE_FACTS)[number];

export function inventorySnapshot(inventory: Inventory): InventorySnapshot {
  return {
    cookies: [...inventory.cookies]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((cookie) => ({
        name: cookie.name,
        provider: cookie.provider,
        category: cookie.category,
        party: cookie.party,
        storage: cookie.storage,
        lifetime: cookie.lifetime,
        // `source` is left out on purpose: it documents the facts, the page does not show it.
        details: fingerprint(
          JSON.stringify([
            cookie.wildcard ?? false,
            cookie.service[defaultLocale],
            cookie.purpose[defaultLocale],
            cookie.condition?.[defaultLocale] ?? null,
          ]),
        ),
      })),
    providers: [...inventory.providers]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((provider) => ({
        id: provider.id,
        name: provider.name,
        details: fingerprint(JSON.stringify([provider.website, provider.privacyPolicy])),
      })),
  };
}

/** The portal as a version remembers it: what the pages name and link, as written. */
export interface PortalFacts {
  name: string;
  url: string;
  platform: string;
}

/**
 * A fact of content/operator.yaml as a version remembers it: `missing`, or a fingerprint of its
 * value (every language of it). Its source and the search note of a missing fact are left out:
 * they document the fact, the pages do not show them.
 */
export type FactState = string;
export const MISSING = 'missing';

/** What a version remembers of content/operator.yaml, so the history can say what changed. */
export interface OperatorSnapshot {
  portal: PortalFacts;
  /** A fact added to operator.yaml after the version was recorded is absent. */
  facts: Partial<Record<FactName, FactState>>;
}

export const PORTAL_FACTS = ['name', 'url', 'platform'] as const;
export type PortalFact = (typeof PORTAL_FACTS)[number];

/** JSON with every object's keys sorted: the same value gives the same text, in any key order. */
const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );

export function operatorSnapshot(operator: Operator): OperatorSnapshot {
  return {
    portal: {
      name: operator.portal.name,
      url: operator.portal.url,
      platform: operator.portal.platform,
    },
    facts: Object.fromEntries(
      factNames.map((name) => {
        const fact = factAt(operator, name);
        return [name, isMissing(fact) ? MISSING : fingerprint(canonicalJson(fact.value))];
      }),
    ) as Record<FactName, FactState>,
  };
}
