/**
 * What the built pages need to know about stale translations: whether a page, or a cookie's row,
 * follows an older French text. Read from the files on disk at render time (the integration
 * tells the pages where the project is), so marking a translation done removes its notice at the
 * next build.
 */
import type { Locale } from '../config/locales.ts';
import { localeStatus } from './status.ts';

const projectRoot = () => process.env.CONTENT_CHECK_ROOT ?? process.cwd();

function staleIds(locale: Locale): string[] {
  return localeStatus(projectRoot(), locale)
    .texts.filter(({ status }) => status !== 'up-to-date')
    .map(({ id }) => id);
}

/** Whether any text of a page (content/policy/<locale>/<page>) follows an older French text. */
export function isPageStale(locale: Locale, page: string): boolean {
  return staleIds(locale).some((id) => id.startsWith(`policy/${page}#`));
}

/** The names of the cookies whose service, purpose or condition follows an older French text. */
export function staleCookies(locale: Locale): Set<string> {
  return new Set(
    staleIds(locale).flatMap((id) => {
      const name = /^cookies\/(.+)\/[^/]+$/.exec(id)?.[1];
      return name === undefined ? [] : [name];
    }),
  );
}
