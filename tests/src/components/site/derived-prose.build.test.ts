/**
 * The real build of a policy whose data changed, read as a visitor reads the four pages: the
 * inventory adds a third-party statistics cookie and a marketing cookie and marks the cookie that
 * records consent choices (tests/fixtures/sites/third-party-consent), and content/operator.yaml
 * has every fact, among them the place to change cookie choices and the DPO's contact
 * (tests/fixtures/operator/complete.yaml), so it is built with POLICY_PUBLISH=1. In every language the
 * unchanged MDX pages now say that consent is asked for those categories, name both third
 * parties, link to the settings and to the DPO (in the facts and in the rights section), link a
 * third party's privacy policy with its language but not the processor's own visitor policy, and
 * no longer say that every cookie is strictly necessary, that no other website can read them or
 * that the DPO's contact is missing; the audit having observed them, they say what refusing leads
 * to, how long a choice is kept, that the marketing cookie profiles, and the summary counts the third
 * parties without claiming there is none. The shipped build (policy-facts.build.test.ts) is the other side:
 * DPO missing, a draft. One build, all locales.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localeCodes, type Locale } from '../../../../src/config/locales.ts';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { buildSite } from '../../../support/build-site.ts';
import { recordCompleteEvaluation } from '../../../support/manual-evaluation.ts';
import { copyProject } from '../../../support/copy-project.ts';
import { elements, hasClass, parseHtml, textOf } from '../../../../src/lib/html.ts';
import { present } from '../../../support/present.ts';
import { edit } from '../../../support/edit-file.ts';
import { publishLastVersion } from '../../../support/history.ts';
import { checkInventory } from '../../../../src/content-check/data.ts';
import { lifetimeSeconds, parseLifetime } from '../../../../src/data/lifetime.ts';
import type { Cookie } from '../../../../src/data/schema.ts';
import { todayInBrussels } from '../../../../src/versions/today.ts';

const DPO = 'mailto:dpo@example.org';
/** The control that reopens the banner, described (it has no address of its own). */
const settingsLabel: Record<Locale, string> = {
  fr: 'Vous pouvez modifier vos choix ou retirer votre consentement à tout moment, aussi facilement que vous l’avez donné, au moyen du lien «\u00a0Cookies\u00a0» en bas de chaque page du portail, qui rouvre la fenêtre de choix.',
  en: 'You can change your choices or withdraw your consent at any time, as easily as you gave it, through the “Cookies” link at the bottom of every page of the portal, which opens the choice window again.',
  nl: 'U kunt uw keuzes op elk moment wijzigen en uw toestemming even eenvoudig intrekken als u ze hebt gegeven, via de link ‘Cookies’ onderaan elke pagina van het portaal, die het keuzevenster opnieuw opent.',
  de: 'Sie können Ihre Auswahl jederzeit ändern und Ihre Einwilligung so einfach widerrufen, wie Sie sie erteilt haben, über den Link „Cookies“ unten auf jeder Seite des Portals, der das Auswahlfenster erneut öffnet.',
};

/** Why each strictly necessary cookie of the fixture lasts beyond the session (WP194). */
const EXEMPT_BECAUSE = `  exemptBecause:
    fr: il sert le service que vous avez demandé d’une visite à l’autre.
    en: it serves the service you asked for from one visit to the next.
    nl: hij dient de gevraagde dienst van het ene bezoek tot het volgende.
    de: Es dient dem gewünschten Dienst von einem Besuch zum nächsten.
`;

/**
 * What \`npm run audit -- https://portal.example.org/ --record\` would have written today had it
 * seen every cookie as declared, those that need consent only once the visitor accepted (the real
 * audit writing such a record is tests/scripts/policy-publish.process.test.ts).
 */
function observedToday(cookies: Cookie[]): string {
  const today = todayInBrussels(new Date());
  const all = ['no-answer', 'refuse-all', 'accept-all'];
  return yaml.dump(
    {
      audit: {
        portal: 'https://portal.example.org/',
        observedOn: today,
        consentInterface: 'found',
        consentManager: 'Klaro',
        tool: 'odwb-cookie-policy audit 1.0.0',
        states: all,
      },
      cookies: cookies.map((cookie) => ({
        name: cookie.name,
        observedOn: today,
        lifetimeSeconds: lifetimeSeconds(parseLifetime(cookie.lifetime)!),
        setBy: 'header',
        states: cookie.category === 'necessary' ? all : ['accept-all'],
        pages: ['https://portal.example.org/'],
      })),
    },
    { noRefs: true },
  );
}

/** How each language names the language of a privacy policy written in English. */
const inEnglish: Record<Locale, string> = {
  fr: '(en anglais)',
  en: '',
  nl: '(in het Engels)',
  de: '(auf Englisch)',
};

/** What a reader of each language must now find, and what the necessary-only page said. */
const expected: Record<Locale, { present: string[]; absent: string[] }> = {
  fr: {
    present: [
      'Le portail vous demande votre consentement avant de déposer les cookies de mesure d’audience et les cookies de marketing',
      'Les cookies de mesure d’audience et les cookies de marketing ne sont déposés qu’avec votre consentement préalable.',
      'Audience Example dépose le cookie _pk_id.* en tant que tiers',
      'Adnet Example dépose le cookie ad_visitor en tant que tiers',
      'Pour exercer ces droits, adressez-vous au responsable du traitement au moyen du formulaire de contact du portail, ou à son délégué à la protection des données\u00a0: dpo@example.org.',
      // Observed by the audit: what refusing leads to, how long a choice lasts, profiling.
      'En bref\u00a0: 6 cookies, dont 2 déposés par des tiers\u00a0; 4 strictement nécessaires et 2 soumis à votre accord.',
      'Si vous refusez, ou si vous ne faites aucun choix, le portail ne dépose que les cookies strictement nécessaires, et vous pouvez continuer à l’utiliser.',
      'Le portail conserve votre choix 6\u00a0mois (cookie cookies_preferences)\u00a0; à l’expiration de ce délai, ou lorsque les cookies soumis à votre accord changent, il doit vous le redemander.',
      'Le cookie de marketing ad_visitor sert à établir un profil de votre navigation (profilage au sens de l’article 4, point 4, du RGPD) et nécessite donc votre consentement préalable.',
    ],
    absent: [
      'sont tous strictement nécessaires',
      'Ce sont tous des cookies propriétaires',
      'les coordonnées du délégué à la protection des données\u00a0: manque dans ce projet',
      'Le portail ne vous le demande donc pas',
      'Ce qu’il fait en l’absence de choix n’a pas encore été vérifié',
      'Aucun des cookies décrits dans cette politique ne sert à établir un profil',
      'aucun cookie tiers',
    ],
  },
  en: {
    present: [
      'The portal asks for your consent before it sets statistics cookies and marketing cookies',
      'Statistics cookies and marketing cookies are set only with your prior consent.',
      'Audience Example sets the cookie _pk_id.* as a third party',
      'Adnet Example sets the cookie ad_visitor as a third party',
      'To exercise these rights, write to the controller through the portal’s contact form, or to its data protection officer: dpo@example.org.',
      // Observed by the audit: what refusing leads to, how long a choice lasts, profiling.
      'In short: 6 cookies, 2 of them set by third parties; 4 strictly necessary and 2 subject to your consent.',
      'If you refuse, or make no choice, the portal sets only the strictly necessary cookies, and you can go on using it.',
      'The portal keeps your choice for 6 months (cookie cookies_preferences); when that time is up, or when the cookies that need your consent change, it must ask you again.',
      'The marketing cookie ad_visitor is used to build a profile of your browsing (profiling within the meaning of Article 4(4) GDPR) and therefore needs your prior consent.',
    ],
    absent: [
      'are strictly necessary for it to work, so they need no consent',
      'They are all first-party cookies',
      'the data protection officer’s contact details: missing from this draft',
      'so the portal does not ask for it',
      'What it does when you make no choice has not yet been checked',
      'None of the cookies described in this policy is used to build a profile',
      'no third-party cookie',
    ],
  },
  nl: {
    present: [
      'Het portaal vraagt uw toestemming voordat het statistische cookies en marketingcookies plaatst',
      'Statistische cookies en marketingcookies worden alleen met uw voorafgaande toestemming geplaatst.',
      'Audience Example plaatst de cookie _pk_id.* als derde partij',
      'Adnet Example plaatst de cookie ad_visitor als derde partij',
      'Om deze rechten uit te oefenen, neemt u contact op met de verwerkingsverantwoordelijke via het contactformulier van het portaal, of met de functionaris voor gegevensbescherming: dpo@example.org.',
      // Observed by the audit: what refusing leads to, how long a choice lasts, profiling.
      'In het kort: 6 cookies, waarvan 2 geplaatst door derden; 4 strikt noodzakelijk en 2 waarvoor uw toestemming nodig is.',
      'Als u weigert of geen keuze maakt, plaatst het portaal alleen de strikt noodzakelijke cookies, en kunt u het gewoon blijven gebruiken.',
      'Het portaal bewaart uw keuze 6 maanden lang (cookie cookies_preferences); daarna, of wanneer de cookies waarvoor uw toestemming nodig is veranderen, moet het u opnieuw om uw keuze vragen.',
      'De marketingcookie ad_visitor dient om een profiel van uw surfgedrag op te stellen (profilering in de zin van artikel 4, punt 4, AVG) en vereist dus uw voorafgaande toestemming.',
    ],
    absent: [
      'zijn strikt noodzakelijk om het te laten werken',
      'Het zijn allemaal eigen cookies',
      'de contactgegevens van de functionaris voor gegevensbescherming: ontbreekt in dit ontwerp',
      'Het portaal vraagt die dus ook niet',
      'Wat het doet als u geen keuze maakt, is nog niet op het portaal gecontroleerd',
      'Geen van de cookies die in dit beleid worden beschreven',
      'geen cookies van derden',
    ],
  },
  de: {
    present: [
      'Das Portal holt Ihre Einwilligung ein, bevor es Statistik-Cookies und Marketing-Cookies setzt',
      'Statistik-Cookies und Marketing-Cookies werden nur mit Ihrer vorherigen Einwilligung gesetzt.',
      'Audience Example setzt das Cookie _pk_id.* als Drittanbieter',
      'Adnet Example setzt das Cookie ad_visitor als Drittanbieter',
      'Um diese Rechte auszuüben, wenden Sie sich über das Kontaktformular des Portals an die Verantwortliche oder an deren Datenschutzbeauftragte(n): dpo@example.org.',
      // Observed by the audit: what refusing leads to, how long a choice lasts, profiling.
      'Kurz gesagt: 6 Cookies, davon 2 von Dritten gesetzt; 4 unbedingt erforderlich und 2 einwilligungspflichtig.',
      'Wenn Sie ablehnen oder keine Auswahl treffen, setzt das Portal nur die unbedingt erforderlichen Cookies, und Sie können es weiterhin nutzen.',
      'Das Portal speichert Ihre Auswahl 6 Monate lang (Cookie cookies_preferences); danach, oder wenn sich die einwilligungspflichtigen Cookies ändern, muss es Sie erneut fragen.',
      'Das Marketing-Cookie ad_visitor dient dazu, ein Profil Ihres Surfverhaltens zu erstellen (Profiling im Sinne von Artikel 4 Nummer 4 DSGVO), und erfordert daher Ihre vorherige Einwilligung.',
    ],
    absent: [
      'sind für seinen Betrieb unbedingt erforderlich',
      'Es sind ausschließlich Erstanbieter-Cookies',
      'die Kontaktdaten der oder des Datenschutzbeauftragten: fehlt in diesem Entwurf',
      'das Portal holt sie daher vor dem Setzen nicht ein',
      'Was es tut, wenn Sie keine Auswahl treffen, wurde auf dem Portal noch nicht geprüft',
      'Keines der in dieser Richtlinie beschriebenen Cookies',
      'keine Cookies von Drittanbietern',
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
  // Every operator fact found, among them the settings page and the DPO: a policy to publish.
  cpSync(
    fileURLToPath(new URL('../../../fixtures/operator/complete.yaml', import.meta.url)),
    join(dir, 'content/operator.yaml'),
  );
  // And a person's evaluation of what the accessibility tools cannot judge.
  recordCompleteEvaluation(dir);
  // Each persistent necessary cookie says why it lasts; the portal was observed today.
  edit(dir, 'content/cookies.yaml', (text) =>
    text.replace(/( {2}category: necessary\n(?:.+\n)*?)( {2}source:\n)/g, `$1${EXEMPT_BECAUSE}$2`),
  );
  const read = (file: string) => ({
    path: file,
    text: readFileSync(join(dir, 'content', file), 'utf8'),
  });
  const inventory = checkInventory(read('cookies.yaml'), read('providers.yaml'));
  writeFileSync(join(dir, 'content/observations.yaml'), observedToday(inventory.cookies));
  // The fixture's inventory is a change like any other: published only as a recorded version.
  // Recorded by the copy's own command, which reads the copy's content.
  await promisify(execFile)(process.execPath, [join(dir, 'scripts/policy-version.ts'), dir], {
    cwd: dir,
  });
  publishLastVersion(dir, todayInBrussels());
  const outDir = join(dir, 'dist');
  const result = await buildSite({
    root: dir,
    outDir,
    env: { POLICY_PDF: 'off', POLICY_PUBLISH: '1' },
  });
  if (result.code !== 0) throw new Error(`The fixture site does not build:\n${result.output}`);
  for (const locale of localeCodes) {
    pages.set(locale, readFileSync(join(outDir, locale, 'index.html'), 'utf8'));
  }
});
afterAll(() => copy.remove());

it('has expectations for every language of the site', () => {
  expect(Object.keys(expected).sort()).toEqual([...localeCodes].sort());
  expect(Object.keys(inEnglish).sort()).toEqual([...localeCodes].sort());
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

  it('describes the control where visitors change or withdraw their choices, linking no page', () => {
    expect(articleText(pages.get(locale)!)).toContain(settingsLabel[locale]);
    // A control with no address of its own: the sentence links nowhere (a home page would be a
    // dead end).
    const paragraphs = elements(parseHtml(pages.get(locale)!), 'p').filter((paragraph) =>
      textOf(paragraph).includes(settingsLabel[locale]),
    );
    expect(paragraphs).toHaveLength(1);
    expect(elements(paragraphs[0]!, 'a')).toEqual([]);
  });

  it('links the DPO in the facts and in the rights section', () => {
    const links = elements(parseHtml(pages.get(locale)!), 'a', { href: DPO });
    expect(links.map((link) => textOf(link))).toEqual(['dpo@example.org', 'dpo@example.org']);
  });

  it('links a third party’s own privacy policy, saying its language, and not the processor’s', () => {
    const [table] = elements(parseHtml(pages.get(locale)!), 'table');
    const links = elements(present(table, 'the cookie table'), 'a');
    expect(links.filter(({ attribs }) => attribs.href!.includes('opendatasoft.com'))).toEqual([]);
    /** The provider's linked name, the link's language, and the words right after the link. */
    const privacyLink = (href: string) => {
      const link = present(
        links.find(({ attribs }) => attribs.href === href),
        href,
      );
      const after = link.next?.type === 'text' ? (link.next as { data: string }).data : '';
      return [textOf(link), link.attribs.hreflang, after.trim()];
    };
    expect(privacyLink('https://audience.example.org/privacy')).toEqual([
      'Audience Example',
      'en',
      inEnglish[locale],
    ]);
    expect(privacyLink('https://adnet.example.net/privacy')).toEqual([
      'Adnet Example',
      'fr',
      { fr: '', en: '(in French)', nl: '(in het Frans)', de: '(auf Französisch)' }[locale],
    ]);
  });

  it('is published, not a draft: no draft notice, no noindex', () => {
    const document = parseHtml(pages.get(locale)!);
    expect(elements(document, '*', { class: hasClass('draft-notice') })).toEqual([]);
    expect(elements(document, 'meta', { name: 'robots' })).toEqual([]);
  });
});
