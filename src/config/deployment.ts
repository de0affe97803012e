import { site } from './locales.ts';

/**
 * Where the build will live: its address and the path under it, from the environment (see the
 * README, "Deploying"), else the address of content/site.yaml. The Astro config and `npm run
 * nginx` read them here, so the generated nginx configuration and the built pages agree.
 */
export const defaultSiteUrl = site.address;

export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.SITE_URL || defaultSiteUrl;
}

/** BASE_PATH with one leading and one trailing slash: `/`, `/cookies/`. */
export function basePath(env: NodeJS.ProcessEnv = process.env): string {
  const trimmed = (env.BASE_PATH || '/').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
