/**
 * The states of consent in the reports: how the consent interface was found, what breaks consent
 * (with evidence), and every item and host side by side in each state. Each part is a section of
 * rows that the text, Markdown and HTML reports all render, so they say the same thing.
 */
import type { AcrossStates, HostAcrossStates } from './across-states.ts';
import { STATE_LABELS, type ConsentState } from './consent-states.ts';
import type { HostRequest } from './observation.ts';
import { evidenceOf, plural } from './report-values.ts';
import { trackerDatabase } from './host-attribution.ts';
import { firstLayerFails, firstLayerLine } from './first-layer.ts';

/** The attribution columns of the hosts section, the same for a live visit and a HAR file. */
export const HOST_ATTRIBUTION_COLUMNS = [
  'Host',
  'Domain',
  'Party',
  'Organisation',
  'Category',
  'Declared by',
];

/** The hosts section's title, count and where its names come from (live visit or HAR file). */
export const hostsHead = (undeclared: number, strictHosts: boolean) => ({
  title: 'Requests to other hosts',
  detail: `${undeclared} undeclared${strictHosts ? '' : ', for information'}`,
  intro:
    "add each host to its provider's domains in providers.yaml, or stop the portal from calling it. Domain and party come from the Public Suffix List, organisation and category from " +
    `${trackerDatabase().credit}.`,
});

export interface Section {
  title: string;
  /**
   * Said after the count in brackets, e.g. "2 undeclared"; when absent, "for information" for a
   * section that is no finding; empty: nothing.
   */
  detail?: string;
  /** What to do about it, or what it means (may be empty). */
  intro: string;
  header: string[];
  rows: string[][];
  /** One line per sighting or request: how each row was seen. */
  evidence: string[];
  /** Rows here make the audit fail. */
  finding: boolean;
}

const at = (page: string, time: string, state: ConsentState | undefined) =>
  `on ${page} at ${time}${state ? ` (${STATE_LABELS[state]})` : ''}`;

/** The request's address, then its query decoded, so a reader sees what was sent. */
export function describeRequest(request: HostRequest): string {
  const url = new URL(request.url);
  const query = [...url.searchParams].map(([name, value]) => `${name}=${value}`).join(', ');
  return `${request.type} ${request.url}${query ? ` (query: ${query})` : ''} ${at(request.page, request.time, request.state)}`;
}

/** How the consent interface was found, and which visits that made. */
export function consentLine(states: AcrossStates): string {
  const { consent } = states;
  const visits = states.states.map((state) => STATE_LABELS[state]).join(', ');
  if (!consent.found) {
    return `Consent interface: none found on ${consent.page} (autoconsent's rules, within 3 s of loading; name a banner they do not know with --consent <file>). One visit, without an answer.`;
  }
  const how =
    consent.by === 'rules'
      ? `found by autoconsent's ${consent.name} rule`
      : `found with the selectors in ${consent.name}`;
  return `Consent interface: ${how} on ${consent.page}. Visited in ${plural(states.states.length, 'state')}, each from an empty profile: ${visits}${states.states.length < 3 ? ' (the others could not be reached: see "Could not check")' : ''}.${consent.firstLayer ? ` ${firstLayerLine(consent.firstLayer)}` : ''}`;
}

const hostName = (host: HostAcrossStates) =>
  host.attribution.tracker ?? host.attribution.organization ?? 'unknown';

/**
 * The findings about consent, the items side by side (with more than one state), and the other
 * hosts with who they are and how often each state called them.
 */
export function stateSections(
  states: AcrossStates,
  strictHosts: boolean,
): { findings: Section[]; items: Section | undefined; hosts: Section } {
  const columns = states.states.map((state) => STATE_LABELS[state]);
  const sections: Section[] = [];
  const { storedWithoutConsent, trackingWithoutConsent, undeclaredTrackingHosts } = states;
  sections.push({
    title: 'Stored without consent',
    intro:
      'each needs consent (declared in a category other than necessary, or declared nowhere) but was stored before an answer or after refusal. Have the portal wait for the visitor to accept; if it is strictly necessary, declare it so.',
    header: ['Name', 'Declared as', 'Category', 'State', 'Set by'],
    rows: storedWithoutConsent.map((finding) => [
      finding.item.name,
      finding.declaredAs ?? 'undeclared',
      finding.category ?? 'unknown',
      STATE_LABELS[finding.state],
      finding.item.evidence.setBy,
    ]),
    evidence: storedWithoutConsent.map(({ item }) => `${item.name}: ${evidenceOf(item.evidence)}`),
    finding: true,
  });
  sections.push({
    title: 'Requests to hosts that track, without consent',
    intro:
      'each was sent before an answer or after refusal to a host the tracker database classes as tracking. Load it only once the visitor accepts.',
    header: ['Host', 'Tracker', 'Category', 'State', 'Type', 'Page'],
    rows: trackingWithoutConsent.map(({ host, request, state }) => {
      const about = states.hosts.find((entry) => entry.host === host);
      return [
        host,
        about ? hostName(about) : 'unknown',
        about?.attribution.categoryName ?? 'unknown',
        STATE_LABELS[state],
        request.type,
        request.page,
      ];
    }),
    evidence: trackingWithoutConsent.map(
      ({ host, request }) => `${host}: ${describeRequest(request)}`,
    ),
    finding: true,
  });
  const layer = states.consent.found ? states.consent.firstLayer : undefined;
  sections.push({
    title: 'Refusing less prominent than accepting',
    intro:
      'the banner\'s first layer, before any click, must offer a refusal as visible and as large as the acceptance. Offer "refuse all" beside "accept all", as tall and with text as large.',
    header: ['Refuse control', 'Accept control', 'Verdict'],
    rows:
      layer && firstLayerFails(layer)
        ? [
            [
              layer.refuse
                ? `"${layer.refuse.text}", ${layer.refuse.height} px high, ${layer.refuse.fontSize} px text`
                : 'none on the first layer',
              `"${layer.accept!.text}", ${layer.accept!.height} px high, ${layer.accept!.fontSize} px text`,
              layer.verdict === 'no-refusal' ? 'no refusal on the first layer' : 'less prominent',
            ],
          ]
        : [],
    evidence: [],
    finding: true,
  });
  sections.push({
    title: 'Hosts that track, declared by no provider',
    intro:
      "add each to its provider's domains in providers.yaml (with the cookies it sets), or stop the portal from calling it.",
    header: ['Host', 'Organisation', 'Tracker', 'Category'],
    rows: undeclaredTrackingHosts.map((host) => {
      const about = states.hosts.find((entry) => entry.host === host)!.attribution;
      return [
        host,
        about.organization ?? 'unknown',
        about.tracker ?? 'unknown',
        about.categoryName ?? 'unknown',
      ];
    }),
    evidence: [],
    finding: true,
  });
  const items: Section = {
    title: 'Stored in each state',
    intro:
      'what each visit found stored, and how (header, script, jar). "Only after consent" is what a category that needs consent should show.',
    header: ['Name', 'Declared as', 'Category', ...columns, 'Verdict'],
    rows: states.items.map((item) => [
      item.name,
      item.declaredAs ?? 'undeclared',
      item.category ?? 'unknown',
      ...states.states.map((state) => item.seen[state]?.evidence.setBy ?? '-'),
      {
        'without-consent': 'needs consent, stored without it',
        'after-consent': 'only after consent',
        choice: "the visitor's consent choice",
        necessary: 'necessary',
      }[item.verdict],
    ]),
    evidence: [],
    finding: false,
  };
  const undeclaredHosts = states.hosts.filter((host) => host.provider === undefined).length;
  const hosts: Section = {
    ...hostsHead(undeclaredHosts, strictHosts),
    header: [
      ...HOST_ATTRIBUTION_COLUMNS,
      ...(columns.length > 1 ? columns : ['Requests']),
      'Types',
      'First caused by',
    ],
    rows: states.hosts.map((host) => [
      host.host,
      host.attribution.domain,
      host.attribution.party,
      host.attribution.organization ?? 'unknown',
      host.attribution.categoryName ?? 'unknown',
      host.provider ?? 'undeclared',
      ...states.states.map((state) => String(host.requests[state] ?? 0)),
      host.types.join(', '),
      host.firstPage,
    ]),
    evidence: states.hosts
      .filter((host) => host.attribution.tracking)
      .flatMap((host) =>
        host.evidence.map((request) => `${host.host}: ${describeRequest(request)}`),
      ),
    finding: strictHosts && undeclaredHosts > 0,
  };
  return { findings: sections, items: states.states.length > 1 ? items : undefined, hosts };
}

/** The JSON for other tools: every fact of the sections, with lifetimes and evidence whole. */
export function statesJson(states: AcrossStates) {
  const request = (entry: HostRequest) => ({
    ...entry,
    query: Object.fromEntries(new URL(entry.url).searchParams),
  });
  return {
    consent: states.consent,
    states: states.states,
    storedWithoutConsent: states.storedWithoutConsent.map((finding) => ({
      state: finding.state,
      name: finding.item.name,
      storage: finding.item.storage,
      declaredAs: finding.declaredAs ?? null,
      category: finding.category ?? null,
      evidence: finding.item.evidence,
    })),
    trackingWithoutConsent: states.trackingWithoutConsent.map((finding) => ({
      state: finding.state,
      host: finding.host,
      request: request(finding.request),
    })),
    undeclaredTrackingHosts: states.undeclaredTrackingHosts,
    items: states.items.map((item) => ({
      name: item.name,
      storage: item.storage,
      declaredAs: item.declaredAs ?? null,
      category: item.category ?? null,
      verdict: item.verdict,
      seen: Object.fromEntries(
        Object.entries(item.seen).map(([state, seen]) => [state, seen.evidence]),
      ),
    })),
    hosts: states.hosts.map((host) => ({
      host: host.host,
      ...host.attribution,
      organization: host.attribution.organization ?? null,
      category: host.attribution.category ?? null,
      categoryName: host.attribution.categoryName ?? null,
      tracker: host.attribution.tracker ?? null,
      provider: host.provider ?? null,
      requests: host.requests,
      types: host.types,
      firstPage: host.firstPage,
      evidence: host.evidence.map(request),
    })),
  };
}
