/**
 * The built pages, read from the real dist/: one per locale under its prefix, each saying its
 * language, its canonical URL and its alternates, with a language switcher and no script.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, inject, it } from 'vitest';
import { localeCodes, locales } from '../../../src/config/locales.ts';
import { formatDate } from '../../../src/i18n/dates.ts';
import { attributes, elements, hasClass, parseHtml, textOf } from '../../../src/lib/html.ts';

const distDir = inject('distDir');
const SITE = 'https://cookies.odwb.be';
const page = (path: string) => readFileSync(join(distDir, path, 'index.html'), 'utf8');
/** The current version's date, read from content/versions.yaml on its own. */
const versionDate = (
  yaml.load(readFileSync(new URL('../../../content/versions.yaml', import.meta.url), 'utf8'), {
    schema: yaml.CORE_SCHEMA,
  }) as { date: string }[]
).at(-1)!.date;

/** "Last updated" in each language, before the date in the locale's own format. */
/** The shipped policy is an unpublished draft: its date says so, never "last updated". */
const DATE_SENTENCES: Record<string, [string, string]> = {
  fr: ['Projet du ', ', non publié'],
  en: ['Draft of ', ', not published'],
  nl: ['Ontwerp van ', ', niet gepubliceerd'],
  de: ['Entwurf vom ', ', nicht veröffentlicht'],
};
/** 29 November 2026 as each locale writes it. */
const FORMATTED_DATES: Record<string, string> = {
  fr: '29 novembre 2026',
  en: '29 November 2026',
  nl: '29 november 2026',
  de: '29. November 2026',
};
/** The policy's title in each language, as the root chooser offers it. */
const TITLES: Record<string, string> = {
  fr: 'Politique en matière de cookies',
  en: 'Cookie policy',
  nl: 'Cookiebeleid',
  de: 'Cookie-Richtlinie',
};

/** Belgium's national languages first, as Belgian public sites list them, then English. */
const OFFERED = ['fr', 'nl', 'de', 'en'];

it('has the expectations of every language', () => {
  expect([...OFFERED].sort()).toEqual([...localeCodes].sort());
  expect(Object.keys(DATE_SENTENCES).sort()).toEqual([...localeCodes].sort());
  expect(Object.keys(FORMATTED_DATES).sort()).toEqual([...localeCodes].sort());
  expect(Object.keys(TITLES).sort()).toEqual([...localeCodes].sort());
});

describe.each(localeCodes)('the %s policy page', (locale) => {
  const html = page(locale);
  const document = parseHtml(html);

  it('declares its language and its canonical URL', () => {
    expect(attributes(elements(document, 'html'), 'lang')).toEqual([locale]);
    expect(attributes(elements(document, 'link', { rel: 'canonical' }), 'href')).toEqual([
      `${SITE}/${locale}/`,
    ]);
  });

  it('lists every language plus x-default as alternates', () => {
    const alternates = elements(document, 'link', { rel: 'alternate' });
    expect(alternates.map(({ attribs }) => [attribs.hreflang, attribs.href])).toEqual([
      ...OFFERED.map((other) => [other, `${SITE}/${other}/`]),
      ['x-default', `${SITE}/`],
    ]);
  });

  it('offers the same page in every other language, marking the current one', () => {
    const [nav] = elements(document, 'nav', { class: hasClass('language-switcher') });
    const links = elements(nav!, 'a', { hreflang: true });
    expect(links.map(({ attribs }) => [attribs.href, attribs.hreflang])).toEqual(
      OFFERED.map((other) => [`/${other}/`, other]),
    );
    expect(attributes(elements(nav!, 'a', { 'aria-current': 'page' }), 'hreflang')).toEqual([
      locale,
    ]);
  });

  it('shows the draft’s date in the locale’s own words and format, saying it is not published', () => {
    expect(formatDate('2026-11-29', locale)).toBe(FORMATTED_DATES[locale]);
    const [before, after] = DATE_SENTENCES[locale]!;
    expect(html).toContain(
      `${before}<time datetime="${versionDate}">${formatDate(versionDate, locale)}</time>${after}`,
    );
  });

  it('contains the cookie table with every cookie and needs no script', () => {
    for (const name of ['sessionid', 'django_language', 'csrftoken', 'cookies_preferences']) {
      expect(elements(document, 'tr', { id: `cookie-${name}` })).toHaveLength(1);
    }
    expect(elements(document, 'script')).toEqual([]);
  });
});

describe('the root page', () => {
  const document = parseHtml(page(''));

  it('offers the policy in each language, each named in its own language, without a script', () => {
    const [chooser] = elements(document, 'ul', { class: hasClass('language-chooser') });
    const choices = elements(chooser!, 'li', { lang: true }).map((item) => {
      const [link] = elements(item, 'a', { hreflang: true });
      const [title] = elements(item, 'span', { class: 'choice-title' });
      const [language] = elements(item, 'span', { class: 'choice-language' });
      return [
        item.attribs.lang,
        link?.attribs.href,
        title && textOf(title),
        language && textOf(language),
      ];
    });
    expect(choices).toEqual(
      OFFERED.map((locale) => [
        locale,
        `/${locale}/`,
        TITLES[locale],
        locales[locale as keyof typeof locales].label,
      ]),
    );
    expect(elements(document, 'script')).toEqual([]);
    expect(
      elements(document, 'meta', { 'http-equiv': (value) => value.toLowerCase() === 'refresh' }),
    ).toEqual([]);
  });

  it('is the x-default of every page', () => {
    expect(attributes(elements(document, 'link', { rel: 'canonical' }), 'href')).toEqual([
      `${SITE}/`,
    ]);
  });
});

describe('dist/', () => {
  it('holds every locale page and the root chooser, and no JavaScript', () => {
    const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).sort();
    for (const path of ['index.html', ...localeCodes.map((locale) => `${locale}/index.html`)]) {
      expect(files).toContain(path);
    }
    expect(files.filter((file) => file.endsWith('.js'))).toEqual([]);
  });
});
