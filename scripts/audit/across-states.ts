/**
 * The states of consent side by side, and what breaks consent: something that needs consent
 * (declared in a category other than `necessary`, or declared nowhere) stored before an answer or
 * after refusal, and a request to a host that tracks in those states. Pure, so the rules are
 * tested without a browser.
 */
import {
  requiresConsent,
  type Category,
  type Cookie,
  type Provider,
} from '../../src/data/schema.ts';
import { findDeclaration, providerOfHost } from './compare.ts';
import { withoutConsent, type ConsentInterface, type ConsentState } from './consent-states.ts';
import type { HostAttribution } from './host-attribution.ts';
import { firstLayerFails } from './first-layer.ts';
import {
  cookieKey,
  mergeCookie,
  type HostRequest,
  type HostRequests,
  type Observation,
  type Observed,
  type ObservedCookie,
} from './observation.ts';

export interface ItemAcrossStates {
  name: string;
  storage: Observed['storage'];
  /** The declared entry's name, or undefined when nothing declares it. */
  declaredAs: string | undefined;
  category: Category | undefined;
  setWhen: Cookie['setWhen'];
  /** The sighting in each state the item was seen in. */
  seen: Partial<Record<ConsentState, Observed>>;
  /**
   * `without-consent`: needs consent and was there before an answer or after refusal;
   * `after-consent`: needs consent and appeared only once the visitor accepted, as it should;
   * `choice`: the consent manager's record of the visitor's answer (declared setWhen consent-choice);
   * `necessary`: exempt from consent.
   */
  verdict: 'without-consent' | 'after-consent' | 'choice' | 'necessary';
}

export interface StoredWithoutConsent {
  state: ConsentState;
  item: Observed;
  declaredAs: string | undefined;
  /** undefined: declared nowhere, so it cannot be shown to be exempt. */
  category: Category | undefined;
}

export interface HostAcrossStates {
  host: string;
  attribution: HostAttribution;
  /** The provider of content/providers.yaml whose `domains` hold it. */
  provider: string | undefined;
  requests: Partial<Record<ConsentState, number>>;
  types: string[];
  firstPage: string;
  /** Every request, kept as evidence for a host that tracks. */
  evidence: HostRequest[];
}

export interface AcrossStates {
  consent: ConsentInterface;
  states: ConsentState[];
  items: ItemAcrossStates[];
  hosts: HostAcrossStates[];
  /** Findings: each sighting, in a state without consent, of something that needs it. */
  storedWithoutConsent: StoredWithoutConsent[];
  /** Findings: each request to a host that tracks, in a state without consent. */
  trackingWithoutConsent: { state: ConsentState; host: string; request: HostRequest }[];
  /** Findings: hosts that track and that no provider declares. */
  undeclaredTrackingHosts: string[];
}

const itemKey = (item: Observed) =>
  item.storage === 'http-cookie'
    ? `cookie\u0000${cookieKey(item)}`
    : `${item.storage}\u0000${item.origin}\u0000${item.name}`;

export function acrossStates(
  consent: ConsentInterface,
  visits: { state: ConsentState; observation: Observation }[],
  declared: Cookie[],
  providers: Provider[],
  attribution: Map<string, HostAttribution>,
): AcrossStates {
  const items = new Map<string, ItemAcrossStates>();
  const storedWithoutConsent: StoredWithoutConsent[] = [];
  const hosts = new Map<string, HostAcrossStates>();
  const trackingWithoutConsent: AcrossStates['trackingWithoutConsent'] = [];
  for (const { state, observation } of visits) {
    // A cookie the browser evicted was still set in this state: it counts like the others.
    for (const item of [
      ...observation.cookies,
      ...(observation.notKept ?? []),
      ...observation.storage,
    ]) {
      const entry = findDeclaration(item, declared);
      const key = itemKey(item);
      const known = items.get(key) ?? {
        name: item.name,
        storage: item.storage,
        declaredAs: entry?.name,
        category: entry?.category,
        setWhen: entry?.setWhen,
        seen: {},
        verdict: 'necessary' as const,
      };
      known.seen[state] = item;
      items.set(key, known);
      const needsConsent = !entry || requiresConsent(entry.category);
      if (needsConsent && withoutConsent(state)) {
        storedWithoutConsent.push({
          state,
          item,
          declaredAs: entry?.name,
          category: entry?.category,
        });
      }
    }
    for (const entry of observation.hosts) {
      const about = attribution.get(entry.host);
      if (!about) continue;
      const known = hosts.get(entry.host) ?? {
        host: entry.host,
        attribution: about,
        provider: providerOfHost(entry.host, providers)?.id,
        requests: {},
        types: [],
        firstPage: entry.firstPage,
        evidence: [],
      };
      known.requests[state] = (known.requests[state] ?? 0) + entry.count;
      for (const type of entry.types) if (!known.types.includes(type)) known.types.push(type);
      if (about.tracking) {
        known.evidence.push(...entry.requests);
        if (withoutConsent(state)) {
          for (const request of entry.requests)
            trackingWithoutConsent.push({ state, host: entry.host, request });
        }
      }
      hosts.set(entry.host, known);
    }
  }
  for (const item of items.values()) {
    const needsConsent = item.category === undefined || requiresConsent(item.category);
    const withoutAnswer = Object.keys(item.seen).some((state) =>
      withoutConsent(state as ConsentState),
    );
    item.verdict = !needsConsent
      ? item.setWhen === 'consent-choice'
        ? 'choice'
        : 'necessary'
      : withoutAnswer
        ? 'without-consent'
        : 'after-consent';
  }
  const hostList = [...hosts.values()];
  return {
    consent,
    states: visits.map((visit) => visit.state),
    items: [...items.values()],
    hosts: hostList,
    storedWithoutConsent,
    trackingWithoutConsent,
    undeclaredTrackingHosts: hostList
      .filter((host) => host.attribution.tracking && host.provider === undefined)
      .map((host) => host.host),
  };
}

export const consentFindingCount = (states: AcrossStates) =>
  states.storedWithoutConsent.length +
  states.trackingWithoutConsent.length +
  states.undeclaredTrackingHosts.length +
  (states.consent.found && firstLayerFails(states.consent.firstLayer) ? 1 : 0);

/**
 * The visits as one observation, for the inventory comparison (undeclared, lifetimes, not seen):
 * each item keeps its first sighting, in the order the states were visited.
 */
export function mergeVisits(visits: { observation: Observation }[]): Observation {
  const [first, ...rest] = visits.map((visit) => visit.observation);
  if (!first) throw new Error('mergeVisits needs at least one visit');
  const cookies = new Map<string, ObservedCookie>();
  const storage = new Map<string, Observed>();
  const hosts = new Map<string, HostRequests>();
  const all = [first, ...rest];
  for (const observation of all) {
    for (const cookie of observation.cookies) {
      // A later state's sighting of a known cookie only adds what mergeCookie keeps (a longer life).
      mergeCookie(cookies, { ...cookie, refreshedOn: [...cookie.refreshedOn] });
    }
    for (const key of observation.storage)
      if (!storage.has(itemKey(key))) storage.set(itemKey(key), key);
    for (const host of observation.hosts) {
      const known = hosts.get(host.host);
      if (!known)
        hosts.set(host.host, { ...host, types: [...host.types], requests: [...host.requests] });
      else {
        known.count += host.count;
        for (const type of host.types) if (!known.types.includes(type)) known.types.push(type);
        known.requests.push(...host.requests);
      }
    }
  }
  const last = all.at(-1)!;
  return {
    ...first,
    pages: [...new Set(all.flatMap((observation) => observation.pages))],
    skipped: all.flatMap((observation) => observation.skipped),
    cookies: [...cookies.values()],
    storage: [...storage.values()] as Observation['storage'],
    hosts: [...hosts.values()],
    coverage: { ...first.coverage, consentChoice: last.coverage.consentChoice },
    notChecked: [...new Set(all.flatMap((observation) => observation.notChecked))],
    unreadable: all.flatMap((observation) => observation.unreadable ?? []),
    notKept: [
      ...new Map(
        all
          .flatMap((observation) => observation.notKept ?? [])
          .map((cookie) => [cookieKey(cookie), cookie]),
      ).values(),
    ].filter((cookie) => !cookies.has(cookieKey(cookie))),
  };
}
