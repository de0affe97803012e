/**
 * The Belgian supervisory authority, as the policy names it in each language: law, not a fact
 * about the operator (those live, with their sources, in content/operator.yaml). MDX pages use
 * these values through the components in src/components/site/, never by copying them.
 */
import type { Locale } from './locales.ts';

export const authority = {
  /** The authority's site per language (https://www.dataprotectionauthority.be and its siblings). */
  url: {
    fr: 'https://www.autoriteprotectiondonnees.be',
    en: 'https://www.dataprotectionauthority.be',
    nl: 'https://www.gegevensbeschermingsautoriteit.be',
    de: 'https://www.datenschutzbehorde.be',
  } satisfies Record<Locale, string>,
  /**
   * Its page for lodging a complaint, per language. The German one is the address domain.md
   * gives (datenschutzbehorde.be/zivilist/aktionen/beschwerde-einreichen); the others are the same
   * page of its sites in the other languages.
   */
  complaintUrl: {
    fr: 'https://www.autoriteprotectiondonnees.be/citoyen/agir/introduire-une-plainte',
    en: 'https://www.dataprotectionauthority.be/citizen/actions/lodge-a-complaint',
    nl: 'https://www.gegevensbeschermingsautoriteit.be/burger/acties/klacht-indienen',
    de: 'https://www.datenschutzbehorde.be/zivilist/aktionen/beschwerde-einreichen',
  } satisfies Record<Locale, string>,
  /**
   * The authority's postal address as it writes it in each language
   * (https://www.dataprotectionauthority.be/privacy-statement: Rue de la Presse 35, 1000 Brussels).
   */
  address: {
    fr: 'rue de la Presse 35, 1000 Bruxelles',
    en: 'Rue de la Presse 35, 1000 Brussels',
    nl: 'Drukpersstraat 35, 1000 Brussel',
    de: 'Rue de la Presse 35, 1000 Brüssel',
  } satisfies Record<Locale, string>,
} as const;
