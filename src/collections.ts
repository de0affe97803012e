/**
 * The validated inventory and the recorded versions, as the pages and exports read them from
 * Astro's content collections (the content check has already passed when they render).
 */
import { getCollection, getEntry } from 'astro:content';
import {
  consentObserved,
  policyState,
  publications,
  statementEvidence,
} from 'virtual:odwb/content';
import type { PolicyVersion } from './versions/versions-file.ts';
import type { Operator } from './data/operator-schema.ts';
import { draftState } from './data/operator-facts.ts';
import { policyDate, type PolicyState } from './data/policy-state.ts';
import type { Publications } from './versions/publications.ts';
import { unevaluatedCriteria } from './accessibility/evidence.ts';
import { noEvidence } from './data/evidence.ts';

export async function getInventory() {
  const cookies = (await getCollection('cookies')).map(({ data }) => data);
  const providers = (await getCollection('providers')).map(({ data }) => data);
  return { cookies, providers };
}

/** The portal, its controller and their facts (content/operator.yaml). */
export async function getOperator(): Promise<Operator> {
  return (await getEntry('operator', 'operator'))!.data;
}

/**
 * Whether the policy is published or a draft, and why: what the content check decided (facts,
 * evidence of an audit, exemptions, publication). While operator.yaml is invalid (dev only), the
 * facts alone decide.
 */
export async function getDraftState(): Promise<PolicyState> {
  if (policyState) return policyState;
  const [operator, { cookies }, versions] = await Promise.all([
    getOperator(),
    getInventory(),
    getVersions(),
  ]);
  return {
    ...draftState(
      operator,
      cookies,
      consentObserved ?? undefined,
      unevaluatedCriteria(statementEvidence.manual),
    ),
    isDraft: true,
    evidence: noEvidence,
    unjustifiedExemptions: [],
    unpublished: true,
    versionDate: versions.at(-1)!.date,
    publishedOn: undefined,
  };
}

/** content/publications.yaml: every publication, and the policy the first one replaces. */
export const getPublications = (): Publications => publications;

/** Every recorded version, oldest first (content/versions.yaml; its ids are positions). */
export async function getVersions(): Promise<PolicyVersion[]> {
  return (await getCollection('versions'))
    .sort((a, b) => Number(a.id) - Number(b.id))
    .map(({ data }) => data as PolicyVersion);
}

/**
 * The policy's date, as every page, PDF and export gives it: the day the current version was
 * published, or, in a draft, the draft version's date (said to be a draft wherever it is shown).
 */
export async function policyUpdated(): Promise<Date> {
  return new Date(`${policyDate(await getDraftState())}T00:00:00Z`);
}
