/**
 * Where the accessibility statement lives in each language: a word of that language, as Belgian
 * public sites name theirs. Every language must have one (the type says so). Plain data, so the
 * Astro configuration (the sitemap's alternates) reads it too.
 */
import type { Locale } from '../config/locales.ts';

export const statementSlugs: Record<Locale, string> = {
  fr: 'accessibilite',
  en: 'accessibility',
  nl: 'toegankelijkheid',
  de: 'barrierefreiheit',
};

/** The statement's slug in `locale` when `slug` is the statement's in any language; else `slug`. */
export function slugIn(slug: string, locale: Locale): string {
  const bare = slug.replace(/\/$/, '');
  return Object.values(statementSlugs).includes(bare)
    ? `${statementSlugs[locale]}${slug.endsWith('/') ? '/' : ''}`
    : slug;
}
