/**
 * The real policy pages, as built from the real inventory and site configuration: in every
 * language they say what the necessary-only inventory means (all necessary, all first-party, no
 * consent asked), name the controller and its processor by their GDPR roles, show each operator
 * fact not yet found as not yet published, and name the complaint authority with its address.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { localeCodes, type Locale } from '../../../../src/config/locales.ts';
import { isMissing, operator } from '../../../../src/config/site.ts';
import { elements, parseHtml, textOf } from '../../../../src/lib/html.ts';

const distDir = inject('distDir');
const text = (locale: Locale) =>
  elements(parseHtml(readFileSync(join(distDir, locale, 'index.html'), 'utf8')), 'article')
    .map((article) => textOf(article))
    .join(' ');

const expected: Record<Locale, { says: string[]; notPublished: string }> = {
  fr: {
    says: [
      'Les 4 cookies que le portail utilise actuellement sont tous strictement nécessaires à son fonctionnement\u00a0: ils sont dispensés de consentement.',
      'Ce sont tous des cookies propriétaires\u00a0: le portail les dépose lui-même, et aucun autre site ne peut les lire.',
      'Agence du Numérique, qui exploite le portail',
      'Opendatasoft les traite pour le compte du responsable du traitement et selon ses instructions, en qualité de sous-traitant.',
      'Aucun des cookies du portail ne nécessite votre consentement',
      'Autorité de protection des données (APD)',
      'rue de la Presse 35, 1000 Bruxelles, www.autoriteprotectiondonnees.be',
    ],
    notPublished: 'information pas encore publiée par le responsable du traitement',
  },
  en: {
    says: [
      'All 4 cookies the portal currently uses are strictly necessary for it to work, so they need no consent.',
      'They are all first-party cookies: the portal sets them itself, and no other website can read them.',
      'Agence du Numérique, which runs the',
      'Opendatasoft processes it on the controller’s behalf and instructions, as its processor.',
      'None of the portal’s cookies needs your consent',
      'Data Protection Authority (DPA)',
      'Rue de la Presse 35, 1000 Brussels, www.dataprotectionauthority.be',
    ],
    notPublished: 'not yet published by the controller',
  },
  nl: {
    says: [
      'Alle 4 cookies die het portaal momenteel gebruikt, zijn strikt noodzakelijk om het te laten werken.',
      'Het zijn allemaal eigen cookies: het portaal plaatst ze zelf, en geen andere website kan ze uitlezen.',
      'Agence du Numérique, die het portaal',
      'Opendatasoft verwerkt ze als verwerker, in opdracht en volgens de instructies van de verwerkingsverantwoordelijke.',
      'Geen enkele cookie van het portaal vereist uw toestemming.',
      'Gegevensbeschermingsautoriteit (GBA)',
      'Drukpersstraat 35, 1000 Brussel, www.gegevensbeschermingsautoriteit.be',
    ],
    notPublished: 'nog niet bekendgemaakt door de verwerkingsverantwoordelijke',
  },
  de: {
    says: [
      'Alle 4 Cookies, die das Portal derzeit verwendet, sind für seinen Betrieb unbedingt erforderlich',
      'Es sind ausschließlich Erstanbieter-Cookies: Das Portal setzt sie selbst, und keine andere Website kann sie auslesen.',
      'Agence du Numérique, Betreiber des Portals',
      'Opendatasoft verarbeitet sie als Auftragsverarbeiter im Auftrag und nach Weisung des Verantwortlichen.',
      'Keines der Cookies des Portals erfordert Ihre Einwilligung',
      'Datenschutzbehörde (GBA)',
      'Rue de la Presse 35, 1000 Brüssel, www.datenschutzbehorde.be',
    ],
    notPublished: 'vom Verantwortlichen noch nicht veröffentlicht',
  },
};

it('has expectations for every language of the site', () => {
  expect(Object.keys(expected).sort()).toEqual([...localeCodes].sort());
});

describe.each(localeCodes)('the %s policy page', (locale) => {
  it('states the inventory’s facts and the roles of those who handle the data', () => {
    const page = text(locale);
    for (const sentence of expected[locale].says) expect(page).toContain(sentence);
  });

  it('shows each operator fact not found yet as not yet published, and never a guess', () => {
    const missing = [operator.postalAddress, operator.dpoContact].filter(isMissing).length;
    const shown = text(locale).split(expected[locale].notPublished).length - 1;
    expect(shown).toBe(missing);
  });
});
