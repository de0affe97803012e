/**
 * What a recorded version remembers of the policy, so that the next one can be compared with it
 * without git (hosts build from shallow clones): the facts of each cookie and provider that the
 * history describes in words, a fingerprint of the French texts a visitor reads about them, and a
 * fingerprint of each French text of the pages (src/translations/french-texts.ts). Only French
 * counts: it is the reference, and a translation catching up is not a new version of the policy.
 */
import { defaultLocale } from '../config/locales.ts';
import { fingerprint } from '../lib/fingerprint.ts';
import type { Inventory } from '../data/schema.ts';

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
