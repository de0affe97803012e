/**
 * The other hosts of a HAR file, attributed as a live visit's are (host-attribution.ts): their
 * domain, party, organisation and category from the Public Suffix List and the tracker database
 * installed (Ghostery's, else the Open Cookie Database's domains), and the hosts that track and that no provider declares as a finding. A HAR file says
 * nothing of the state of consent, so that is the one rule about hosts it can judge; for the
 * same traffic it fails exactly when a live visit's "Hosts that track, declared by no provider"
 * does.
 */
import type { Comparison } from './compare.ts';
import type { HostAttribution } from './host-attribution.ts';
import type { Section } from './report-states.ts';
import { describeRequest, HOST_ATTRIBUTION_COLUMNS, hostsHead } from './report-states.ts';

export const undeclaredTrackingHosts = (
  hosts: Comparison['hosts'],
  attribution: Map<string, HostAttribution>,
) =>
  hosts
    .filter((host) => host.provider === undefined && attribution.get(host.host)?.tracking)
    .map((host) => host.host);

export function harHostSections(
  hosts: Comparison['hosts'],
  attribution: Map<string, HostAttribution>,
  strictHosts: boolean,
): { tracking: Section; hosts: Section } {
  const about = (host: string) => attribution.get(host);
  const tracking = undeclaredTrackingHosts(hosts, attribution);
  const undeclared = hosts.filter((host) => host.provider === undefined).length;
  return {
    tracking: {
      title: 'Hosts that track, declared by no provider',
      intro:
        "add each to its provider's domains in providers.yaml (with the cookies it sets), or stop the portal from calling it.",
      header: ['Host', 'Organisation', 'Tracker', 'Category'],
      rows: tracking.map((host) => [
        host,
        about(host)?.organization ?? 'unknown',
        about(host)?.tracker ?? 'unknown',
        about(host)?.categoryName ?? 'unknown',
      ]),
      evidence: hosts
        .filter((host) => tracking.includes(host.host))
        .flatMap((host) =>
          host.requests.map((request) => `${host.host}: ${describeRequest(request)}`),
        ),
      finding: true,
    },
    hosts: {
      ...hostsHead(undeclared, strictHosts),
      header: [...HOST_ATTRIBUTION_COLUMNS, 'Requests', 'Types', 'First caused by'],
      rows: hosts.map((host) => [
        host.host,
        about(host.host)?.domain ?? host.host,
        about(host.host)?.party ?? 'third',
        about(host.host)?.organization ?? 'unknown',
        about(host.host)?.categoryName ?? 'unknown',
        host.provider ?? 'undeclared',
        String(host.count),
        host.types.join(', '),
        host.firstPage,
      ]),
      evidence: [],
      finding: strictHosts && undeclared > 0,
    },
  };
}
