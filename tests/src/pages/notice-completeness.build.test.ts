/**
 * What GDPR art. 13 and the Belgian authority ask a cookie policy to tell, read on the built page
 * of every language (issue 25, content review 2, sections 2 and 6): a short summary before the
 * first section, what each cookie contains, the basis of the consent-record cookie, that nothing
 * obliges the visitor and what refusing or not choosing leads to, how long a choice is kept, the
 * right to object apart from the other rights, profiling, and help for mobile browsers. The shipped
 * inventory has no recorded audit, so every sentence about the portal's behaviour says it is not
 * yet checked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { localeCodes, type Locale } from '../../../src/config/locales.ts';
import { elements, hasClass, parseHtml, textOf } from '../../../src/lib/html.ts';

const distDir = inject('distDir');
const NBSP = '\u00a0';

interface Expected {
  summary: string;
  basis: string;
  choices: string;
  objection: string;
  rightsWithoutObjection: RegExp;
  profiling: string;
  sessionContents: string;
  mobile: [string, string][];
}

const EXPECTED: Record<Locale, Expected> = {
  fr: {
    summary: `En bref${NBSP}: 4 cookies, tous déposés par le portail lui-même${NBSP}; 3 strictement nécessaires et 1 soumis à votre accord. Que le portail ne dépose aucun autre cookie n’a pas encore été vérifié.`,
    basis: `Le cookie cookies_preferences, qui enregistre vos choix en matière de cookies, repose quant à lui sur une obligation légale${NBSP}: le responsable du traitement doit pouvoir démontrer que vous avez donné votre consentement (article${NBSP}6, paragraphe${NBSP}1, point${NBSP}c), et article${NBSP}7, paragraphe${NBSP}1, du RGPD).`,
    choices: `Aucune obligation légale ou contractuelle ne vous impose d’accepter ces cookies ni de fournir les informations qu’ils contiennent. Si vous refusez, ou si vous ne faites aucun choix, aucun consentement n’est donné${NBSP}: le portail ne peut alors déposer que les cookies strictement nécessaires. Ce qu’il fait en l’absence de choix n’a pas encore été vérifié sur le portail. Selon la documentation de la plateforme, votre choix est conservé 6${NBSP}mois (cookie cookies_preferences), ce qui n’a pas encore été vérifié sur le portail${NBSP}; à l’expiration de ce délai, ou lorsque les cookies soumis à votre accord changent, il doit vous être redemandé.`,
    objection: 'Votre droit d’opposition.',
    rightsWithoutObjection: /opposer/,
    profiling: `Aucun des cookies décrits dans cette politique ne sert à établir un profil de vous ni à prendre à votre égard une décision fondée exclusivement sur un traitement automatisé (article 22 du RGPD)${NBSP}: aucune de leurs finalités, indiquées dans le tableau, n’en comporte. Que le portail ne dépose pas d’autres cookies n’a pas encore été vérifié.`,
    sessionContents: `Contenu${NBSP}: un identifiant de session tiré au hasard, qui renvoie aux données de votre session conservées sur le serveur, sans contenir ces données elles-mêmes.`,
    mobile: [
      ['Apple Safari (iPhone)', 'https://support.apple.com/fr-be/105082'],
      [
        'Google Chrome (Android)',
        'https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DAndroid&hl=fr',
      ],
    ],
  },
  en: {
    summary:
      'In short: 4 cookies, all set by the portal itself; 3 strictly necessary and 1 subject to your consent. Whether the portal sets no other cookie has not yet been checked.',
    basis:
      'The cookies_preferences cookie, which records your cookie choices, rests on a legal obligation instead: the controller must be able to demonstrate that you gave your consent (Article 6(1)(c) and Article 7(1) GDPR).',
    choices:
      'No legal or contractual obligation requires you to accept these cookies or to provide the information they hold. If you refuse, or make no choice, no consent is given: the portal may then set only the strictly necessary cookies. What it does when you make no choice has not yet been checked on the portal. According to the platform’s documentation, your choice is kept for 6 months (cookie cookies_preferences), which has not yet been checked on the portal; when that time is up, or when the cookies that need your consent change, you must be asked again.',
    objection: 'Your right to object.',
    rightsWithoutObjection: /object/,
    profiling:
      'None of the cookies described in this policy is used to build a profile of you or to take a decision about you based solely on automated processing (Article 22 GDPR): none of their purposes, given in the table, involves one. Whether the portal sets no other cookies has not yet been checked.',
    sessionContents:
      'Contents: a randomly generated session identifier, which points to your session data kept on the server without containing that data itself.',
    mobile: [
      ['Apple Safari (iPhone)', 'https://support.apple.com/en-gb/105082'],
      [
        'Google Chrome (Android)',
        'https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DAndroid&hl=en',
      ],
    ],
  },
  nl: {
    summary:
      'In het kort: 4 cookies, allemaal geplaatst door het portaal zelf; 3 strikt noodzakelijk en 1 waarvoor uw toestemming nodig is. Of het portaal geen andere cookies plaatst, is nog niet gecontroleerd.',
    basis:
      'De cookie cookies_preferences, die uw cookiekeuzes vastlegt, berust daarentegen op een wettelijke verplichting: de verwerkingsverantwoordelijke moet kunnen aantonen dat u uw toestemming hebt gegeven (artikel 6, lid 1, punt c), en artikel 7, lid 1, AVG).',
    choices:
      'Geen enkele wettelijke of contractuele verplichting dwingt u om deze cookies te aanvaarden of de informatie die ze bevatten te verstrekken. Als u weigert of geen keuze maakt, geeft u geen toestemming: het portaal mag dan alleen de strikt noodzakelijke cookies plaatsen. Wat het doet als u geen keuze maakt, is nog niet op het portaal gecontroleerd. Volgens de documentatie van het platform wordt uw keuze 6 maanden lang bewaard (cookie cookies_preferences); dat is nog niet op het portaal gecontroleerd. Daarna, of wanneer de cookies waarvoor uw toestemming nodig is veranderen, moet u opnieuw om uw keuze worden gevraagd.',
    objection: 'Uw recht van bezwaar.',
    rightsWithoutObjection: /bezwaar/,
    profiling:
      'Geen van de cookies die in dit beleid worden beschreven, dient om een profiel van u op te stellen of om over u een besluit te nemen dat uitsluitend op geautomatiseerde verwerking berust (artikel 22 AVG): geen van hun doeleinden, vermeld in de tabel, houdt dat in. Of het portaal geen andere cookies plaatst, is nog niet gecontroleerd.',
    sessionContents:
      'Inhoud: een willekeurig gegenereerde sessie-ID, die verwijst naar uw sessiegegevens op de server zonder die gegevens zelf te bevatten.',
    mobile: [
      ['Apple Safari (iPhone)', 'https://support.apple.com/nl-be/105082'],
      [
        'Google Chrome (Android)',
        'https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DAndroid&hl=nl',
      ],
    ],
  },
  de: {
    summary:
      'Kurz gesagt: 4 Cookies, alle vom Portal selbst gesetzt; 3 unbedingt erforderlich und 1 einwilligungspflichtig. Ob das Portal keine weiteren Cookies setzt, wurde noch nicht geprüft.',
    basis:
      'Das Cookie cookies_preferences, das Ihre Cookie-Einstellungen speichert, beruht dagegen auf einer rechtlichen Verpflichtung: Ihre Einwilligung muss nachgewiesen werden können (Artikel 6 Absatz 1 Buchstabe c und Artikel 7 Absatz 1 DSGVO).',
    choices:
      'Sie sind weder gesetzlich noch vertraglich verpflichtet, diese Cookies zu akzeptieren oder die darin enthaltenen Informationen bereitzustellen. Wenn Sie ablehnen oder keine Auswahl treffen, erteilen Sie keine Einwilligung: Das Portal darf dann nur die unbedingt erforderlichen Cookies setzen. Was es tut, wenn Sie keine Auswahl treffen, wurde auf dem Portal noch nicht geprüft. Laut der Dokumentation der Plattform wird Ihre Auswahl 6 Monate lang gespeichert (Cookie cookies_preferences); das wurde auf dem Portal noch nicht geprüft. Danach, oder wenn sich die einwilligungspflichtigen Cookies ändern, müssen Sie erneut gefragt werden.',
    objection: 'Ihr Widerspruchsrecht.',
    rightsWithoutObjection: /widersprechen/,
    profiling:
      'Keines der in dieser Richtlinie beschriebenen Cookies dient dazu, ein Profil von Ihnen zu erstellen oder eine ausschließlich auf einer automatisierten Verarbeitung beruhende Entscheidung über Sie zu treffen (Artikel 22 DSGVO): Keiner ihrer in der Tabelle genannten Zwecke sieht das vor. Ob das Portal keine weiteren Cookies setzt, wurde noch nicht geprüft.',
    sessionContents:
      'Inhalt: eine zufällig erzeugte Sitzungskennung, die auf Ihre auf dem Server gespeicherten Sitzungsdaten verweist, ohne diese Daten selbst zu enthalten.',
    mobile: [
      ['Apple Safari (iPhone)', 'https://support.apple.com/de-de/105082'],
      [
        'Google Chrome (Android)',
        'https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DAndroid&hl=de',
      ],
    ],
  },
};

describe.each(localeCodes)('the %s policy page', (locale) => {
  const html = readFileSync(join(distDir, locale, 'index.html'), 'utf8');
  const document = parseHtml(html);
  const expected = EXPECTED[locale];
  const paragraphs = elements(document, 'p').map((paragraph) => textOf(paragraph));

  it('opens with a short summary computed from the inventory, before the first section', () => {
    const [summary] = elements(document, 'p', { class: hasClass('policy-summary') });
    expect(summary && textOf(summary)).toBe(expected.summary);
    expect(html.indexOf('policy-summary')).toBeLessThan(html.indexOf('<h2'));
  });

  it('says what each cookie contains, in its row', () => {
    for (const name of ['sessionid', 'django_language', 'csrftoken', 'cookies_preferences']) {
      const [row] = elements(document, 'tr', { id: `cookie-${name}` });
      expect(elements(row!, 'span', { class: hasClass('note-contents') }), name).toHaveLength(1);
    }
    const [session] = elements(document, 'tr', { id: 'cookie-sessionid' });
    const [contents] = elements(session!, 'span', { class: hasClass('note-contents') });
    expect(textOf(contents!)).toBe(expected.sessionContents);
  });

  it('gives the consent-record cookie its own basis: the duty to show consent', () => {
    expect(paragraphs).toContain(expected.basis);
  });

  it('says nothing obliges you, what refusing or not choosing leads to, and how long a choice lasts', () => {
    expect(paragraphs).toContain(expected.choices);
  });

  it('presents the right to object apart from the other rights', () => {
    const objection = elements(document, 'p').find((paragraph) => {
      const [lead] = elements(paragraph, 'strong');
      return lead !== undefined && textOf(lead) === expected.objection;
    });
    expect(objection, 'a paragraph of its own, led by its name').toBeDefined();
    // The list of the other rights (the one naming portability) no longer carries it.
    const rights = elements(document, 'ul')
      .map((list) => textOf(list))
      .find((text) => /portab|overdraagbaarheid|Datenübertragbarkeit/i.test(text));
    expect(rights, 'the list of rights').toBeDefined();
    expect(rights).not.toMatch(expected.rightsWithoutObjection);
  });

  it('says no cookie described profiles or decides, and that no other cookie is checked yet', () => {
    expect(paragraphs).toContain(expected.profiling);
  });

  it('links the help pages of Safari on iPhone and Chrome on Android beside the desktop ones', () => {
    const links = elements(document, 'a').map((link) => [textOf(link), link.attribs.href]);
    for (const mobile of expected.mobile) expect(links).toContainEqual(mobile);
  });
});
