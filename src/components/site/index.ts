/** The components MDX pages may use without importing them (see README, "Editing the policy"). */
import AuthorityLink from './AuthorityLink.astro';
import ContactLink from './ContactLink.astro';
import Organisation from './Organisation.astro';
import PortalLink from './PortalLink.astro';
import PlatformProvider from './PlatformProvider.astro';
import PortalName from './PortalName.astro';
import CookieTable from './CookieTable.astro';

export const mdxComponents = {
  CookieTable,
  Organisation,
  PortalName,
  PortalLink,
  PlatformProvider,
  ContactLink,
  AuthorityLink,
};
