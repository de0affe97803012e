/**
 * The built pages, read from the real dist/: one per locale under its prefix, each saying its
 * language, its canonical URL and its alternates, with a language switcher and no script.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, inject, it } from 'vitest';
import { formatDate } from '../../src/i18n/dates.ts';

const distDir = inject('distDir');
const LOCALES = ['fr', 'en', 'nl', 'de'];
const SITE = 'https://cookies.odwb.be';
const page = (path: string) => readFileSync(join(distDir, path, 'index.html'), 'utf8');
/** The current version's date, read from content/versions.yaml on its own. */
const versionDate = (
  yaml.load(readFileSync(new URL('../../content/versions.yaml', import.meta.url), 'utf8'), {
    schema: yaml.CORE_SCHEMA,
  }) as { date: string }[]
).at(-1)!.date;
const attr = (html: string, pattern: RegExp) =>
  [...html.matchAll(pattern)].map((match) => match.slice(1));

describe.each(LOCALES)('the %s policy page', (locale) => {
  const html = page(locale);

  it('declares its language and its canonical URL', () => {
    expect(html).toMatch(new RegExp(`<html lang="${locale}"`));
    expect(attr(html, /<link rel="canonical" href="([^"]+)"/g)).toEqual([[`${SITE}/${locale}/`]]);
  });

  it('lists all four languages plus x-default as alternates', () => {
    expect(attr(html, /<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)).toEqual([
      ...LOCALES.map((other) => [other, `${SITE}/${other}/`]),
      ['x-default', `${SITE}/`],
    ]);
  });

  it('offers the same page in every other language, marking the current one', () => {
    const nav = html.match(/<nav[^>]*class="language-switcher"[\s\S]*?<\/nav>/)![0];
    expect(attr(nav, /<a href="([^"]+)" hreflang="(\w+)"/g)).toEqual(
      LOCALES.map((other) => [`/${other}/`, other]),
    );
    expect(attr(nav, /<a [^>]*hreflang="(\w+)"[^>]*aria-current="page"/g)).toEqual([[locale]]);
  });

  it('shows the current version’s date in the locale’s own words and format', () => {
    const sentences: Record<string, string> = {
      fr: 'Dernière mise à jour : ',
      en: 'Last updated: ',
      nl: 'Laatst bijgewerkt op ',
      de: 'Zuletzt aktualisiert am ',
    };
    expect(formatDate('2026-11-29', locale as 'fr')).toBe(
      {
        fr: '29 novembre 2026',
        en: '29 November 2026',
        nl: '29 november 2026',
        de: '29. November 2026',
      }[locale],
    );
    expect(html).toContain(
      `${sentences[locale]}<time datetime="${versionDate}">${formatDate(versionDate, locale as 'fr')}</time>`,
    );
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
    ).toEqual([
      ['fr', '/fr/', 'Politique en matière de cookies', 'Français'],
      ['en', '/en/', 'Cookie policy', 'English'],
      ['nl', '/nl/', 'Cookiebeleid', 'Nederlands'],
      ['de', '/de/', 'Cookie-Richtlinie', 'Deutsch'],
    ]);
    expect(html).not.toMatch(/<script|http-equiv="refresh"/i);
  });

  it('is the x-default of every page', () => {
    expect(attr(html, /<link rel="canonical" href="([^"]+)"/g)).toEqual([[`${SITE}/`]]);
  });
});

describe('dist/', () => {
  it('holds the four locale pages and the root chooser, and no JavaScript', () => {
    const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).sort();
    for (const path of [
      'index.html',
      'fr/index.html',
      'en/index.html',
      'nl/index.html',
      'de/index.html',
    ]) {
      expect(files).toContain(path);
    }
    expect(files.filter((file) => file.endsWith('.js'))).toEqual([]);
  });
});
