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
      // No audit observed the portal: the law's rule, never a claim that the portal follows it.
      'La loi impose au portail de vous demander votre consentement avant de déposer les cookies de préférences. Qu’il ne les dépose qu’après votre accord n’a pas encore été vérifié sur le portail.',
      'Cet inventaire n’a pas encore été vérifié sur le portail.',
      'qui exploite le portail ODWB – Open Data Wallonie-Bruxelles (www.odwb.be)',
      'L’Agence du Numérique, responsable du traitement, détermine',
      'Opendatasoft les traite pour le compte du responsable du traitement et selon ses instructions, en qualité de sous-traitant.',
      'Pour exercer ces droits, adressez-vous au responsable du traitement au moyen du formulaire de contact du portail.',
      'ou auprès de l’autorité de contrôle de l’État membre de l’Espace économique européen où vous résidez habituellement, où vous travaillez ou où la violation aurait été commise.',
      'L’Autorité de protection des données n’accepte que les plaintes rédigées en français, en néerlandais ou en allemand.',
    ],
    missingMarker: 'manque dans ce projet]',
    never: [
      'pas encore publié',
      'figurent plus haut',
      'ne vous le demande donc pas',
      'ne les dépose pas si vous le refusez',
      'aucun autre site ne peut les lire',
      'version en vigueur',
      'Première version publiée',
      '( www',
    ],
  },
  en: {
    draft:
      'Unpublished draft This policy is a draft. It will be published only once complete: it still lacks the controller’s postal address, the data protection officer’s contact details,',
    says: [
      'The portal currently uses four cookies: three strictly necessary cookies and one preference cookie.',
      'The law requires the portal to ask for your consent before it sets preference cookies. That it sets them only after you agree has not yet been checked on the portal.',
      'This inventory has not yet been checked on the portal.',
      'The Agence du Numérique, the controller, decides',
      'Opendatasoft processes it as the controller’s processor, on its behalf and on its instructions.',
      'To exercise these rights, write to the controller through the portal’s contact form.',
      'or with the supervisory authority of the European Economic Area state where you habitually live, where you work or where the alleged infringement took place.',
      'The Data Protection Authority accepts complaints only in French, Dutch or German (not in English).',
    ],
    missingMarker: 'missing from this draft]',
    never: [
      'not yet published',
      'given above',
      'does not ask for it',
      'does not set them if you refuse',
      'no other website can read them',
      'current version',
      '( www',
    ],
  },
  nl: {
    draft:
      'Ontwerp, niet gepubliceerd Dit beleid is een ontwerp en wordt pas gepubliceerd als het volledig is. Er ontbreken nog: het postadres van de verwerkingsverantwoordelijke, de contactgegevens van de functionaris voor gegevensbescherming,',
    says: [
      'Het portaal gebruikt momenteel vier cookies: drie strikt noodzakelijke cookies en één voorkeurscookie.',
      'Agence du Numérique bepaalt als verwerkingsverantwoordelijke',
      'Om deze rechten uit te oefenen, neemt u contact op met de verwerkingsverantwoordelijke via het contactformulier van het portaal.',
      'of bij de toezichthoudende autoriteit van de staat van de Europese Economische Ruimte waar u gewoonlijk verblijft, waar u werkt of waar de vermeende inbreuk is gepleegd.',
      'De Gegevensbeschermingsautoriteit aanvaardt alleen klachten in het Nederlands, het Frans of het Duits.',
    ],
    missingMarker: 'ontbreekt in dit ontwerp]',
    never: ['nog niet bekendgemaakt', 'hierboven', 'vraagt die dus ook niet'],
  },
  de: {
    draft:
      'Unveröffentlichter Entwurf Diese Cookie-Richtlinie ist ein Entwurf. Sie wird erst veröffentlicht, wenn sie vollständig ist; es fehlen noch: die Postanschrift der Verantwortlichen, die Kontaktdaten der oder des Datenschutzbeauftragten,',
    says: [
      'Das Portal verwendet derzeit vier Cookies: drei unbedingt erforderliche Cookies und ein Präferenz-Cookie.',
      'Die Agence du Numérique entscheidet als Verantwortliche',
      'Verantwortliche: die Agence du Numérique, Betreiberin des Portals',
      'Um diese Rechte auszuüben, wenden Sie sich über das Kontaktformular des Portals an die Verantwortliche.',
      'oder bei der Aufsichtsbehörde des Staates des Europäischen Wirtschaftsraums, in dem Sie Ihren gewöhnlichen Aufenthalt oder Ihren Arbeitsplatz haben oder in dem der mutmaßliche Verstoß begangen wurde.',
      'Die Datenschutzbehörde nimmt Beschwerden nur auf Deutsch, Französisch oder Niederländisch entgegen.',
    ],
    missingMarker: 'fehlt in diesem Entwurf]',
    never: [
      'noch nicht veröffentlicht',
      'Kontaktdaten finden Sie oben',
      'holt sie daher vor dem Setzen nicht ein',
      'verantwortliche Stelle',
      'Cookie-Entscheidungen',
      '( www',
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
    // Joint controllers, postal address, DPO, legal text, server retention, hosting, transfers;
    // where choices are changed is a sentence of its own.
    expect(article(locale).split(expected[locale].missingMarker).length - 1).toBe(7);
    for (const claim of expected[locale].never) expect(article(locale)).not.toContain(claim);
  });

  it('links the authority’s complaint page in its language, and the processor’s visitor policy nowhere', () => {
    const links = attributes(elements(parseHtml(html(locale)), 'a'), 'href');
    expect(links).toContain(authority.complaintUrl[locale]);
    expect(links.filter((href) => href.includes('opendatasoft.com/en/privacy-policy'))).toEqual([]);
  });
});
