/** The components MDX pages may use without importing them: one for each name of src/config/mdx-components.ts. */
import type { SiteComponentName } from '../../config/mdx-components.ts';
import AuthorityAddress from './AuthorityAddress.astro';
import AuthorityLink from './AuthorityLink.astro';
import ComplaintLink from './ComplaintLink.astro';
import ConsentStatus from './ConsentStatus.astro';
import ContactLink from './ContactLink.astro';
import ControllerFacts from './ControllerFacts.astro';
import CookieCategories from './CookieCategories.astro';
import CookieParties from './CookieParties.astro';
import DataRecipients from './DataRecipients.astro';
import LegalBasis from './LegalBasis.astro';
import PortalLink from './PortalLink.astro';
import PlatformProvider from './PlatformProvider.astro';
import PortalName from './PortalName.astro';
import ProcessingFacts from './ProcessingFacts.astro';
import RightsContact from './RightsContact.astro';
import CookieTable from './CookieTable.astro';

export const mdxComponents = {
  CookieTable,
  // Sentences derived from content/cookies.yaml and content/providers.yaml.
  CookieCategories,
  CookieParties,
  DataRecipients,
  ConsentStatus,
  // Facts from content/operator.yaml: each shown as read, or visibly missing in a draft.
  ControllerFacts,
  ProcessingFacts,
  LegalBasis,
  RightsContact,
  ContactLink,
  PortalName,
  PortalLink,
  PlatformProvider,
  // The supervisory authority (src/config/site.ts).
  AuthorityLink,
  AuthorityAddress,
  ComplaintLink,
} satisfies Record<SiteComponentName, unknown>;
