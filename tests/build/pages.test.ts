/**
 * The built pages, read from the real dist/: one per locale under its prefix, each saying its
 * language, its canonical URL and its alternates, with a language switcher and no script.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { localeCodes, locales } from '../../src/config/locales.ts';

const distDir = inject('distDir');
const SITE = 'https://cookies.odwb.be';
const page = (path: string) => readFileSync(join(distDir, path, 'index.html'), 'utf8');
const attr = (html: string, pattern: RegExp) =>
  [...html.matchAll(pattern)].map((match) => match.slice(1));

/** The date line of each language, as a reader of that language expects it. */
const DATE_LINES: Record<string, string> = {
  fr: 'Dernière mise à jour : <time datetime="2026-11-29">29 novembre 2026</time>',
  en: 'Last updated: <time datetime="2026-11-29">29 November 2026</time>',
  nl: 'Laatst bijgewerkt op <time datetime="2026-11-29">29 november 2026</time>',
  de: 'Zuletzt aktualisiert am <time datetime="2026-11-29">29. November 2026</time>',
};
/** The policy's title in each language, as the root chooser offers it. */
const TITLES: Record<string, string> = {
  fr: 'Politique en matière de cookies',
  en: 'Cookie policy',
  nl: 'Cookiebeleid',
  de: 'Cookie-Richtlinie',
};

it('has the expectations of every language', () => {
  expect(Object.keys(DATE_LINES).sort()).toEqual([...localeCodes].sort());
  expect(Object.keys(TITLES).sort()).toEqual([...localeCodes].sort());
});

describe.each(localeCodes)('the %s policy page', (locale) => {
  const html = page(locale);

  it('declares its language and its canonical URL', () => {
    expect(html).toMatch(new RegExp(`<html lang="${locale}"`));
    expect(attr(html, /<link rel="canonical" href="([^"]+)"/g)).toEqual([[`${SITE}/${locale}/`]]);
  });

  it('lists every language plus x-default as alternates', () => {
    expect(attr(html, /<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)).toEqual([
      ...localeCodes.map((other) => [other, `${SITE}/${other}/`]),
      ['x-default', `${SITE}/`],
    ]);
  });

  it('offers the same page in every other language, marking the current one', () => {
    const nav = html.match(/<nav[^>]*class="language-switcher"[\s\S]*?<\/nav>/)![0];
    expect(attr(nav, /<a href="([^"]+)" hreflang="(\w+)"/g)).toEqual(
      localeCodes.map((other) => [`/${other}/`, other]),
    );
    expect(attr(nav, /<a [^>]*hreflang="(\w+)"[^>]*aria-current="page"/g)).toEqual([[locale]]);
  });

  it('shows the date of the last update in the locale’s own format', () => {
    expect(html).toContain(DATE_LINES[locale]);
  });

  it('contains the cookie table with every cookie and needs no script', () => {
    for (const name of ['sessionid', 'django_language', 'csrftoken', 'cookies_preferences']) {
      expect(html).toContain(`<tr id="cookie-${name}">`);
    }
    expect(html).not.toMatch(/<script/i);
  });
});

describe('the root page', () => {
  const html = page('');

  it('offers the policy in each language, each named in its own language, without a script', () => {
    expect(
      attr(
        html,
        /<li lang="(\w+)"><a href="([^"]+)" hreflang="\w+"><span class="choice-title">([^<]+)<\/span><span class="choice-language">([^<]+)</g,
      ),
    ).toEqual(
      localeCodes.map((locale) => [locale, `/${locale}/`, TITLES[locale], locales[locale].label]),
    );
    expect(html).not.toMatch(/<script|http-equiv="refresh"/i);
  });

  it('is the x-default of every page', () => {
    expect(attr(html, /<link rel="canonical" href="([^"]+)"/g)).toEqual([[`${SITE}/`]]);
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
