import { defaultLocale, isLocale, type Locale } from '../config/locales.ts';

/**
 * The locale a component renders in: an explicit `locale` prop (tests, the root page) or the
 * locale Astro's i18n routing found in the URL.
 */
export function pageLocale(explicit: string | undefined, current: string | undefined): Locale {
  if (isLocale(explicit)) return explicit;
  if (isLocale(current)) return current;
  return defaultLocale;
}
