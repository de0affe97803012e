/**
 * The policy pages: one MDX tree per locale, each mirroring the reference locale's tree path for
 * path, and nothing outside a language folder (it would reach the build unchecked).
 */
import { defaultLocale, isLocale, localeCodes, locales } from '../config/locales.ts';
import { SITE_FILE } from '../config/site-file.ts';
import { contentPaths } from '../config/paths.ts';
import { checkPageContents } from './mdx.ts';
import type { ContentFiles } from '../data/content-files.ts';

/**
 * Every locale mirrors the reference locale's pages, path for path, and each page's frontmatter,
 * MDX, components and links are sound (mdx.ts). `cookieNames` are the inventory's, for anchors.
 */
export function checkPages(files: ContentFiles, cookieNames: readonly string[]): string[] {
  const base = contentPaths.pages;
  const pagesOf = (locale: string) => files.pages(`${base}/${locale}`);
  const reference = pagesOf(defaultLocale);
  const problems: string[] = [];
  if (reference.length === 0) {
    problems.push(
      `${contentPaths.pages}/${defaultLocale}: no page found. Write the ${locales[defaultLocale].englishName} policy in ${contentPaths.pages}/${defaultLocale}/index.mdx.`,
    );
  }
  // Every page lives in a language's folder: anything else would reach the build unchecked.
  const entries = files.entries(base);
  for (const entry of entries.filter((entry) => !isLocale(entry.name))) {
    problems.push(
      entry.folder
        ? `${contentPaths.pages}/${entry.name}: "${entry.name}" is not a language of the site (${localeCodes.join(', ')}). ${Object.hasOwn(locales, entry.name) ? `Remove the folder, or add ${entry.name} to languages in ${SITE_FILE}.` : 'Move its pages into one of those folders.'}`
        : `${contentPaths.pages}/${entry.name}: a page must be inside a language folder. Move it to ${contentPaths.pages}/${defaultLocale}/${entry.name} and translate it into the other languages.`,
    );
  }
  for (const locale of localeCodes.filter((code) => code !== defaultLocale)) {
    const pages = new Set(pagesOf(locale));
    for (const page of reference.filter((path) => !pages.has(path))) {
      problems.push(
        `${contentPaths.pages}/${locale}/${page}: the ${locales[locale].englishName} page is missing; ${locales[defaultLocale].englishName} has ${contentPaths.pages}/${defaultLocale}/${page}. Translate it into ${contentPaths.pages}/${locale}/${page}.`,
      );
    }
    for (const page of [...pages].filter((path) => !reference.includes(path))) {
      problems.push(
        `${contentPaths.pages}/${locale}/${page}: this page has no ${locales[defaultLocale].englishName} original in ${contentPaths.pages}/${defaultLocale}/. Add ${contentPaths.pages}/${defaultLocale}/${page} or remove this file.`,
      );
    }
  }
  const pages = localeCodes.flatMap((locale) => pagesOf(locale).map((file) => ({ locale, file })));
  problems.push(...checkPageContents(files, pages, cookieNames));
  return problems;
}
