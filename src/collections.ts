/**
 * The validated inventory and the recorded versions, as the pages and exports read them from
 * Astro's content collections (the content check has already passed when they render).
 */
import { getCollection } from 'astro:content';
import type { PolicyVersion } from './versions/versions-file.ts';

export async function getInventory() {
  const cookies = (await getCollection('cookies')).map(({ data }) => data);
  const providers = (await getCollection('providers')).map(({ data }) => data);
  return { cookies, providers };
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
