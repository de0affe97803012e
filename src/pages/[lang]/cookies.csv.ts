/** /<locale>/cookies.csv: the cookie table in one language, for spreadsheets. */
import type { APIRoute } from 'astro';
import { localeCodes, type Locale } from '../../config/locales.ts';
import { byName, inventoryCsv } from '../../data/exports.ts';
import { useTranslations } from '../../i18n/ui.ts';

export function getStaticPaths() {
  return localeCodes.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = ({ params, locals }) => {
  const locale = params.lang as Locale;
  const { inventory, state } = locals.policy;
  const { providers } = inventory;
  const cookies = byName(inventory.cookies);
  const draft = state.isDraft ? { date: state.versionDate } : undefined;
  return new Response(inventoryCsv(cookies, providers, locale, useTranslations(locale), draft), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
