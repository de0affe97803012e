/**
 * The cookie table rendered by Astro's Container API in each locale, from the real inventory:
 * what a visitor reads in each language, not how the markup is built.
 */
import { readFileSync } from 'node:fs';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import CookieTableView from '../../../src/components/CookieTableView.astro';
import { localeCodes, locales } from '../../../src/config/locales.ts';
import { checkInventory } from '../../../src/content-check/data.ts';
import type { Inventory } from '../../../src/data/schema.ts';
import { attributes, elements, parseHtml, textOf } from '../../../src/lib/html.ts';

const read = (path: string) => ({
  path,
  text: readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'),
});
const inventory: Inventory = checkInventory(
  read('content/cookies.yaml'),
  read('content/providers.yaml'),
);

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** The portal's name as content/operator.yaml gives it. */
const PORTAL_NAME = 'ODWB – Open Data Wallonie-Bruxelles';

async function renderTable(locale: string, data: Inventory = inventory) {
  const rendered = await container.renderToString(CookieTableView, {
    props: { ...data, locale, portalName: PORTAL_NAME },
  });
  const document = parseHtml(rendered);
  return { document, text: textOf(document) };
}

/** Headers, category, sessionid's lifetime and purpose, as a reader of each language sees them. */
interface Words {
  caption: string;
  headers: string[];
  category: string;
  sessionLifetime: string;
  sessionPurpose: string;
}
const expected: Record<string, Words> = {
  fr: {
    caption: 'Cookies déposés par le portail ODWB – Open Data Wallonie-Bruxelles',
    headers: [
      'Cookie',
      'Fournisseur',
      'Fonction du portail',
      'Finalité',
      'Durée de conservation',
      'Type',
    ],
    category: 'Cookies strictement nécessaires',
    sessionLifetime: '2\u00a0semaines',
    sessionPurpose: 'Vous reconnaître d’une page à l’autre après votre connexion à votre compte.',
  },
  en: {
    caption: 'Cookies set by the ODWB – Open Data Wallonie-Bruxelles portal',
    headers: ['Cookie', 'Provider', 'Portal feature', 'Purpose', 'Storage duration', 'Type'],
    category: 'Strictly necessary cookies',
    sessionLifetime: '2 weeks',
    sessionPurpose: 'Recognises you from one page to the next once you have signed in.',
  },
  nl: {
    caption: 'Cookies die het portaal ODWB – Open Data Wallonie-Bruxelles plaatst',
    headers: ['Cookie', 'Aanbieder', 'Functie van het portaal', 'Doel', 'Bewaartermijn', 'Soort'],
    category: 'Strikt noodzakelijke cookies',
    sessionLifetime: '2 weken',
    sessionPurpose: 'Herkent u van pagina tot pagina zodra u bent aangemeld.',
  },
  de: {
    caption: 'Cookies, die das Portal ODWB – Open Data Wallonie-Bruxelles setzt',
    headers: ['Cookie', 'Anbieter', 'Funktion des Portals', 'Zweck', 'Speicherdauer', 'Art'],
    category: 'Unbedingt erforderliche Cookies',
    sessionLifetime: '2 Wochen',
    sessionPurpose: 'Erkennt Sie nach der Anmeldung von Seite zu Seite wieder.',
  },
};

it('has the expected words of every language', () => {
  expect(Object.keys(expected).sort()).toEqual([...localeCodes].sort());
});

describe.each(localeCodes)('the cookie table in %s', (locale) => {
  const words = expected[locale]!;
  it('has a caption and column headers with scopes, in the page’s language', async () => {
    const { document } = await renderTable(locale);
    expect(elements(document, 'caption').map(textOf)).toEqual([words.caption]);
    expect(elements(document, 'th', { scope: 'col' }).map(textOf)).toEqual(words.headers);
  });

  it('lists every cookie once, as a row header with a stable anchor', async () => {
    const { document } = await renderTable(locale);
    for (const cookie of inventory.cookies) {
      const rows = elements(document, 'tr', { id: `cookie-${cookie.name}` });
      expect(rows).toHaveLength(1);
      const [header] = elements(rows[0]!, 'th', { scope: 'row' });
      expect(elements(header!, 'code').map(textOf)[0]).toBe(cookie.name);
    }
  });

  it('writes each purpose and lifetime in the page’s language', async () => {
    const { document, text } = await renderTable(locale);
    expect(text).toContain(words.category);
    expect(elements(document, 'span', { 'data-lifetime': 'P2W' }).map(textOf)).toContain(
      words.sessionLifetime,
    );
    expect(text).toContain(words.sessionPurpose);
    for (const cookie of inventory.cookies) {
      expect(text).toContain(cookie.purpose[locale]);
    }
  });
});

describe('grouping by category', () => {
  it('shows one row group per category present, in the schema’s order, with its consent rule', async () => {
    const statistics = {
      ...inventory.cookies[0]!,
      name: '_pk_id.*',
      wildcard: true,
      category: 'statistics' as const,
      lifetime: 'P13M',
    };
    const necessary = inventory.cookies.filter((cookie) => cookie.category === 'necessary');
    const { document, text } = await renderTable('en', {
      ...inventory,
      cookies: [statistics, ...necessary],
    });
    const groups = attributes(elements(document, 'th', { scope: 'colgroup' }), 'id');
    expect(groups).toEqual(['category-necessary', 'category-statistics']);
    expect(text).toContain('Statistics cookies (1 cookie) Subject to your prior consent.');
    expect(text).toContain(
      `Strictly necessary cookies (${necessary.length} cookies) Needed to provide the service you ask for: they need no consent.`,
    );
    expect(text).toContain(
      'Every cookie whose name matches this pattern; * stands for a part that varies.',
    );
    expect(text).toContain('13 months');
  });
});

describe('links to one cookie in other languages', () => {
  it('offers each row in the other languages, at the same anchor', async () => {
    const alternates = localeCodes.map((locale) => ({ locale, href: `/${locale}/` }));
    const rendered = await container.renderToString(CookieTableView, {
      props: { ...inventory, locale: 'nl', alternates },
    });
    const [row] = elements(parseHtml(rendered), 'tr', { id: 'cookie-csrftoken' });
    expect(textOf(row!)).toContain('De beschrijving van deze cookie in een andere taal:');
    expect(
      elements(row!, 'a', { hreflang: true, lang: true }).map((link) => [
        link.attribs.href,
        link.attribs.hreflang,
        textOf(link),
      ]),
    ).toEqual(
      localeCodes
        .filter((locale) => locale !== 'nl')
        .map((locale) => [`/${locale}/#cookie-csrftoken`, locale, locales[locale].label]),
    );
  });
});

describe('a row with one text not translated yet and another behind the French', () => {
  // sessionid in English: its condition never translated (shown in French, as French first
  // fills it), its purpose translated before the French changed on 3 December 2026.
  const sessionid = inventory.cookies.find((cookie) => cookie.name === 'sessionid')!;
  const mixed: Inventory = {
    ...inventory,
    cookies: inventory.cookies.map((cookie) =>
      cookie === sessionid
        ? { ...cookie, condition: { ...sessionid.condition!, en: sessionid.condition!.fr } }
        : cookie,
    ),
  };
  const staleRows = {
    since: new Map([['sessionid', '2026-12-03']]),
    untranslated: new Set<string>(),
    partlyUntranslated: new Set(['sessionid']),
    referenceHref: '/fr/',
  };

  it('shows the missing text in French, said to be French, and a notice that says both', async () => {
    const rendered = await container.renderToString(CookieTableView, {
      props: { ...mixed, locale: 'en', portalName: PORTAL_NAME, staleRows },
    });
    const [row] = elements(parseHtml(rendered), 'tr', { id: 'cookie-sessionid' });
    expect(elements(row!, '*', { lang: 'fr-BE' }).map(textOf)).toEqual([sessionid.condition!.fr]);
    expect(elements(row!, 'span', { role: 'note' }).map(textOf)).toEqual([
      'Part of the description of this cookie is not translated yet and is shown in French, which is the reference text; the rest does not yet include the French changes of 3 December 2026. Read the French version',
    ]);
    const [link] = elements(row!, 'a', { hreflang: 'fr' });
    expect(link!.attribs['href']).toBe('/fr/#cookie-sessionid');
  });
});
