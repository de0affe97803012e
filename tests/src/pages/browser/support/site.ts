/**
 * What the browser checks need besides the browser: the pages of the built site, the cookies
 * and interface strings they must show (read from the sources editors change, not from the
 * components that render them), and small helpers to run pages side by side and report problems.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { load } from 'js-yaml';
import { localeCodes, offeredLocales, type Locale } from '../../../../../src/config/locales.ts';

export const projectRoot = fileURLToPath(new URL('../../../../../', import.meta.url));

/** Where the screenshots and PDFs land, for people to look at (git-ignored). */
export const screenshotDir = fileURLToPath(
  new URL('../../../../../test-results/screenshots/', import.meta.url),
);

/**
 * The axe-core that @axe-core/playwright itself uses, to load into a page once. By default
 * AxeBuilder sends all of axe (half a megabyte) into the page twice per run and reconfigures it,
 * so every run starts cold: loading it once per page and handing AxeBuilder `AXE_LOADED` as its
 * source halves the time of the accessibility checks.
 */
const require = createRequire(import.meta.url);
export const axeSource: string = createRequire(require.resolve('@axe-core/playwright'))(
  'axe-core',
).source;
export const AXE_LOADED =
  "if (!window.axe) throw new Error('axe-core is not loaded in this page');";

export const WIDTHS = [320, 1280] as const;
export const SCHEMES = ['light', 'dark'] as const;
export type Scheme = (typeof SCHEMES)[number];

/**
 * Every *.html file of dist/, as the path a static host serves it at: `index.html` files by
 * their folder (`/`, `/fr/`), any other page by its own name (`/404.html`).
 */
export function listPages(distDir: string): string[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`)
    .sort();
}

/** The policy page of a locale, e.g. `/fr/`; anything else (root chooser, 404 pages) is not. */
export function policyLocale(path: string): Locale | undefined {
  return localeCodes.find((locale) => path === `/${locale}/`);
}

export interface ExpectedCookie {
  name: string;
  purpose: Record<Locale, string>;
}

/** The cookie inventory as editors wrote it in content/cookies.yaml. */
export function expectedCookies(): ExpectedCookie[] {
  const entries = load(readFileSync(`${projectRoot}content/cookies.yaml`, 'utf8')) as {
    name: string;
    purpose: Record<Locale, string>;
  }[];
  return entries.map(({ name, purpose }) => ({ name, purpose }));
}

/**
 * A UI string as a page in `lang` shows it; the language-neutral pages (`lang="mul"`) show it in
 * every language, national languages first, joined by " · ".
 */
export function pageString(lang: string, key: string): string {
  if (lang !== 'mul') return uiString(lang, key);
  return offeredLocales.map((locale) => uiString(locale, key)).join(' · ');
}

export function uiString(locale: string, key: string): string {
  const strings = JSON.parse(
    readFileSync(`${projectRoot}src/i18n/ui/${locale}.json`, 'utf8'),
  ) as Record<string, string>;
  const value = strings[key];
  if (value === undefined) throw new Error(`src/i18n/ui/${locale}.json has no string "${key}".`);
  return value;
}

/** The anchor of a cookie's row, as README documents it: `#cookie-<name>`. */
export function cookieRowId(name: string): string {
  return `cookie-${name.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

/** A readable, one-line-per-problem report, or '' when there is none. */
export function report(title: string, problems: string[]): string {
  return problems.length === 0
    ? ''
    : `${title}: ${problems.length} found\n${problems.map((p) => `  - ${p}`).join('\n')}`;
}

/**
 * The longest cookie name of the Open Cookie Database snapshot the audit ships
 * (scripts/audit/open-cookie-database/): the widest name a portal's table may have to show.
 */
export function longestKnownCookieName(): string {
  const rows = parse(
    readFileSync(`${projectRoot}scripts/audit/open-cookie-database/open-cookie-database.csv`),
    { columns: true },
  ) as Record<string, string>[];
  return rows
    .map((row) => row['Cookie / Data Key name'] ?? '')
    .reduce((longest, name) => (name.length > longest.length ? name : longest), '');
}
