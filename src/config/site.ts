/**
 * Who runs the portal and how to reach them: the one place to edit when the policy is re-branded
 * for another portal on the same Opendatasoft template. MDX pages use these values through the
 * components in src/components/site/, never by copying them.
 *
 * Facts about the operator are read on public pages and carry that page as their `source`. A fact
 * nobody could find is written `notFound(...)`, saying where it was looked for: it is never
 * guessed. Pages then show it as not yet published, and `npm run check` refuses to publish while
 * a fact it requires is missing (src/content-check/operator-facts.ts says which ones it requires).
 */
import type { Locale } from './locales.ts';

/** Where a fact was read, and what that page says, so a reviewer need not open it. */
export interface FactSource {
  url: string;
  note: string;
}

/** A fact read on a public page. */
export interface SourcedFact<T> {
  value: T;
  source: FactSource;
}

/** A fact that could not be found on any public page: shown to visitors as not yet published. */
export interface MissingFact {
  missing: true;
  /** Where it was looked for, so the next person starts from there. */
  searched: string;
}

export type OperatorFact<T> = SourcedFact<T> | MissingFact;

export const notFound = (searched: string): MissingFact => ({ missing: true, searched });
export const isMissing = <T>(fact: OperatorFact<T>): fact is MissingFact => 'missing' in fact;

/** A page of the portal where visitors change or withdraw their cookie choices. */
export interface ConsentSettingsPlace {
  url: string;
  /** How the page or control is named on the portal, in each language. */
  label: Record<Locale, string>;
}

const odwbTerms = 'https://www.odwb.be/terms/terms-and-conditions/';

/** The facts GDPR art. 13 asks a policy to give about the controller. */
export const operator = {
  /** The controller (responsable du traitement): the body that decides why and how the portal's cookies are used. */
  controller: {
    value: 'Agence du Numérique',
    source: {
      url: odwbTerms,
      note: 'The terms of use: the decree of 12 July 2017 names the Agence du Numérique as the operator of the ODWB platform; it offers the site through the provider Opendatasoft, contracted after a call for tenders, and manages it technically.',
    },
  } as OperatorFact<string>,
  /** Where visitors write to the controller: the portal's contact form. */
  contactUrl: {
    value: 'https://www.odwb.be/contact/',
    source: {
      url: odwbTerms,
      note: 'The terms of use send questions to the Agence du Numérique, as the technical manager of the site, "via the dedicated Contact page" of the portal.',
    },
  } as OperatorFact<string>,
  /** The controller's postal address, one line. */
  postalAddress: notFound(
    'Not on the ODWB terms of use or cookie policy (odwb.be/terms/); the address block of adn.be/en/legal-information-tc/ could not be read from here. Searched 2026-11-29.',
  ) as OperatorFact<string>,
  /** How to reach the data protection officer: an https:// page or a mailto: address. */
  dpoContact: notFound(
    'Not on the ODWB terms of use or cookie policy (odwb.be/terms/), nor on the pages of adn.be or digitalwallonia.be that could be read from here. Searched 2026-11-29.',
  ) as OperatorFact<string>,
  /** Where on the portal visitors change or withdraw their cookie choices. */
  consentSettings: notFound(
    'ODWB’s cookie policy does not say. Opendatasoft’s newer template (info-financiere.gouv.fr/terms/cookies-policy/) points to a cookie management centre at the bottom of each page; not confirmed on odwb.be. Searched 2026-11-29.',
  ) as OperatorFact<ConsentSettingsPlace>,
};

export type OperatorFactName = keyof typeof operator;

export const site = {
  /** The portal the policy is about, as visitors know it. */
  portalName: 'ODWB – Open Data Wallonie-Bruxelles',
  portalUrl: 'https://www.odwb.be',
  /** The company whose platform the portal runs on. */
  platformProvider: 'Opendatasoft',
  /** The Belgian Data Protection Authority, where visitors may complain; its site per language. */
  authorityUrl: {
    fr: 'https://www.autoriteprotectiondonnees.be',
    en: 'https://www.dataprotectionauthority.be',
    nl: 'https://www.gegevensbeschermingsautoriteit.be',
    de: 'https://www.datenschutzbehorde.be',
  } satisfies Record<Locale, string>,
  /**
   * The authority's postal address as it writes it in each language
   * (https://www.dataprotectionauthority.be/privacy-statement: Rue de la Presse 35, 1000 Brussels).
   */
  authorityAddress: {
    fr: 'rue de la Presse 35, 1000 Bruxelles',
    en: 'Rue de la Presse 35, 1000 Brussels',
    nl: 'Drukpersstraat 35, 1000 Brussel',
    de: 'Rue de la Presse 35, 1000 Brüssel',
  } satisfies Record<Locale, string>,
} as const;
