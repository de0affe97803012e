/**
 * The heart of the audit: what the portal really stores against what the policy declares.
 * Pure and synchronous, so its rules are tested without a browser.
 */
import type { Cookie, Provider } from '../../src/data/schema.ts';
import { parseLifetime, tolerance } from '../../src/data/lifetime.ts';
import type { HostRequests, Observation, Observed, ObservedCookie } from './observation.ts';

/** How much longer than declared a real lifetime may be before it counts (src/data/lifetime.ts). */
export { tolerance };

/** `*` matches any run of characters (including none); everything else matches itself. */
export function wildcardToRegExp(pattern: string): RegExp {
  const escaped = pattern
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${escaped}$`);
}

/** The entry that declares this name: an exact name wins over a pattern, then the first pattern. */
export function findDeclaration(observed: Observed, declared: Cookie[]): Cookie | undefined {
  const candidates = declared.filter((entry) => entry.storage === observed.storage);
  return (
    candidates.find((entry) => !entry.wildcard && entry.name === observed.name) ??
    candidates.find((entry) => entry.wildcard && wildcardToRegExp(entry.name).test(observed.name))
  );
}

export interface Match {
  observed: Observed;
  /** The declared entry's name (the pattern, for a wildcard entry). */
  declaredAs: string;
}

export interface TooShort {
  observed: ObservedCookie;
  declaredAs: string;
  /** The declared value as written, e.g. P1W or session. */
  declaredLifetime: string;
  /** Undefined for `session`. */
  declaredSeconds: number | undefined;
  realSeconds: number;
}

export interface Comparison {
  /** Seen and declared, with a long enough lifetime. */
  matches: Match[];
  /** Seen but not declared: the policy is incomplete. */
  undeclared: Observed[];
  /** Declared lifetime shorter than the real one: the policy understates it. */
  tooShort: TooShort[];
  /** Declared but never seen, although this audit could have seen it. */
  notSeen: Cookie[];
  /** Declared with a `setWhen` this audit did not cover (signing in, a consent choice…). */
  notExpected: Cookie[];
  /** Storage keys in a HAR audit: the file cannot hold them. */
  notObservable: Cookie[];
  /** Requests to other hosts, each with the provider that declares its domain, if any. */
  hosts: (HostRequests & { provider: string | undefined })[];
}

/** The host is the domain or below it: stats.example.net belongs to example.net. */
export const withinDomain = (host: string, domain: string) =>
  host === domain || host.endsWith(`.${domain}`);

export const providerOfHost = (host: string, providers: Provider[]) =>
  providers.find((provider) => provider.domains?.some((domain) => withinDomain(host, domain)));

/** The declared lifetime is shorter than the real one, or undefined when it is not. */
function lifetimeShortfall(observed: ObservedCookie, entry: Cookie): TooShort | undefined {
  const real = observed.lifetimeSeconds;
  // A session cookie, or one whose lifetime a HAR file cannot tell, cannot outlive any declaration.
  if (real === undefined) return undefined;
  const declared = parseLifetime(entry.lifetime);
  if (!declared) return undefined; // the inventory check refuses this before we get here
  const base = {
    observed,
    declaredAs: entry.name,
    declaredLifetime: entry.lifetime,
    realSeconds: real,
  };
  // A key kept until cleared has no declared end: nothing observed can outlive it.
  if (declared.kind === 'until-cleared') return undefined;
  if (declared.kind === 'session') return { ...base, declaredSeconds: undefined };
  if (real > declared.seconds + tolerance(declared.seconds)) {
    return { ...base, declaredSeconds: declared.seconds };
  }
  return undefined;
}

export function compare(
  observation: Observation,
  declared: Cookie[],
  providers: Provider[] = [],
): Comparison {
  const result: Comparison = {
    matches: [],
    undeclared: [],
    tooShort: [],
    notSeen: [],
    notExpected: [],
    notObservable: [],
    hosts: observation.hosts.map((host) => ({
      ...host,
      provider: providerOfHost(host.host, providers)?.id,
    })),
  };
  const used = new Set<Cookie>();
  // A cookie the browser evicted or refused was still set on the wire, with its lifetime: it is
  // compared like any other (declared or not, long enough or not), and named as not kept too.
  const observed: Observed[] = [
    ...observation.cookies,
    ...(observation.notKept ?? []),
    ...observation.storage,
  ];
  for (const item of observed) {
    const entry = findDeclaration(item, declared);
    if (!entry) {
      result.undeclared.push(item);
      continue;
    }
    used.add(entry);
    const shortfall = item.storage === 'http-cookie' ? lifetimeShortfall(item, entry) : undefined;
    if (shortfall) result.tooShort.push(shortfall);
    else result.matches.push({ observed: item, declaredAs: entry.name });
  }
  const { coverage } = observation;
  for (const entry of declared.filter((item) => !used.has(item))) {
    if (entry.storage !== 'http-cookie' && !coverage.storageObservable) {
      result.notObservable.push(entry);
    } else if (entry.setWhen && !covers(coverage, entry.setWhen)) result.notExpected.push(entry);
    else result.notSeen.push(entry);
  }
  return result;
}

/**
 * Whether the audit went where the entry is set: a crawl never signs in; only the visit that
 * accepted everything gives consent, and either answer is a consent choice.
 */
function covers(coverage: Observation['coverage'], setWhen: NonNullable<Cookie['setWhen']>) {
  if (setWhen === 'sign-in') return coverage.signedIn === true;
  if (setWhen === 'multilingual') return coverage.languages.length > 1;
  if (setWhen === 'consent') return coverage.consentChoice === 'accept-all';
  return coverage.consentChoice === 'accept-all' || coverage.consentChoice === 'refuse-all';
}

/**
 * Undeclared items and understated lifetimes make the policy untrue; an undeclared host does too
 * with --strict-hosts. Not-seen is a hint.
 */
export const hasFindings = (comparison: Comparison, strictHosts = false) =>
  comparison.undeclared.length > 0 ||
  comparison.tooShort.length > 0 ||
  (strictHosts && comparison.hosts.some((host) => host.provider === undefined));
