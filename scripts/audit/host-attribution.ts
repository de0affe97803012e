/**
 * Who else the portal talks to. Each other host gets its registrable domain and party from the
 * Public Suffix List (tldts), and its organisation and category from Ghostery's tracker database
 * (@ghostery/trackerdb, pinned in package.json, read from the package: no network at run time).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import loadTrackerDb from '@ghostery/trackerdb';
import { getDomain } from 'tldts';
import type { HostRequests } from './observation.ts';

/** The tracker database's categories whose purpose is to follow or profile the visitor. */
export const TRACKING_CATEGORIES = [
  'advertising',
  'pornvertising',
  'site_analytics',
  'social_media',
];

export interface HostAttribution {
  /** The registrable domain (bbc.co.uk for www.bbc.co.uk); the host itself for an IP address. */
  domain: string;
  party: 'first' | 'third';
  /** From the tracker database; undefined when it does not know the host. */
  organization: string | undefined;
  /** The database's category key (site_analytics, advertising…) and its name. */
  category: string | undefined;
  categoryName: string | undefined;
  /** The database's name for what matched, e.g. Google Analytics. */
  tracker: string | undefined;
  /** Its category is one of TRACKING_CATEGORIES. */
  tracking: boolean;
}

/** Private suffixes count (github.io, cloudfront.net): two customers of one host are two parties. */
export const registrableDomain = (host: string) =>
  getDomain(host, { allowPrivateDomains: true }) ?? host;

const require = createRequire(import.meta.url);
let database: ReturnType<typeof loadTrackerDb> | undefined;
const trackerDb = () =>
  (database ??= loadTrackerDb(
    readFileSync(join(dirname(require.resolve('@ghostery/trackerdb')), '..', 'trackerdb.engine')),
  ));

export async function attributeHosts(
  hosts: HostRequests[],
  auditedHosts: string[],
): Promise<Map<string, HostAttribution>> {
  const db = await trackerDb();
  const ours = new Set(auditedHosts.map(registrableDomain));
  const result = new Map<string, HostAttribution>();
  for (const entry of hosts) {
    const first = entry.requests[0];
    // The first request's URL and type, as the browser sent it: patterns may name a path.
    const byUrl = first
      ? db.matchUrl(
          { url: first.url, type: first.type as never, sourceUrl: first.page },
          { getDomainMetadata: true },
        )
      : [];
    const match = byUrl[0] ?? db.matchDomain(entry.host)[0];
    const domain = registrableDomain(entry.host);
    result.set(entry.host, {
      domain,
      party: ours.has(domain) ? 'first' : 'third',
      organization: match?.organization?.name,
      category: match?.category?.key,
      categoryName: match?.category?.name,
      tracker: match?.pattern?.name,
      tracking: TRACKING_CATEGORIES.includes(match?.category?.key ?? ''),
    });
  }
  return result;
}
