/**
 * The real policy pages, as built from the shipped content: a draft, since required operator
 * facts (the DPO's contact among them) are not found yet. In every language each page says so at
 * the top and is not indexed; each missing fact is shown as missing from the draft, never as
 * something the controller has not done; the rights section sends readers to the contact that
 * exists; the consent section follows the inventory (a preference cookie, a cookie that records
 * consent choices); the processor's own visitor policy is not linked; and the complaint paragraph
 * gives art. 77, the authority's complaint page and the languages it accepts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { localeCodes, type Locale } from '../../../../src/config/locales.ts';
import { authority } from '../../../../src/config/site.ts';
import { attributes, elements, parseHtml, textOf } from '../../../../src/lib/html.ts';

const distDir = inject('distDir');
const html = (locale: Locale) => readFileSync(join(distDir, locale, 'index.html'), 'utf8');
/** The text a reader sees in the page's `tag` elements. */
const textIn = (locale: Locale, tag: string) =>
  elements(parseHtml(html(locale)), tag)
    .map((element) => textOf(element))
    .join(' ');
const article = (locale: Locale) => textIn(locale, 'article');

const expected: Record<
  Locale,
  { draft: string; says: string[]; missingMarker: string; never: string[] }
> = {
  fr: {
    draft:
      'Projet non publié Cette politique est un projet. Elle ne sera publiée qu’une fois complétée\u00a0: il y manque encore l’adresse postale du responsable du traitement, les coordonnées du délégué à la protection des données,',
    says: [
      'Le portail utilise actuellement quatre cookies\u00a0: trois cookies strictement nécessaires et un cookie de préférences.',
      'Le portail vous demande votre consentement avant de déposer les cookies de préférences',
      'L’Agence du Numérique, responsable du traitement, détermine',
      'Opendatasoft les traite pour le compte du responsable du traitement et selon ses instructions, en qualité de sous-traitant.',
      'Pour exercer ces droits, adressez-vous au responsable du traitement au moyen du formulaire de contact du portail.',
      'ou auprès de l’autorité de contrôle de l’État membre de l’Union européenne où vous résidez habituellement ou travaillez (article\u00a077 du RGPD).',
      'L’Autorité de protection des données n’accepte que les plaintes rédigées en français, en néerlandais ou en allemand.',
    ],
    missingMarker: 'manque dans ce projet]',
    never: ['pas encore publié', 'figurent plus haut', 'ne vous le demande donc pas'],
  },
  en: {
    draft:
      'Unpublished draft This policy is a draft. It will be published only once complete: it still lacks the controller’s postal address, the data protection officer’s contact details,',
    says: [
      'The portal currently uses four cookies: three strictly necessary cookies and one preference cookie.',
      'The portal asks for your consent before it sets preference cookies',
      'The Agence du Numérique, the controller, decides',
      'Opendatasoft processes it as the controller’s processor, on its behalf and on its instructions.',
      'To exercise these rights, write to the controller through the portal’s contact form.',
      'or with the supervisory authority of the EU Member State where you habitually live or work (Article 77 GDPR).',
      'The Data Protection Authority accepts complaints only in French, Dutch or German: it does not accept complaints in English.',
    ],
    missingMarker: 'missing from this draft]',
    never: ['not yet published', 'given above', 'does not ask for it'],
  },
  nl: {
    draft:
      'Ontwerp, niet gepubliceerd Dit beleid is een ontwerp en wordt pas gepubliceerd als het volledig is. Nog ontbrekend: het postadres van de verwerkingsverantwoordelijke, de contactgegevens van de functionaris voor gegevensbescherming,',
    says: [
      'Het portaal gebruikt momenteel vier cookies: drie strikt noodzakelijke cookies en één voorkeurscookie.',
      'Agence du Numérique bepaalt als verwerkingsverantwoordelijke',
      'Om deze rechten uit te oefenen, neemt u contact op met de verwerkingsverantwoordelijke via het contactformulier van het portaal.',
      'of bij de toezichthoudende autoriteit van de EU-lidstaat waar u gewoonlijk verblijft of werkt (artikel 77 AVG).',
      'De Gegevensbeschermingsautoriteit aanvaardt alleen klachten in het Nederlands, het Frans of het Duits.',
    ],
    missingMarker: 'ontbreekt in dit ontwerp]',
    never: ['nog niet bekendgemaakt', 'hierboven', 'vraagt die dus ook niet'],
  },
  de: {
    draft:
      'Unveröffentlichter Entwurf Diese Cookie-Richtlinie ist ein Entwurf. Sie wird erst veröffentlicht, wenn sie vollständig ist; es fehlen noch: die Postanschrift der verantwortlichen Stelle, die Kontaktdaten der oder des Datenschutzbeauftragten,',
    says: [
      'Das Portal verwendet derzeit vier Cookies: drei unbedingt erforderliche Cookies und ein Präferenz-Cookie.',
      'Die Agence du Numérique entscheidet als Verantwortliche',
      'Verantwortliche: die Agence du Numérique, Betreiberin des Portals',
      'Um diese Rechte auszuüben, wenden Sie sich über das Kontaktformular des Portals an die verantwortliche Stelle.',
      'oder bei der Aufsichtsbehörde des EU-Mitgliedstaats, in dem Sie Ihren gewöhnlichen Aufenthalt oder Ihren Arbeitsplatz haben (Artikel 77 DSGVO).',
      'Die Datenschutzbehörde nimmt Beschwerden nur auf Deutsch, Französisch oder Niederländisch entgegen.',
    ],
    missingMarker: 'fehlt in diesem Entwurf]',
    never: [
      'noch nicht veröffentlicht',
      'Kontaktdaten finden Sie oben',
      'holt sie daher vor dem Setzen nicht ein',
    ],
  },
};

it('has expectations for every language of the site', () => {
  expect(Object.keys(expected).sort()).toEqual([...localeCodes].sort());
});

describe.each(localeCodes)('the shipped %s policy page, a draft', (locale) => {
  it('says at the top that it is a draft and what it lacks, and is not indexed', () => {
    expect(textIn(locale, 'main').startsWith(expected[locale].draft)).toBe(true);
    const robots = elements(parseHtml(html(locale)), 'meta', { name: 'robots' });
    expect(attributes(robots, 'content')).toEqual(['noindex']);
  });

  it('states the inventory’s facts and the roles of those who handle the data', () => {
    for (const sentence of expected[locale].says) expect(article(locale)).toContain(sentence);
  });

  it('shows each missing required fact as missing from the draft, and claims nothing about the controller', () => {
    // Postal address, DPO, legal text, server retention, transfers, where choices are changed.
    expect(article(locale).split(expected[locale].missingMarker).length - 1).toBe(5);
    for (const claim of expected[locale].never) expect(article(locale)).not.toContain(claim);
  });

  it('links the authority’s complaint page in its language, and the processor’s visitor policy nowhere', () => {
    const links = attributes(elements(parseHtml(html(locale)), 'a'), 'href');
    expect(links).toContain(authority.complaintUrl[locale]);
    expect(links.filter((href) => href.includes('opendatasoft.com/en/privacy-policy'))).toEqual([]);
  });
});
