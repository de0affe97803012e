/**
 * What the policy says about its own inventory, in every language, computed from the data: the
 * real, necessary-only inventory reads as the policy always has, and an inventory that adds a
 * third-party statistics cookie and a marketing cookie makes every language say that consent is
 * asked for those categories and name the third parties. Typography as a reader sees it:
 * French puts a no-break space before a colon (\u00a0) and a narrow one before a semicolon (\u202f).
 */
import { describe, expect, it } from 'vitest';
import { localeCodes, type Locale } from '../../../src/config/locales.ts';
import {
  categorySentences,
  consentSentences,
  type ObservedBehaviour,
  inventoryFacts,
  partySentences,
  recipientSentences,
  SLOT,
} from '../../../src/data/inventory-statements.ts';
import { useTranslations } from '../../../src/i18n/ui.ts';
import { inventoryIn } from '../../support/inventory-in.ts';

/** The inventory as first published: four first-party cookies, all strictly necessary. */
const NECESSARY_ONLY = 'tests/fixtures/sites/necessary-only/content';

/** The controller as content/operator.yaml writes it in a sentence, with its article. */
const controllerInSentence: Record<Locale, string> = {
  fr: 'l’Agence du Numérique',
  nl: 'Agence du Numérique',
  de: 'die Agence du Numérique',
  en: 'the Agence du Numérique',
};

/** An audit that saw every cookie, those that need consent only once the visitor accepted. */
const OBSERVED: ObservedBehaviour = { consentVerified: true, allObserved: true };

function statements(
  dir: string,
  locale: Locale,
  settingsPublished = true,
  observed: ObservedBehaviour = OBSERVED,
) {
  const { cookies, providers } = inventoryIn(dir);
  const facts = inventoryFacts(cookies, providers);
  const t = useTranslations(locale);
  return {
    categories: categorySentences(facts, locale, t, observed),
    parties: partySentences(facts, locale, t, observed),
    recipients: recipientSentences(facts, locale, t, {
      name: controllerInSentence[locale],
      gender: 'feminine',
    }),
    consent: consentSentences(facts, locale, t, settingsPublished, observed),
  };
}

const necessaryOnly: Record<Locale, ReturnType<typeof statements>> = {
  fr: {
    categories: [
      'Les quatre cookies que le portail utilise actuellement sont tous strictement nécessaires à son fonctionnement\u00a0: ils sont dispensés de consentement.',
    ],
    parties: [
      'Ce sont tous des cookies propriétaires\u00a0: le portail les dépose lui-même, et aucun autre site ne peut les lire.',
    ],
    recipients: [
      'L’Agence du Numérique, responsable du traitement, détermine à quelles fins et par quels moyens les informations que contiennent ces cookies sont traitées.',
      'Opendatasoft les traite pour le compte du responsable du traitement et selon ses instructions, en qualité de sous-traitant.',
    ],
    consent: {
      status:
        'Aucun des cookies du portail ne nécessite votre consentement\u00a0: le portail ne vous le demande donc pas avant de les déposer.',
      settings: `Vos choix en matière de cookies se règlent sur le portail, ${SLOT}.`,
    },
  },
  en: {
    categories: [
      'All four cookies the portal currently uses are strictly necessary for it to work, so they need no consent.',
    ],
    parties: [
      'They are all first-party cookies: the portal sets them itself, and no other website can read them.',
    ],
    recipients: [
      'The Agence du Numérique, the controller, decides why and how the information these cookies hold is processed.',
      'Opendatasoft processes it as the controller’s processor, on its behalf and on its instructions.',
    ],
    consent: {
      status:
        'None of the portal’s cookies needs your consent, so the portal does not ask for it before setting them.',
      settings: `Your cookie choices are managed on the portal, ${SLOT}.`,
    },
  },
  nl: {
    categories: [
      'Alle vier cookies die het portaal momenteel gebruikt, zijn strikt noodzakelijk om het te laten werken. Daarvoor is geen toestemming nodig.',
    ],
    parties: [
      'Het zijn allemaal eigen cookies: het portaal plaatst ze zelf, en geen andere website kan ze uitlezen.',
    ],
    recipients: [
      'Agence du Numérique bepaalt als verwerkingsverantwoordelijke waarvoor en hoe de informatie in deze cookies wordt verwerkt.',
      'Opendatasoft verwerkt ze als verwerker, in opdracht en volgens de instructies van de verwerkingsverantwoordelijke.',
    ],
    consent: {
      status:
        'Geen enkele cookie van het portaal vereist uw toestemming. Het portaal vraagt die dus ook niet voordat het ze plaatst.',
      settings: `Uw cookiekeuzes beheert u op het portaal, ${SLOT}.`,
    },
  },
  de: {
    categories: [
      'Alle vier Cookies, die das Portal derzeit verwendet, sind für seinen Betrieb unbedingt erforderlich; dafür ist keine Einwilligung nötig.',
    ],
    parties: [
      'Es sind ausschließlich Erstanbieter-Cookies: Das Portal setzt sie selbst, und keine andere Website kann sie auslesen.',
    ],
    recipients: [
      'Die Agence du Numérique entscheidet als Verantwortliche darüber, wozu und wie die Informationen in diesen Cookies verarbeitet werden.',
      'Opendatasoft verarbeitet sie als Auftragsverarbeiter im Auftrag und nach Weisung der Verantwortlichen.',
    ],
    consent: {
      status:
        'Keines der Cookies des Portals erfordert Ihre Einwilligung; das Portal holt sie daher vor dem Setzen nicht ein.',
      settings: `Ihre Cookie-Einstellungen verwalten Sie auf dem Portal, ${SLOT}.`,
    },
  },
};

const withThirdParties: Record<Locale, ReturnType<typeof statements>> = {
  fr: {
    categories: [
      'Le portail utilise actuellement six cookies\u00a0: quatre cookies strictement nécessaires, un cookie de mesure d’audience et un cookie de marketing.',
      'Les cookies strictement nécessaires sont dispensés de consentement.',
      'Les cookies de mesure d’audience et les cookies de marketing ne sont déposés qu’avec votre consentement préalable.',
    ],
    parties: [
      'Adnet Example dépose le cookie ad_visitor en tant que tiers\u00a0: ce tiers peut le lire et vous reconnaître d’un site à l’autre.',
      'Audience Example dépose le cookie _pk_id.* en tant que tiers\u00a0: ce tiers peut le lire et vous reconnaître d’un site à l’autre.',
      'Les quatre autres cookies sont déposés par le portail lui-même (cookies propriétaires)\u202f; aucun autre site ne peut les lire.',
    ],
    recipients: [
      'L’Agence du Numérique, responsable du traitement, détermine à quelles fins et par quels moyens les informations que contiennent ces cookies sont traitées.',
      'Opendatasoft les traite pour le compte du responsable du traitement et selon ses instructions, en qualité de sous-traitant.',
      'Adnet Example et Audience Example décident eux-mêmes de l’usage qu’ils font des données de leurs cookies, en tant que responsables du traitement distincts\u00a0: leurs propres politiques de confidentialité s’appliquent.',
    ],
    consent: {
      status:
        'Le portail vous demande votre consentement avant de déposer les cookies de mesure d’audience et les cookies de marketing, et ne les dépose pas si vous le refusez.',
      settings: `Vous pouvez modifier vos choix ou retirer votre consentement à tout moment, aussi facilement que vous l’avez donné, ${SLOT}.`,
    },
  },
  en: {
    categories: [
      'The portal currently uses six cookies: four strictly necessary cookies, one statistics cookie and one marketing cookie.',
      'Strictly necessary cookies need no consent.',
      'Statistics cookies and marketing cookies are set only with your prior consent.',
    ],
    parties: [
      'Adnet Example sets the cookie ad_visitor as a third party: it can read it and recognise you from one website to another.',
      'Audience Example sets the cookie _pk_id.* as a third party: it can read it and recognise you from one website to another.',
      'The other four cookies are set by the portal itself (first-party cookies); no other website can read them.',
    ],
    recipients: [
      'The Agence du Numérique, the controller, decides why and how the information these cookies hold is processed.',
      'Opendatasoft processes it as the controller’s processor, on its behalf and on its instructions.',
      'Adnet Example and Audience Example decide for themselves how they use the data in their cookies, as separate controllers: their own privacy policies apply.',
    ],
    consent: {
      status:
        'The portal asks for your consent before it sets statistics cookies and marketing cookies, and does not set them if you refuse.',
      settings: `You can change your choices or withdraw your consent at any time, as easily as you gave it, ${SLOT}.`,
    },
  },
  nl: {
    categories: [
      'Het portaal gebruikt momenteel zes cookies: vier strikt noodzakelijke cookies, één statistische cookie en één marketingcookie.',
      'Voor strikt noodzakelijke cookies is geen toestemming nodig.',
      'Statistische cookies en marketingcookies worden alleen met uw voorafgaande toestemming geplaatst.',
    ],
    parties: [
      'Adnet Example plaatst de cookie ad_visitor als derde partij: die partij kan hem uitlezen en u op andere websites herkennen.',
      'Audience Example plaatst de cookie _pk_id.* als derde partij: die partij kan hem uitlezen en u op andere websites herkennen.',
      'De vier andere cookies worden door het portaal zelf geplaatst (eigen cookies); geen andere website kan ze uitlezen.',
    ],
    recipients: [
      'Agence du Numérique bepaalt als verwerkingsverantwoordelijke waarvoor en hoe de informatie in deze cookies wordt verwerkt.',
      'Opendatasoft verwerkt ze als verwerker, in opdracht en volgens de instructies van de verwerkingsverantwoordelijke.',
      'Adnet Example en Audience Example bepalen als afzonderlijke verwerkingsverantwoordelijken zelf wat ze met de gegevens uit hun cookies doen; daarvoor geldt hun eigen privacybeleid.',
    ],
    consent: {
      status:
        'Het portaal vraagt uw toestemming voordat het statistische cookies en marketingcookies plaatst, en plaatst ze niet als u weigert.',
      settings: `U kunt uw keuzes op elk moment wijzigen en uw toestemming even eenvoudig intrekken als u ze hebt gegeven, ${SLOT}.`,
    },
  },
  de: {
    categories: [
      'Das Portal verwendet derzeit sechs Cookies: vier unbedingt erforderliche Cookies, ein Statistik-Cookie und ein Marketing-Cookie.',
      'Für unbedingt erforderliche Cookies ist keine Einwilligung nötig.',
      'Statistik-Cookies und Marketing-Cookies werden nur mit Ihrer vorherigen Einwilligung gesetzt.',
    ],
    parties: [
      'Adnet Example setzt das Cookie ad_visitor als Drittanbieter: Dieser Dritte kann es auslesen und Sie über verschiedene Websites hinweg wiedererkennen.',
      'Audience Example setzt das Cookie _pk_id.* als Drittanbieter: Dieser Dritte kann es auslesen und Sie über verschiedene Websites hinweg wiedererkennen.',
      'Die übrigen vier Cookies setzt das Portal selbst (Erstanbieter-Cookies); keine andere Website kann sie auslesen.',
    ],
    recipients: [
      'Die Agence du Numérique entscheidet als Verantwortliche darüber, wozu und wie die Informationen in diesen Cookies verarbeitet werden.',
      'Opendatasoft verarbeitet sie als Auftragsverarbeiter im Auftrag und nach Weisung der Verantwortlichen.',
      'Adnet Example und Audience Example entscheiden als eigenständige Verantwortliche selbst, wie die Daten aus ihren Cookies verwendet werden; dafür gelten ihre eigenen Datenschutzerklärungen.',
    ],
    consent: {
      status:
        'Das Portal holt Ihre Einwilligung ein, bevor es Statistik-Cookies und Marketing-Cookies setzt, und setzt sie nicht, wenn Sie ablehnen.',
      settings: `Sie können Ihre Auswahl jederzeit ändern und Ihre Einwilligung so einfach widerrufen, wie Sie sie erteilt haben, ${SLOT}.`,
    },
  },
};

/**
 * Without a published place to change cookie choices, a draft says that it is missing from the
 * draft, never that the controller has not published it.
 */
const settingsMissing: Record<Locale, string> = {
  fr: 'L’endroit du portail où modifier vos choix en matière de cookies manque encore dans ce projet\u202f; vous pouvez en tout cas supprimer les cookies du portail dans votre navigateur (voir plus bas).',
  en: 'Where on the portal you change your cookie choices is still missing from this draft; you can always delete the portal’s cookies in your browser (see below).',
  nl: 'Waar u uw cookiekeuzes op het portaal wijzigt, ontbreekt nog in dit ontwerp. U kunt de cookies van het portaal in elk geval in uw browser verwijderen (zie verder).',
  de: 'Wo Sie Ihre Cookie-Einstellungen im Portal ändern, fehlt in diesem Entwurf noch; die Cookies des Portals können Sie jedenfalls in Ihrem Browser löschen (siehe unten).',
};

/** A cookie that records consent choices, in an inventory where no cookie needs consent. */
const consentRecorded: Record<Locale, string> = {
  fr: 'Le portail retient les choix que vous faites en matière de cookies (cookie cookies_preferences)\u00a0: il vous permet donc d’accepter ou de refuser des cookies.',
  en: 'The portal remembers the choices you make about cookies (the cookie cookies_preferences), so it lets you accept or refuse cookies.',
  nl: 'Het portaal onthoudt welke keuzes u over cookies maakt (de cookie cookies_preferences): u kunt er dus cookies aanvaarden of weigeren.',
  de: 'Das Portal speichert Ihre Cookie-Einstellungen (Cookie cookies_preferences); Sie können dort also Cookies annehmen oder ablehnen.',
};

it('has expectations for every language of the site', () => {
  for (const table of [necessaryOnly, withThirdParties, settingsMissing, consentRecorded]) {
    expect(Object.keys(table).sort()).toEqual([...localeCodes].sort());
  }
});

describe.each(localeCodes)('in %s', (locale) => {
  it('the necessary-only inventory: all necessary, all first-party, no consent asked', () => {
    expect(statements(NECESSARY_ONLY, locale)).toEqual(necessaryOnly[locale]);
  });

  it('a third-party statistics cookie and a marketing cookie: consent asked, third parties named', () => {
    expect(statements('tests/fixtures/sites/third-party-consent/content', locale)).toEqual(
      withThirdParties[locale],
    );
  });

  it('says, in a draft, that the place to change choices is missing, and only where consent exists', () => {
    expect(statements('content', locale, false).consent.settings).toBe(settingsMissing[locale]);
    expect(statements(NECESSARY_ONLY, locale, false).consent.settings).toBeUndefined();
  });

  it('never says that consent is not asked when a cookie records consent choices', () => {
    const { cookies, providers } = inventoryIn(NECESSARY_ONLY);
    const recording = cookies.map((cookie) =>
      cookie.name === 'cookies_preferences'
        ? { ...cookie, setWhen: 'consent-choice' as const }
        : cookie,
    );
    const t = useTranslations(locale);
    const consent = consentSentences(inventoryFacts(recording, providers), locale, t, false);
    expect(consent.status).toBe(consentRecorded[locale]);
    expect(consent.status).not.toBe(necessaryOnly[locale].consent.status);
    expect(consent.settings).toBe(settingsMissing[locale]);
  });
});

/**
 * Without an audit that saw it, the page never states the portal's behaviour: it says what the law
 * requires and what is documented (the third-party inventory, no audit recorded).
 */
const unobserved: Record<Locale, { consentRule: string; firstParty: string; status: string }> = {
  fr: {
    consentRule:
      'Les cookies de mesure d’audience et les cookies de marketing nécessitent votre consentement préalable.',
    firstParty:
      'Les quatre autres cookies sont déposés par le portail lui-même (cookies propriétaires).',
    status:
      'La loi impose au portail de vous demander votre consentement avant de déposer les cookies de mesure d’audience et les cookies de marketing. Qu’il ne les dépose qu’après votre accord n’a pas encore été vérifié sur le portail.',
  },
  en: {
    consentRule: 'Statistics cookies and marketing cookies need your prior consent.',
    firstParty: 'The other four cookies are set by the portal itself (first-party cookies).',
    status:
      'The law requires the portal to ask for your consent before it sets statistics cookies and marketing cookies. That it sets them only after you agree has not yet been checked on the portal.',
  },
  nl: {
    consentRule:
      'Voor statistische cookies en marketingcookies is uw voorafgaande toestemming nodig.',
    firstParty: 'De vier andere cookies worden door het portaal zelf geplaatst (eigen cookies).',
    status:
      'De wet verplicht het portaal om uw toestemming te vragen voordat het statistische cookies en marketingcookies plaatst. Of het ze pas na uw akkoord plaatst, is op het portaal nog niet gecontroleerd.',
  },
  de: {
    consentRule: 'Statistik-Cookies und Marketing-Cookies erfordern Ihre vorherige Einwilligung.',
    firstParty: 'Die übrigen vier Cookies setzt das Portal selbst (Erstanbieter-Cookies).',
    status:
      'Das Gesetz verpflichtet das Portal, Ihre Einwilligung einzuholen, bevor es Statistik-Cookies und Marketing-Cookies setzt. Ob es sie erst nach Ihrer Zustimmung setzt, wurde auf dem Portal noch nicht überprüft.',
  },
};

describe.each(localeCodes)('in %s, without an audit that observed the portal', (locale) => {
  it('states the consent rule, not that the portal follows it, and no claim about other sites', () => {
    const said = statements('tests/fixtures/sites/third-party-consent/content', locale, true, {
      consentVerified: false,
      allObserved: false,
    });
    expect(said.categories.at(-1)).toBe(unobserved[locale].consentRule);
    expect(said.parties.at(-1)).toBe(unobserved[locale].firstParty);
    expect(said.consent.status).toBe(unobserved[locale].status);
    // The verified sentences are another text altogether.
    expect(said.consent.status).not.toBe(withThirdParties[locale].consent.status);
  });
});

describe('counts of one', () => {
  it('speak of the single cookie in the singular', () => {
    const { cookies, providers } = inventoryIn(NECESSARY_ONLY);
    const facts = inventoryFacts(cookies.slice(0, 1), providers);
    const t = useTranslations('en');
    expect(categorySentences(facts, 'en', t, OBSERVED)).toEqual([
      'The only cookie the portal currently uses is strictly necessary for it to work, so it needs no consent.',
    ]);
    expect(partySentences(facts, 'en', t, OBSERVED)).toEqual([
      'It is a first-party cookie: the portal sets it itself, and no other website can read it.',
    ]);
  });
});
