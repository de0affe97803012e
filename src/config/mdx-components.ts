/**
 * The components MDX pages may use without importing them (see content/README.md), as data: the
 * page check (src/content-check/mdx.ts) allows exactly these names, and src/components/site/index.ts
 * must give MDX a
 * component for each, no more and no fewer (TypeScript holds the two together).
 */
export const siteComponentNames = [
  'AuthorityAddress',
  'AuthorityLink',
  'ComplaintLink',
  'ConsentStatus',
  'ContactLink',
  'ControllerFacts',
  'CookieCategories',
  'CookieParties',
  'CookieTable',
  'DataRecipients',
  'LegalBasis',
  'PlatformProvider',
  'PortalLink',
  'PortalName',
  'ProcessingFacts',
  'RightsContact',
] as const;

export type SiteComponentName = (typeof siteComponentNames)[number];

/** Where the list lives, for messages. */
export const siteComponentsFile = 'src/config/mdx-components.ts';
