/**
 * Who else the portal talks to. Each other host gets its registrable domain and party from the
 * Public Suffix List (tldts), and its organisation and category from a tracker database read from
 * disk (no network at run time): Ghostery's (@ghostery/trackerdb, an optional dependency under
 * CC BY-NC-SA 4.0, which allows no commercial reuse) when it is installed, else the domains of the
 * Open Cookie Database snapshot the audit ships (Apache-2.0). `trackerDatabase()` says which one
 * answered, for the report's credit line (README.md, "Licence").
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDomain } from 'tldts';
import { loadDatabase, type DatabaseRow } from './open-cookie-database.ts';
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
const GHOSTERY = '@ghostery/trackerdb';

/** The optional package's entry, or undefined when it is not installed (`npm uninstall @ghostery/trackerdb`). */
function ghosteryEntry(): string | undefined {
  if (process.env.AUDIT_TRACKER_DATABASE === 'open-cookie-database') return undefined;
  try {
    return require.resolve(GHOSTERY);
  } catch {
    return undefined;
  }
}

/** Which database attributes hosts here, and the credit its licence asks for. */
export function trackerDatabase(): { name: string; credit: string } {
  const entry = ghosteryEntry();
  if (entry) {
    const manifest = JSON.parse(
      readFileSync(join(dirname(entry), '..', '..', 'package.json'), 'utf8'),
    ) as { version: string };
    return {
      name: `${GHOSTERY} ${manifest.version}`,
      credit: `Ghostery's tracker database (${GHOSTERY} ${manifest.version}, © Ghostery GmbH, CC BY-NC-SA 4.0, https://github.com/ghostery/trackerdb)`,
    };
  }
  return {
    name: 'Open Cookie Database',
    credit:
      'the domains of the Open Cookie Database (Jack Kwakman and contributors, Apache-2.0, https://github.com/jkwakman/Open-Cookie-Database); Ghostery’s tracker database is not installed',
  };
}

interface Match {
  organization: string | undefined;
  category: string | undefined;
  categoryName: string | undefined;
  tracker: string | undefined;
}
type Matcher = (entry: HostRequests) => Match | undefined;

let ghostery: Promise<Matcher> | undefined;
const ghosteryMatcher = (entry: string) =>
  (ghostery ??= (async () => {
    const { default: loadTrackerDb } = (await import(
      GHOSTERY
    )) as typeof import('@ghostery/trackerdb');
    const db = await loadTrackerDb(readFileSync(join(dirname(entry), '..', 'trackerdb.engine')));
    return (host: HostRequests) => {
      const first = host.requests[0];
      // The first request's URL and type, as the browser sent it: patterns may name a path.
      const byUrl = first
        ? db.matchUrl(
            { url: first.url, type: first.type as never, sourceUrl: first.page },
            { getDomainMetadata: true },
          )
        : [];
      const match = byUrl[0] ?? db.matchDomain(host.host)[0];
      return match
        ? {
            organization: match.organization?.name,
            category: match.category?.key,
            categoryName: match.category?.name,
            tracker: match.pattern?.name,
          }
        : undefined;
    };
  })());

/** The Open Cookie Database's categories as the tracker categories above. */
const OCD_CATEGORY: Record<string, [string, string]> = {
  Analytics: ['site_analytics', 'Site Analytics'],
  Marketing: ['advertising', 'Advertising'],
};

/** Hosts by the domains the Open Cookie Database gives its cookies: the most listed platform. */
function openCookieDatabaseMatcher(rows: DatabaseRow[] = loadDatabase()): Matcher {
  const byDomain = new Map<string, DatabaseRow[]>();
  for (const row of rows) {
    // "google-analytics.com (3rd party) or …": the first domain named.
    const [first] = row.domain.split(/[\s,]+/);
    if (!first) continue;
    const domain = registrableDomain(first);
    byDomain.set(domain, [...(byDomain.get(domain) ?? []), row]);
  }
  return (host) => {
    const listed = byDomain.get(registrableDomain(host.host));
    if (!listed) return undefined;
    const count = (row: DatabaseRow) =>
      listed.filter((other) => other.platform === row.platform).length;
    const tracks = (row: DatabaseRow) => (OCD_CATEGORY[row.category] ? 1 : 0);
    // The platform listed most on the domain; among its rows, a tracking category first.
    const row = [...listed].sort((a, b) => count(b) - count(a) || tracks(b) - tracks(a))[0]!;
    const [category, categoryName] = OCD_CATEGORY[row.category] ?? [undefined, row.category];
    return {
      organization: row.controller || row.platform,
      category,
      categoryName,
      tracker: row.platform,
    };
  };
}

export async function attributeHosts(
  hosts: HostRequests[],
  auditedHosts: string[],
): Promise<Map<string, HostAttribution>> {
  const entry = ghosteryEntry();
  const match = entry ? await ghosteryMatcher(entry) : openCookieDatabaseMatcher();
  const ours = new Set(auditedHosts.map(registrableDomain));
  const result = new Map<string, HostAttribution>();
  for (const host of hosts) {
    const found = match(host);
    const domain = registrableDomain(host.host);
    result.set(host.host, {
      domain,
      party: ours.has(domain) ? 'first' : 'third',
      organization: found?.organization,
      category: found?.category,
      categoryName: found?.categoryName,
      tracker: found?.tracker,
      tracking: TRACKING_CATEGORIES.includes(found?.category ?? ''),
    });
  }
  return result;
}
