/**
 * The inventory as a knowledge base for the EDPB Website Auditing Tool, in the shape the Open
 * Cookie Database publishes for it (scripts/audit/open-cookie-database/edpb-knowledge-base-sample.json):
 * an inspector loads the portal's own declaration into the tool and compares it with what the
 * tool records. The tool keeps cookies and local storage in separate knowledge bases. Categories
 * are the policy's own words (not the Open Cookie Database's "functional"), so that an inspector
 * reads the same classification in the tool as on the page.
 */
import type { Category, Cookie, Provider } from './schema.ts';

/** The tool knows cookies and browser storage; every storage other than a cookie is the latter. */
const KIND = {
  'http-cookie': 'cookie',
  'local-storage': 'localstorage',
  'session-storage': 'localstorage',
  'indexed-db': 'localstorage',
  'cache-storage': 'localstorage',
  'service-worker': 'localstorage',
} as const;

export interface KnowledgeBaseMeta {
  /** e.g. "ODWB – Open Data Wallonie-Bruxelles cookie declaration". */
  name: string;
  /** Who answers for the declaration: the portal's operator. */
  author: string;
  updated: Date;
  /** Set in a draft: the bases' names and every comment say it is not published. */
  draftNotice?: string;
  /** The day each cookie was first listed in a published (or, in a draft, recorded) version. */
  listedSince: (cookie: Cookie) => Date;
  /** The portal's host, where its first-party cookies live. */
  portalHost: string;
  /** The policy page a cookie's row is on; the row's anchor is appended. */
  policyUrl: (cookie: Cookie) => string;
  /** The policy's text of the purpose and lifetime, in the tool's language (English). */
  comment: (cookie: Cookie) => string;
  /** The policy's own word for a category, in the tool's language ("Strictly necessary cookies"). */
  categoryLabel: (category: Category) => string;
}

export function edpbKnowledgeBases(
  cookies: Cookie[],
  providers: Provider[],
  meta: KnowledgeBaseMeta,
) {
  const stamp = meta.updated.toISOString();
  const providerOf = (cookie: Cookie) =>
    providers.find((provider) => provider.id === cookie.provider);
  const knowledge = (cookie: Cookie) => ({
    updated_at: stamp,
    created_at: meta.listedSince(cookie).toISOString(),
    kind: KIND[cookie.storage],
    domain: cookie.party === 'first' ? meta.portalHost : (providerOf(cookie)?.domains?.[0] ?? ''),
    name: cookie.name,
    category: meta.categoryLabel(cookie.category),
    source: providerOf(cookie)?.name ?? cookie.provider,
    controller: meta.author,
    // The date the declaration was last checked: the policy's current version.
    date: stamp.slice(0, 10),
    policy: meta.policyUrl(cookie),
    reference: meta.policyUrl(cookie),
    comment: meta.draftNotice
      ? `${meta.draftNotice}. ${meta.comment(cookie)}`
      : meta.comment(cookie),
  });
  const named = (name: string) => (meta.draftNotice ? `${name} (${meta.draftNotice})` : name);
  return (['cookie', 'localstorage'] as const)
    .map((category) => ({
      name: named(category === 'cookie' ? meta.name : `${meta.name} (local storage)`),
      author: meta.author,
      category,
      knowledges: cookies.filter((cookie) => KIND[cookie.storage] === category).map(knowledge),
      created_at: stamp,
    }))
    .filter((base) => base.knowledges.length > 0);
}
