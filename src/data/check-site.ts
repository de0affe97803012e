/**
 * Everything the build refuses to publish, checked from the files on disk before Astro renders
 * anything: the cookie inventory, the policy pages of every locale, and the UI strings of every
 * locale. Shared by the build (src/integrations/check-content.ts), `npm run check` and the tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLocale, isLocale, localeCodes, locales } from '../config/locales.ts';
import { validateInventory, type Inventory } from './validate-inventory.ts';

/** Where each kind of content lives, relative to the project root. */
export const contentPaths = {
  cookies: 'content/cookies.yaml',
  providers: 'content/providers.yaml',
  pages: 'content/policy',
  uiStrings: 'src/i18n/ui',
} as const;

export interface SiteCheck {
  problems: string[];
  inventory: Inventory;
}

function readText(root: string, path: string, problems: string[], fix: string): string | undefined {
  const file = join(root, path);
  if (!existsSync(file)) {
    problems.push(`${path}: the file does not exist. ${fix}`);
    return undefined;
  }
  return readFileSync(file, 'utf8');
}

/** MDX pages below one locale's folder, as paths relative to it (fr/index.mdx -> index.mdx). */
function pagesOf(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx') || file.endsWith('.md'))
    .map((file) => file.split('\\').join('/'))
    .sort();
}

/** Every locale mirrors the reference locale's pages, path for path. */
export function checkPageTree(root: string): string[] {
  const base = join(root, contentPaths.pages);
  const reference = pagesOf(join(base, defaultLocale));
  const problems: string[] = [];
  if (reference.length === 0) {
    problems.push(
      `${contentPaths.pages}/${defaultLocale}: no page found. Write the ${locales[defaultLocale].englishName} policy in ${contentPaths.pages}/${defaultLocale}/index.mdx.`,
    );
  }
  // Every page lives in a language's folder: anything else would reach the build unchecked.
  const entries = existsSync(base) ? readdirSync(base, { withFileTypes: true }) : [];
  for (const entry of entries.filter((entry) => !isLocale(entry.name))) {
    problems.push(
      entry.isDirectory()
        ? `${contentPaths.pages}/${entry.name}: "${entry.name}" is not a language of the site (${localeCodes.join(', ')}). Move its pages into one of those folders, or add the language in src/config/locales.ts.`
        : `${contentPaths.pages}/${entry.name}: a page must be inside a language folder. Move it to ${contentPaths.pages}/${defaultLocale}/${entry.name} and translate it into the other languages.`,
    );
  }
  for (const locale of localeCodes.filter((code) => code !== defaultLocale)) {
    const pages = new Set(pagesOf(join(base, locale)));
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
  return problems;
}

/** Every UI string of the reference locale exists, non-empty, in every other locale. */
export function checkUiStrings(root: string): string[] {
  const problems: string[] = [];
  const read = (locale: string): Record<string, unknown> | undefined => {
    const path = `${contentPaths.uiStrings}/${locale}.json`;
    const text = readText(
      root,
      path,
      problems,
      `Copy ${contentPaths.uiStrings}/${defaultLocale}.json and translate every value.`,
    );
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text) as Record<string, unknown>;
    } catch (error) {
      problems.push(
        `${path}: the JSON cannot be read (${(error as Error).message}). Fix the syntax: keys and texts in double quotes, commas between entries.`,
      );
      return undefined;
    }
  };
  const reference = read(defaultLocale);
  if (!reference) return problems;
  const keys = Object.keys(reference);
  for (const locale of localeCodes) {
    const strings = locale === defaultLocale ? reference : read(locale);
    if (!strings) continue;
    const path = `${contentPaths.uiStrings}/${locale}.json`;
    const language = locales[locale].englishName;
    for (const key of keys) {
      const value = strings[key];
      if (value === undefined)
        problems.push(
          `${path}: "${key}" is missing. Add its ${language} text (see ${contentPaths.uiStrings}/${defaultLocale}.json).`,
        );
      else if (typeof value !== 'string' || value.trim() === '')
        problems.push(`${path}: "${key}" is empty. Write its ${language} text.`);
    }
    for (const key of Object.keys(strings).filter((key) => !keys.includes(key))) {
      problems.push(
        `${path}: "${key}" is not used by ${contentPaths.uiStrings}/${defaultLocale}.json. Remove it, or add it there first.`,
      );
    }
  }
  return problems;
}

export function checkSite(root: string): SiteCheck {
  const problems: string[] = [];
  const cookiesText = readText(
    root,
    contentPaths.cookies,
    problems,
    'Create it with the list of cookies (see README, "Adding a cookie").',
  );
  const providersText = readText(
    root,
    contentPaths.providers,
    problems,
    'Create it with the list of providers (see README, "Adding a cookie").',
  );
  const inventory = validateInventory(
    { path: contentPaths.cookies, text: cookiesText ?? '[]' },
    { path: contentPaths.providers, text: providersText ?? '[]' },
  );
  problems.push(...inventory.problems, ...checkPageTree(root), ...checkUiStrings(root));
  return { problems, inventory: { cookies: inventory.cookies, providers: inventory.providers } };
}

/** The report a person reads: a count, then one problem per line. */
export function formatProblems(problems: string[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `The cookie policy cannot be published: ${count} found.\n${problems.map((problem) => `  - ${problem}`).join('\n')}`;
}
