/** /cookies.json: the whole inventory, every field and every language, for other tools. */
import type { APIRoute } from 'astro';
import { site } from '../config/site.ts';
import { inventoryJson } from '../data/exports.ts';
import { getInventory, policyUpdated } from '../collections.ts';
import { useTranslations } from '../i18n/ui.ts';

export const GET: APIRoute = async () => {
  const { cookies, providers } = await getInventory();
  const data = inventoryJson(cookies, providers, {
    updated: await policyUpdated(),
    portalUrl: site.portalUrl,
    translate: useTranslations,
  });
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
