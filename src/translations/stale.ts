/**
 * Which pages and which cookie rows of each language follow an older French text: the part of the
 * translation status the built pages show (a notice on the page, a note on the row). Computed once
 * by the content check's integration and handed to the pages in its virtual module
 * (src/integrations/content-module.ts).
 */
import type { LocaleStatus } from './status.ts';

export interface StaleTranslations {
  /** Pages below the language's folder (index.mdx) with a text that is stale or missing. */
  pages: string[];
  /** Cookies whose service, purpose or condition is stale or missing. */
  cookies: string[];
}

const PAGE = 'policy/';
const COOKIE = 'cookies/';

/** Text ids read by their documented shape (src/translations/texts.ts): policy/<page>#<part>, cookies/<name>/<field>. */
export function staleTranslations(statuses: LocaleStatus[]): Record<string, StaleTranslations> {
  return Object.fromEntries(
    statuses.map(({ locale, texts }) => {
      const ids = texts.filter(({ status }) => status !== 'up-to-date').map(({ id }) => id);
      const pages = ids
        .filter((id) => id.startsWith(PAGE))
        .map((id) => id.slice(PAGE.length, id.lastIndexOf('#')));
      const cookies = ids
        .filter((id) => id.startsWith(COOKIE))
        .map((id) => id.slice(COOKIE.length, id.lastIndexOf('/')));
      return [locale, { pages: [...new Set(pages)], cookies: [...new Set(cookies)] }];
    }),
  );
}
