/** /cookies-edpb.json: the declaration as a knowledge base for the EDPB Website Auditing Tool. */
import type { APIRoute } from 'astro';
import { getRelativeLocaleUrl } from 'astro:i18n';
import { defaultLocale, localeCodes, locales, type Locale } from '../config/locales.ts';
import { cookieAnchor } from '../data/anchors.ts';
import { edpbKnowledgeBases } from '../data/edpb-knowledge-base.ts';
import { byName } from '../data/exports.ts';
import { formatLifetime, lifetimeWords } from '../data/lifetime.ts';
import { policyHistory } from '../versions/publications.ts';
import { useTranslations } from '../i18n/ui.ts';

/**
 * The tool's interface is in English: its knowledge bases carry the English texts, or the
 * reference language's on a site without English.
 */
const TOOL_LANGUAGE: Locale = localeCodes.includes('en') ? 'en' : defaultLocale;
/** French puts a no-break space before a colon. */
const COLON = TOOL_LANGUAGE === 'fr' ? '\u00a0:' : ':';

export const GET: APIRoute = ({ site: siteUrl, locals }) => {
  const { inventory, operator, state, policyDate, versions, publications } = locals.policy;
  const { providers } = inventory;
  const cookies = byName(inventory.cookies);
  const { portal, controller } = operator;
  const t = useTranslations(TOOL_LANGUAGE);
  const policy = new URL(getRelativeLocaleUrl(defaultLocale, ''), siteUrl).href;
  const updated = new Date(`${policyDate}T00:00:00Z`);
  // The dates the history gives: a cookie is listed since the first publication that holds it
  // (in a draft, since the first recorded version that does; at the latest, the policy's date).
  const { published } = policyHistory(versions, publications);
  const dated = state.isDraft
    ? versions.map((version) => ({ date: version.date, version }))
    : published.map((entry) => ({ date: entry.publication.date, version: entry.covers.at(-1)! }));
  const listedSince = (cookie: { name: string }) => {
    const first = dated.find(({ version }) => version.cookies.some((c) => c.name === cookie.name));
    return first ? new Date(`${first.date}T00:00:00Z`) : updated;
  };
  const data = edpbKnowledgeBases(cookies, providers, {
    name: `${portal.name} cookie declaration`,
    // A draft may lack the controller (a published build refuses that): the portal answers then.
    author: 'value' in controller.name ? controller.name.value.name : portal.name,
    updated,
    listedSince,
    ...(state.isDraft ? { draftNotice: `Draft of ${state.versionDate}, not published` } : {}),
    portalHost: new URL(portal.url).hostname,
    policyUrl: (cookie) => `${policy}#${cookieAnchor(cookie.name)}`,
    categoryLabel: (category) => t(`category.${category}`),
    comment: (cookie) =>
      `${cookie.purpose[TOOL_LANGUAGE]} ${t('table.lifetime')}${COLON} ${formatLifetime(cookie.lifetime, locales[TOOL_LANGUAGE].bcp47, lifetimeWords(t))} (${cookie.lifetime}).`,
  });
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
