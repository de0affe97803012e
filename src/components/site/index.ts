/** The components MDX pages may use without importing them: one for each name of names.ts. */
import type { SiteComponentName } from './names.ts';
import AuthorityAddress from './AuthorityAddress.astro';
import AuthorityLink from './AuthorityLink.astro';
import ConsentStatus from './ConsentStatus.astro';
import ContactLink from './ContactLink.astro';
import ControllerAddress from './ControllerAddress.astro';
import ControllerName from './ControllerName.astro';
import CookieCategories from './CookieCategories.astro';
import CookieParties from './CookieParties.astro';
import DataRecipients from './DataRecipients.astro';
import DpoContact from './DpoContact.astro';
import PortalLink from './PortalLink.astro';
import PlatformProvider from './PlatformProvider.astro';
import PortalName from './PortalName.astro';
import CookieTable from './CookieTable.astro';

export const mdxComponents = {
  CookieTable,
  // Sentences derived from content/cookies.yaml and content/providers.yaml.
  CookieCategories,
  CookieParties,
  DataRecipients,
  ConsentStatus,
  // Facts from src/config/site.ts.
  ControllerName,
  ControllerAddress,
  ContactLink,
  DpoContact,
  PortalName,
  PortalLink,
  PlatformProvider,
  AuthorityLink,
  AuthorityAddress,
} satisfies Record<SiteComponentName, unknown>;
