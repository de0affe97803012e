/**
 * Synthetic cookie inventories for the scaling benchmark: N cookies that pass the real schema
 * (src/data/schema.ts), with texts in every language of src/config/locales.ts, of realistic length, a mix of categories,
 * parties, storage types and lifetimes, a few wildcard patterns and a few conditions. The output is
 * deterministic for a given N and seed, so two benchmark runs build the very same data.
 */
import yaml from 'js-yaml';
import { localeCodes, type Locale } from '../../src/config/locales.ts';
import type { ConsentSettingsPlace } from '../../src/config/site.ts';
import type { CookieInput, Provider } from '../../src/data/schema.ts';
import { categories, parties, storageTypes } from '../../src/data/schema.ts';

/** A phrase in every language: a new language in locales.ts is a type error here until written. */
type Texts = Record<Locale, string>;

/** One text per language, each made by `make`. */
const perLocale = (make: (locale: Locale) => string): Texts =>
  Object.fromEntries(localeCodes.map((locale) => [locale, make(locale)])) as Texts;

/** A small seeded PRNG (mulberry32): same seed, same inventory. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Where the synthetic portal's visitors change their cookie choices (its inventory asks for consent). */
export const syntheticConsentSettings: ConsentSettingsPlace = {
  url: 'https://portal.example.org/cookies/',
  label: {
    fr: 'Gestion des cookies',
    en: 'Cookie management',
    nl: 'Cookiebeheer',
    de: 'Cookie-Verwaltung',
  },
};

export const syntheticProviders: Provider[] = [
  {
    id: 'opendatasoft',
    name: 'Opendatasoft',
    role: 'processor',
    website: 'https://www.opendatasoft.com',
    privacyPolicy: 'https://www.opendatasoft.com/en/privacy-policy/',
  },
  {
    id: 'matomo',
    name: 'Matomo',
    role: 'controller',
    website: 'https://matomo.org',
    privacyPolicy: 'https://matomo.org/privacy-policy/',
  },
  {
    id: 'example-video',
    name: 'Example Video',
    role: 'controller',
    website: 'https://video.example.com',
    privacyPolicy: 'https://video.example.com/privacy/',
  },
  {
    id: 'example-maps',
    name: 'Example Maps',
    role: 'controller',
    website: 'https://maps.example.org',
    privacyPolicy: 'https://maps.example.org/legal/privacy/',
  },
  {
    id: 'example-ads',
    name: 'Example Ads',
    role: 'controller',
    website: 'https://ads.example.net',
    privacyPolicy: 'https://ads.example.net/privacy-policy/',
  },
  {
    id: 'example-cdn',
    name: 'Example CDN',
    role: 'processor',
    website: 'https://cdn.example.com',
    privacyPolicy: 'https://cdn.example.com/policies/privacy/',
  },
];

/** Portal features a cookie can belong to, in each language. */
const features: Texts[] = [
  {
    fr: 'le catalogue de données',
    en: 'the data catalogue',
    nl: 'de datacatalogus',
    de: 'den Datenkatalog',
  },
  {
    fr: 'la visualisation cartographique',
    en: 'the map view',
    nl: 'de kaartweergave',
    de: 'die Kartenansicht',
  },
  {
    fr: 'l’export des jeux de données',
    en: 'the dataset export',
    nl: 'de export van datasets',
    de: 'den Export von Datensätzen',
  },
  {
    fr: 'la recherche plein texte',
    en: 'the full-text search',
    nl: 'de zoekfunctie',
    de: 'die Volltextsuche',
  },
  {
    fr: 'les tableaux de bord',
    en: 'the dashboards',
    nl: 'de dashboards',
    de: 'die Dashboards',
  },
  {
    fr: 'le formulaire de contact',
    en: 'the contact form',
    nl: 'het contactformulier',
    de: 'das Kontaktformular',
  },
  {
    fr: 'les vidéos intégrées',
    en: 'the embedded videos',
    nl: 'de ingesloten video’s',
    de: 'die eingebetteten Videos',
  },
  {
    fr: 'l’API publique',
    en: 'the public API',
    nl: 'de publieke API',
    de: 'die öffentliche API',
  },
];

/** Where on the portal: appended to a service text. */
const places: Texts[] = [
  {
    fr: 'front office',
    en: 'front office',
    nl: 'front office',
    de: 'Frontoffice',
  },
  {
    fr: 'back office',
    en: 'back office',
    nl: 'back office',
    de: 'Backoffice',
  },
  {
    fr: 'front office et back office',
    en: 'front office and back office',
    nl: 'front office en back office',
    de: 'Frontoffice und Backoffice',
  },
];

/** Purpose sentences; `{f}` is a feature. 60-140 characters, like the real inventory. */
const purposes: Texts[] = [
  {
    fr: 'Retenir vos réglages d’affichage pour {f} d’une visite à l’autre.',
    en: 'Remembers your display settings for {f} from one visit to the next.',
    nl: 'Onthoudt uw weergave-instellingen voor {f} van het ene bezoek tot het volgende.',
    de: 'Merkt sich Ihre Anzeigeeinstellungen für {f} von einem Besuch zum nächsten.',
  },
  {
    fr: 'Mesurer de façon anonyme combien de personnes utilisent {f}, afin de l’améliorer.',
    en: 'Counts anonymously how many people use {f}, so that it can be improved.',
    nl: 'Telt anoniem hoeveel mensen {f} gebruiken, zodat die kan worden verbeterd.',
    de: 'Zählt anonym, wie viele Menschen {f} nutzen, damit sie verbessert werden kann.',
  },
  {
    fr: 'Répartir la charge entre les serveurs qui font fonctionner {f}.',
    en: 'Spreads the load between the servers that run {f}.',
    nl: 'Verdeelt de belasting over de servers die {f} laten werken.',
    de: 'Verteilt die Last auf die Server, die {f} betreiben.',
  },
  {
    fr: 'Protéger {f} contre les requêtes envoyées par d’autres sites à votre insu.',
    en: 'Protects {f} against requests that other sites send without your knowledge.',
    nl: 'Beschermt {f} tegen verzoeken die andere sites zonder uw medeweten versturen.',
    de: 'Schützt {f} vor Anfragen, die andere Websites ohne Ihr Wissen senden.',
  },
  {
    fr: 'Mesurer l’efficacité des campagnes qui mènent vers {f}, et éviter de vous montrer deux fois la même annonce.',
    en: 'Measures how well the campaigns that lead to {f} work, and avoids showing you the same advert twice.',
    nl: 'Meet hoe goed de campagnes werken die naar {f} leiden, en voorkomt dat u dezelfde advertentie twee keer ziet.',
    de: 'Misst, wie gut die Kampagnen wirken, die zu {f} führen, und verhindert, dass Sie dieselbe Anzeige zweimal sehen.',
  },
];

const conditions: Texts[] = [
  {
    fr: 'Uniquement si vous avez accepté les cookies de mesure d’audience.',
    en: 'Only when you have accepted audience-measurement cookies.',
    nl: 'Alleen als u cookies voor bezoekersmeting hebt aanvaard.',
    de: 'Nur wenn Sie Cookies zur Reichweitenmessung akzeptiert haben.',
  },
  {
    fr: 'Uniquement si vous êtes connecté à votre compte.',
    en: 'Only when you are signed in to your account.',
    nl: 'Alleen als u bent aangemeld bij uw account.',
    de: 'Nur wenn Sie bei Ihrem Konto angemeldet sind.',
  },
];

const lifetimes = ['session', 'PT30M', 'P1D', 'P2W', 'P6M', 'P12M', 'P13M', 'P1Y'];

const fill = (template: Texts, feature: Texts): Texts =>
  perLocale((locale) => template[locale].replace('{f}', feature[locale]));

/** Every phrase list, so a test can check each phrase has every language. */
export const phraseLists = { features, places, purposes, conditions };

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export interface SyntheticInventory {
  cookies: CookieInput[];
  providers: Provider[];
}

/**
 * N cookies with unique names. About one in 25 is a wildcard pattern (`_bench_17_*` with
 * `wildcard: true`) and one in 8 carries a condition. Third-party cookies come from the
 * example providers, first-party ones from Opendatasoft or Matomo.
 */
export function generateInventory(count: number, seed = 20261129): SyntheticInventory {
  const random = seededRandom(seed + count);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const width = String(count).length;
  const cookies: CookieInput[] = [];
  for (let index = 0; index < count; index++) {
    const category = pick(categories);
    const party = category === 'marketing' || random() < 0.3 ? 'third' : pick(parties);
    const provider =
      party === 'third'
        ? pick(syntheticProviders.slice(2)).id
        : pick(syntheticProviders.slice(0, 2)).id;
    const feature = pick(features);
    const place = pick(places);
    const wildcard = index % 25 === 7;
    const base = `_bench_${category.slice(0, 4)}_${String(index).padStart(width, '0')}`;
    const cookie: CookieInput = {
      name: wildcard ? `${base}.*` : base,
      ...(wildcard ? { wildcard: true } : {}),
      provider,
      category,
      party,
      storage: random() < 0.75 ? 'http-cookie' : pick(storageTypes),
      lifetime: pick(lifetimes),
      service: perLocale((locale) => `${capitalize(feature[locale])} (${place[locale]})`),
      purpose: fill(pick(purposes), feature),
      ...(index % 8 === 3 ? { condition: pick(conditions) } : {}),
      source: [
        {
          url: `https://docs.example.org/cookies/${provider}/#${encodeURIComponent(base)}`,
          note: `Synthetic entry ${index + 1} of ${count}, generated for the benchmark.`,
        },
      ],
    };
    cookies.push(cookie);
  }
  return { cookies, providers: syntheticProviders };
}

const header = (what: string) =>
  `# Synthetic ${what} written by scripts/bench.ts for the scaling benchmark. Not real data.\n`;

/** The YAML files as an editor would write them (block style, no line folding). */
export function toYaml(inventory: SyntheticInventory): { cookies: string; providers: string } {
  const options = { lineWidth: -1, noRefs: true };
  return {
    cookies: header('cookie inventory') + yaml.dump(inventory.cookies, options),
    providers: header('providers') + yaml.dump(inventory.providers, options),
  };
}
