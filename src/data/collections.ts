/**
 * The validated inventory and the policy's last update, as the pages and exports read them from
 * Astro's content collections (the content check has already passed when they render).
 */
import { getCollection } from 'astro:content';

export async function getInventory() {
  const cookies = (await getCollection('cookies')).map(({ data }) => data);
  const providers = (await getCollection('providers')).map(({ data }) => data);
  return { cookies, providers };
}

/** The latest `lastUpdated` of any policy page: the date the exports carry. */
export async function policyUpdated(): Promise<Date> {
  const pages = await getCollection('policy');
  return new Date(Math.max(...pages.map((page) => page.data.lastUpdated.getTime())));
}
