/**
 * The validated inventory and the recorded versions, as the pages and exports read them from
 * Astro's content collections (the content check has already passed when they render).
 */
import { getCollection, getEntry } from 'astro:content';
import { consentObserved } from 'virtual:odwb/content';
import type { PolicyVersion } from './versions/versions-file.ts';
import type { Operator } from './data/operator-schema.ts';
import { draftState, type DraftState } from './data/operator-facts.ts';
import { readStatementEvidence } from './accessibility/load.ts';
import { unevaluatedCriteria } from './accessibility/evidence.ts';

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
 * Whether the policy is a draft, and why: the same rule the content check applies, with what the
 * check read of the last recorded audit and the manual accessibility checks.
 */
export async function getDraftState(): Promise<DraftState> {
  const [operator, { cookies }] = await Promise.all([getOperator(), getInventory()]);
  return draftState(
    operator,
    cookies,
    consentObserved ?? undefined,
    unevaluatedCriteria(readStatementEvidence().manual),
  );
}

/** Every recorded version, oldest first (content/versions.yaml; its ids are positions). */
export async function getVersions(): Promise<PolicyVersion[]> {
  return (await getCollection('versions'))
    .sort((a, b) => Number(a.id) - Number(b.id))
    .map(({ data }) => data as PolicyVersion);
}

/** The current version's date: the date every page shows and the exports carry. */
export async function policyUpdated(): Promise<Date> {
  const current = (await getVersions()).at(-1)!;
  return new Date(`${current.date}T00:00:00Z`);
}
