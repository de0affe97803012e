/**
 * The real build of a policy whose inventory adds a third-party statistics cookie and a marketing
 * cookie (tests/fixtures/sites/third-party-consent), with a published place to change cookie
 * choices: in every language, the unchanged MDX pages now say that consent is asked for those
 * categories, name both third parties and link to the settings, and no longer say that every
 * cookie is strictly necessary or that no other website can read them. One build, all locales.
 */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localeCodes, type Locale } from '../../../../src/config/locales.ts';
import { publishConsentSettings } from '../../../../src/config/publish-consent-settings.ts';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { buildSite } from '../../../support/build-site.ts';
import { copyProject } from '../../../support/copy-project.ts';
import { elements, parseHtml, textOf } from '../../../../src/lib/html.ts';

const SETTINGS_URL = 'https://portal.example.org/cookies/';
const settingsLabel: Record<Locale, string> = {
  fr: 'Gestion des cookies',
  en: 'Cookie management',
  nl: 'Cookiebeheer',
  de: 'Cookie-Verwaltung',
};

/** What a reader of each language must now find, and what the necessary-only page said. */
const expected: Record<Locale, { present: string[]; absent: string[] }> = {
  fr: {
    present: [
      'Le portail vous demande votre consentement avant de déposer les cookies de mesure d’audience et les cookies de marketing',
      'Les cookies de mesure d’audience et les cookies de marketing ne sont déposés qu’avec votre consentement préalable.',
      'Audience Example dépose le cookie _pk_id.* en tant que tiers',
      'Adnet Example dépose le cookie ad_visitor en tant que tiers',
    ],
    absent: ['sont tous strictement nécessaires', 'Ce sont tous des cookies propriétaires'],
  },
  en: {
    present: [
      'The portal asks for your consent before it sets statistics cookies and marketing cookies',
      'Statistics cookies and marketing cookies are set only with your prior consent.',
      'Audience Example sets the cookie _pk_id.* as a third party',
      'Adnet Example sets the cookie ad_visitor as a third party',
    ],
    absent: [
      'are strictly necessary for it to work, so they need no consent',
      'They are all first-party cookies',
    ],
  },
  nl: {
    present: [
      'Het portaal vraagt uw toestemming voordat het statistische cookies en marketingcookies plaatst',
      'Statistische cookies en marketingcookies worden alleen met uw voorafgaande toestemming geplaatst.',
      'Audience Example plaatst de cookie _pk_id.* als derde partij',
      'Adnet Example plaatst de cookie ad_visitor als derde partij',
    ],
    absent: ['zijn strikt noodzakelijk om het te laten werken', 'Het zijn allemaal eigen cookies'],
  },
  de: {
    present: [
      'Das Portal holt Ihre Einwilligung ein, bevor es Statistik-Cookies und Marketing-Cookies setzt',
      'Statistik-Cookies und Marketing-Cookies werden nur mit Ihrer vorherigen Einwilligung gesetzt.',
      'Audience Example setzt das Cookie _pk_id.* als Drittanbieter',
      'Adnet Example setzt das Cookie ad_visitor als Drittanbieter',
    ],
    absent: [
      'sind für seinen Betrieb unbedingt erforderlich',
      'Es sind ausschließlich Erstanbieter-Cookies',
    ],
  },
};

/** The article's text as a reader gets it: tags dropped, entities decoded, spaces collapsed. */
function articleText(html: string): string {
  return elements(parseHtml(html), 'article')
    .map((article) => textOf(article))
    .join(' ');
}

let copy: ReturnType<typeof copyProject>;
const pages = new Map<Locale, string>();

beforeAll(async () => {
  copy = copyProject();
  const { dir } = copy;
  const fixture = fileURLToPath(
    new URL('../../../fixtures/sites/third-party-consent/content/', import.meta.url),
  );
  cpSync(fixture, join(dir, 'content'), { recursive: true });
  publishConsentSettings(
    dir,
    { url: SETTINGS_URL, label: settingsLabel },
    { url: 'https://portal.example.org/terms/', note: 'The fixture portal’s terms say so.' },
  );
  // The fixture's inventory is a change like any other: published only as a recorded version.
  // Recorded by the copy's own command, which reads the copy's site.ts (settings published).
  await promisify(execFile)(process.execPath, [join(dir, 'scripts/policy-version.ts'), dir], {
    cwd: dir,
  });
  const outDir = join(dir, 'dist');
  const result = await buildSite({ root: dir, outDir, env: { POLICY_PDF: 'off' } });
  if (result.code !== 0) throw new Error(`The fixture site does not build:\n${result.output}`);
  for (const locale of localeCodes) {
    pages.set(locale, readFileSync(join(outDir, locale, 'index.html'), 'utf8'));
  }
});
afterAll(() => copy.remove());

it('has expectations for every language of the site', () => {
  expect(Object.keys(expected).sort()).toEqual([...localeCodes].sort());
  expect(Object.keys(settingsLabel).sort()).toEqual([...localeCodes].sort());
});

describe.each(localeCodes)('the %s page of a portal with third-party cookies', (locale) => {
  it('says consent is asked for those categories and names the third parties', () => {
    const text = articleText(pages.get(locale)!);
    for (const sentence of expected[locale].present) expect(text).toContain(sentence);
  });

  it('no longer says every cookie is necessary or that no other website reads them', () => {
    const text = articleText(pages.get(locale)!);
    for (const claim of expected[locale].absent) expect(text).not.toContain(claim);
  });

  it('links to the place where visitors change or withdraw their choices', () => {
    expect(pages.get(locale)!).toContain(`<a href="${SETTINGS_URL}">${settingsLabel[locale]}</a>`);
  });
});
