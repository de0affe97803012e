/**
 * What publishing needs beyond complete facts: an audit of the portal that counts as evidence
 * (src/data/evidence.ts), the exemption test met by every cookie (src/data/exemption.ts), and the
 * current version recorded as published in content/publications.yaml (src/versions/publications.ts).
 * The first two are reasons `npm run policy:publish` refuses; the last is the draft state of a
 * version recorded and not yet published, which only that command lifts.
 */
import type { ContentFiles } from '../data/content-files.ts';
import { contentPaths } from '../config/paths.ts';
import { portalEvidence, evidenceReasons, noEvidence, type Evidence } from '../data/evidence.ts';
import { exemptionReasons, unjustifiedExemptions } from '../data/exemption.ts';
import type { Observations } from '../data/observations.ts';
import type { Operator } from '../data/operator-schema.ts';
import type { Cookie } from '../data/schema.ts';
import {
  noPublications,
  parsePublications,
  publicationOf,
  PUBLISH_COMMAND,
  type Publications,
} from '../versions/publications.ts';
import type { PolicyVersion } from '../versions/versions-file.ts';

export interface PublishingCheck {
  /** Problems with content/publications.yaml itself. */
  problems: string[];
  /** Why the policy cannot be published yet (evidence, exemptions; with the facts in checkContent). */
  reasons: string[];
  /** "Recorded but not published": empty once the current version is published. */
  unpublished: string[];
  publications: Publications;
  evidence: Evidence;
  unjustifiedExemptions: string[];
  /** The current version's date; empty when no version is recorded. */
  versionDate: string;
  /** The day the current version was published, when it was. */
  publishedOn: string | undefined;
}

export function checkPublishing(
  files: ContentFiles,
  {
    operator,
    cookies,
    observations,
    today,
    versions,
  }: {
    operator: Operator | undefined;
    cookies: Cookie[];
    observations: Observations | undefined;
    today: Date;
    /** The recorded versions that can be read (the versions check reports the others). */
    versions: PolicyVersion[];
  },
): PublishingCheck {
  const readable = files.read(contentPaths.publications);
  const read = readable.ok
    ? parsePublications(readable.text, versions, contentPaths.publications, files.yaml)
    : { publications: noPublications, problems: readable.missing ? [] : [readable.problem] };
  const publications = read.publications ?? noPublications;
  const portalUrl = operator?.portal.url ?? 'https://example.invalid/';
  const maxAgeDays = publications.auditMaxAgeDays;
  const evidence = portalEvidence(observations, cookies, { portalUrl, today, maxAgeDays });
  const current = versions.at(-1);
  const publication = current ? publicationOf(publications, current.date) : undefined;
  return {
    problems: read.problems,
    reasons: [
      ...(operator ? evidenceReasons(evidence, observations, { portalUrl, maxAgeDays }) : []),
      ...exemptionReasons(cookies),
    ],
    unpublished:
      current && !publication
        ? [
            `${contentPaths.publications}: the version of ${current.date} is recorded but not published. Once nothing else keeps it a draft, publish it with \`${PUBLISH_COMMAND}\`, which records the day, the version and the commit.`,
          ]
        : [],
    publications,
    evidence,
    unjustifiedExemptions: unjustifiedExemptions(cookies),
    versionDate: current?.date ?? '',
    publishedOn: publication?.date,
  };
}

/** What is known of publishing when the content could not be read: nothing published, no evidence. */
export const unreadPublishing: PublishingCheck = {
  problems: [],
  reasons: [],
  unpublished: [],
  publications: noPublications,
  evidence: noEvidence,
  unjustifiedExemptions: [],
  versionDate: '',
  publishedOn: undefined,
};
