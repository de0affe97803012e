/**
 * Synthetic cookie inventories for the bench: N cookies that pass the real schema
 * (src/data/schema.ts), with texts of realistic length in every language of src/config/locales.ts,
 * every category, party and storage type, eight lifetimes, one wildcard pattern in 25 and one
 * condition in 8. Seeded: the same N gives the same inventory, so two runs build the same data.
 */
import yaml from 'js-yaml';
import { localeCodes, type Locale } from '../../src/config/locales.ts';
import type { ConsentSettingsPlace } from '../../src/data/operator-schema.ts';
import type { CookieInput, Provider } from '../../src/data/schema.ts';
import { categories, parties, storageTypes } from '../../src/data/schema.ts';

type Texts = Record<Locale, string>;

const perLocale = (make: (locale: Locale) => string): Texts =>
  Object.fromEntries(localeCodes.map((locale) => [locale, make(locale)])) as Texts;

/** Phrases one a line, in the columns the first line names (`fr | en | nl | de`); a language without its column stops the bench. */
function phrases(table: string): Texts[] {
  const [header, ...rows] = table
    .trim()
    .split('\n')
    .map((line) => line.split('|').map((cell) => cell.trim()));
  return rows.map((cells) =>
    perLocale((locale) => {
      const text = cells[header!.indexOf(locale)];
      if (!text) throw new Error(`scripts/bench/synthetic.ts: no ${locale} text for "${cells[0]}"`);
      return text;
    }),
  );
}

/** A seeded generator (Numerical Recipes' LCG): same seed, same inventory. */
const seededRandom = (seed: number) => () =>
  (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;

/** Where the synthetic portal's visitors change their cookie choices (its inventory asks for consent). */
export const syntheticConsentSettings: ConsentSettingsPlace = {
  url: 'https://portal.example.org/cookies/',
  description: phrases(`
fr | en | nl | de
sur la page «\u00a0Gestion des cookies\u00a0» du portail | on the portal’s “Cookie management” page | op de pagina ‘Cookiebeheer’ van het portaal | auf der Seite „Cookie-Verwaltung“ des Portals`)[0]!,
};

const provider = (id: string, name: string, role: Provider['role']): Provider => ({
  id,
  name,
  role,
  website: `https://${id}.example.org`,
  privacyPolicy: `https://${id}.example.org/privacy/`,
});
/** The first two set first-party cookies, the others third-party ones. */
export const syntheticProviders: Provider[] = [
  provider('opendatasoft', 'Opendatasoft', 'processor'),
  provider('matomo', 'Matomo', 'controller'),
  provider('example-video', 'Example Video', 'controller'),
  provider('example-maps', 'Example Maps', 'controller'),
  provider('example-ads', 'Example Ads', 'controller'),
  provider('example-cdn', 'Example CDN', 'processor'),
];

/** Portal features a cookie belongs to. */
const features = phrases(`
fr | en | nl | de
le catalogue de données | the data catalogue | de datacatalogus | den Datenkatalog
la visualisation cartographique | the map view | de kaartweergave | die Kartenansicht
l’export des jeux de données | the dataset export | de export van datasets | den Export von Datensätzen
la recherche plein texte | the full-text search | de zoekfunctie | die Volltextsuche
les tableaux de bord | the dashboards | de dashboards | die Dashboards
le formulaire de contact | the contact form | het contactformulier | das Kontaktformular
les vidéos intégrées | the embedded videos | de ingesloten video’s | die eingebetteten Videos
l’API publique | the public API | de publieke API | die öffentliche API`);

/** Where on the portal: appended to a service text. */
const places = phrases(`
fr | en | nl | de
front office | front office | front office | Frontoffice
back office | back office | back office | Backoffice
front office et back office | front office and back office | front office en back office | Frontoffice und Backoffice`);

/** Purpose sentences, 60-140 characters like the real inventory's; `{f}` is a feature. */
const purposes = phrases(`
fr | en | nl | de
Retenir vos réglages d’affichage pour {f} d’une visite à l’autre. | Remembers your display settings for {f} from one visit to the next. | Onthoudt uw weergave-instellingen voor {f} van het ene bezoek tot het volgende. | Merkt sich Ihre Anzeigeeinstellungen für {f} von einem Besuch zum nächsten.
Mesurer de façon anonyme combien de personnes utilisent {f}, afin de l’améliorer. | Counts anonymously how many people use {f}, so that it can be improved. | Telt anoniem hoeveel mensen {f} gebruiken, zodat die kan worden verbeterd. | Zählt anonym, wie viele Menschen {f} nutzen, damit sie verbessert werden kann.
Répartir la charge entre les serveurs qui font fonctionner {f}. | Spreads the load between the servers that run {f}. | Verdeelt de belasting over de servers die {f} laten werken. | Verteilt die Last auf die Server, die {f} betreiben.
Protéger {f} contre les requêtes envoyées par d’autres sites à votre insu. | Protects {f} against requests that other sites send without your knowledge. | Beschermt {f} tegen verzoeken die andere sites zonder uw medeweten versturen. | Schützt {f} vor Anfragen, die andere Websites ohne Ihr Wissen senden.
Mesurer l’efficacité des campagnes qui mènent vers {f}, et éviter de vous montrer deux fois la même annonce. | Measures how well the campaigns that lead to {f} work, and avoids showing you the same advert twice. | Meet hoe goed de campagnes werken die naar {f} leiden, en voorkomt dat u dezelfde advertentie twee keer ziet. | Misst, wie gut die Kampagnen wirken, die zu {f} führen, und verhindert, dass Sie dieselbe Anzeige zweimal sehen.`);

const conditions = phrases(`
fr | en | nl | de
Uniquement si vous avez accepté les cookies de mesure d’audience. | Only when you have accepted audience-measurement cookies. | Alleen als u cookies voor bezoekersmeting hebt aanvaard. | Nur wenn Sie Cookies zur Reichweitenmessung akzeptiert haben.
Uniquement si vous êtes connecté à votre compte. | Only when you are signed in to your account. | Alleen als u bent aangemeld bij uw account. | Nur wenn Sie bei Ihrem Konto angemeldet sind.`);

/** Every phrase list, so a test can read them. */
export const phraseLists = { features, places, purposes, conditions };

const lifetimes = ['session', 'PT30M', 'P1D', 'P2W', 'P6M', 'P12M', 'P13M', 'P1Y'];
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** N cookies with unique names; third-party ones from the example providers. */
export function generateInventory(count: number, seed = 20261129) {
  const random = seededRandom(seed + count);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const width = String(count).length;
  const cookies = Array.from({ length: count }, (_, index): CookieInput => {
    const category = pick(categories);
    const party = category === 'marketing' || random() < 0.3 ? 'third' : pick(parties);
    const provider = pick(
      party === 'third' ? syntheticProviders.slice(2) : syntheticProviders.slice(0, 2),
    ).id;
    const [feature, place] = [pick(features), pick(places)];
    const purpose = pick(purposes);
    const wildcard = index % 25 === 7;
    const base = `_bench_${category.slice(0, 4)}_${String(index).padStart(width, '0')}`;
    return {
      name: wildcard ? `${base}.*` : base,
      ...(wildcard ? { wildcard: true } : {}),
      provider,
      category,
      party,
      storage: random() < 0.75 ? 'http-cookie' : pick(storageTypes),
      lifetime: pick(lifetimes),
      service: perLocale((locale) => `${capitalize(feature[locale])} (${place[locale]})`),
      purpose: perLocale((locale) => purpose[locale].replace('{f}', feature[locale])),
      ...(index % 8 === 3 ? { condition: pick(conditions) } : {}),
      source: [
        {
          url: `https://docs.example.org/cookies/${provider}/#${encodeURIComponent(base)}`,
          note: `Synthetic entry ${index + 1} of ${count}, generated for the benchmark.`,
        },
      ],
    };
  });
  return { cookies, providers: syntheticProviders };
}

/** The YAML files as an editor would write them (block style, no line folding). */
export function toYaml({ cookies, providers }: ReturnType<typeof generateInventory>) {
  const file = (what: string, data: unknown) =>
    `# Synthetic ${what} written by the bench (scripts/bench/synthetic.ts). Not real data.\n` +
    yaml.dump(data, { lineWidth: -1, noRefs: true });
  return { cookies: file('cookie inventory', cookies), providers: file('providers', providers) };
}
