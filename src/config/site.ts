/**
 * Who runs the portal and how to reach them: the one place to edit when the policy is re-branded
 * for another portal on the same Opendatasoft template. MDX pages use these values through the
 * components in src/components/site/, never by copying them.
 */
import type { Locale } from './locales.ts';

export const site = {
  /** The portal the policy is about, as visitors know it. */
  portalName: 'ODWB – Open Data Wallonie-Bruxelles',
  portalUrl: 'https://www.odwb.be',
  /** The company whose platform the portal runs on. */
  platformProvider: 'Opendatasoft',
  /** The body that operates the portal (decree of 12 July 2017) and answers for its cookies. */
  organisation: 'Agence du Numérique',
  /** The portal's contact form, the channel its terms of use name for questions. */
  contactUrl: 'https://www.odwb.be/contact/',
  /** The Belgian Data Protection Authority, where visitors may complain; its site per language. */
  authorityUrl: {
    fr: 'https://www.autoriteprotectiondonnees.be',
    en: 'https://www.dataprotectionauthority.be',
    nl: 'https://www.gegevensbeschermingsautoriteit.be',
    de: 'https://www.datenschutzbehorde.be',
  } satisfies Record<Locale, string>,
} as const;
