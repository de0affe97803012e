/**
 * What a recorded version remembers of the policy, so that the next one can be compared with it
 * without git (hosts build from shallow clones): the facts of each cookie and provider that the
 * history describes in words, a fingerprint of everything else a visitor reads about them, and a
 * fingerprint of each policy page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentPaths } from '../config/paths.ts';
import { fingerprint } from '../lib/fingerprint.ts';
import type { Inventory } from '../data/schema.ts';

/** Where the policy pages live, relative to the project root. */
export const PAGES_DIR = contentPaths.pages;

/** A cookie as a version remembers it. */
export interface CookieFacts {
  name: string;
  provider: string;
  category: string;
  party: string;
  storage: string;
  lifetime: string;
  /** Fingerprint of the texts the table shows (service, purpose, condition, pattern note). */
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

/** Fingerprint of page text, by path below content/policy (fr/index.mdx). */
export type PageFingerprints = Record<string, string>;

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
            cookie.service,
            cookie.purpose,
            cookie.condition ?? null,
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

/** Every page below content/policy (MDX or Markdown), fingerprinted, sorted by path. */
export function pageFingerprints(root: string): PageFingerprints {
  const dir = join(root, PAGES_DIR);
  if (!existsSync(dir)) return {};
  const paths = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.mdx') || file.endsWith('.md'))
    .sort();
  return Object.fromEntries(
    paths.map((path) => [path, fingerprint(readFileSync(join(dir, path), 'utf8'))]),
  );
}
