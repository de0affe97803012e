import { site } from './locales.ts';

/**
 * Where the build will live: its address and the path under it, from the environment (see the
 * README, "Deploying"), else the address of content/site.yaml. The Astro config and `npm run
 * nginx` read them here, so the generated nginx configuration and the built pages agree.
 *
 * Both values are written into generated files (every page's links, `_headers`, `_redirects`,
 * the nginx configuration), so they are settings from outside and checked as such before anything
 * is written: `deploymentProblems` says what is wrong with each, and the build
 * (src/integrations/deployment-settings.ts) and `npm run nginx` stop on it.
 */
export const defaultSiteUrl = site.address;

/**
 * SITE_URL, or the default when it is unset or not an address the site can use. An unusable value
 * is reported by `deploymentProblems` before anything is built; the default only keeps Astro's own
 * configuration from failing first with a message that does not name the variable.
 */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.SITE_URL && siteUrlProblem(env.SITE_URL) === undefined ? env.SITE_URL : defaultSiteUrl;
}

/** BASE_PATH with one leading and one trailing slash: `/`, `/cookies/`. */
export function basePath(env: NodeJS.ProcessEnv = process.env): string {
  const trimmed = (env.BASE_PATH || '/').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** A host name (letters, digits, dots and hyphens, as URL writes it), an IPv4 or an IPv6 address. */
const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*\.?|\[[0-9a-f:.]+\])$/;
/** A path segment of letters, digits and the URL's unreserved marks. */
const SEGMENT = /^[A-Za-z0-9._~-]+$/;

/** The characters of a value that a setting does not allow, each once, as a person reads them. */
function refusedCharacters(value: string, allowed: RegExp): string {
  const refused = [...new Set([...value].filter((character) => !allowed.test(character)))];
  return refused.map((character) => JSON.stringify(character)).join(', ');
}

/** Spaces and control characters, which URL parsing would drop or encode rather than refuse. */
const NOT_BLANK = /[^\s\p{Cc}]/u;

function siteUrlProblem(value: string): string | undefined {
  if ([...value].some((character) => !NOT_BLANK.test(character)))
    return `it holds ${refusedCharacters(value, NOT_BLANK)}`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'it is not an address';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `it starts with ${url.protocol}`;
  if (url.username || url.password) return 'it holds a user name or password';
  if (!HOST.test(url.hostname))
    return `its host name holds ${refusedCharacters(url.hostname, /[a-z0-9.-]/)}`;
  if (url.search || url.hash) return 'it has a query or a fragment';
  if (url.pathname !== '/') return `it has a path (${url.pathname}), which belongs in BASE_PATH`;
  return undefined;
}

function basePathProblem(value: string): string | undefined {
  const segments = value.split('/').filter((segment) => segment !== '');
  const refused = segments.filter((segment) => !SEGMENT.test(segment)).join('/');
  if (refused) return `it holds ${refusedCharacters(refused, /[A-Za-z0-9._~-]/)}`;
  if (segments.some((segment) => segment === '.' || segment === '..'))
    return 'it holds a "." or ".." segment';
  return undefined;
}

/**
 * What is wrong with SITE_URL and BASE_PATH, one line each with the fix; empty when both are
 * usable (or unset). Values are quoted as JSON, so a line break or a quote in them shows as such.
 */
export function deploymentProblems(env: NodeJS.ProcessEnv = process.env): string[] {
  const problems: string[] = [];
  const address = env.SITE_URL ? siteUrlProblem(env.SITE_URL) : undefined;
  if (address !== undefined) {
    problems.push(
      `SITE_URL=${JSON.stringify(env.SITE_URL)} is not the address of a site: ${address}. Give the scheme and host only, like SITE_URL=${defaultSiteUrl} (a sub-path goes in BASE_PATH).`,
    );
  }
  const base = env.BASE_PATH ? basePathProblem(env.BASE_PATH) : undefined;
  if (base !== undefined) {
    problems.push(
      `BASE_PATH=${JSON.stringify(env.BASE_PATH)} is not a path the site can live under: ${base}. Use letters, digits and - . _ ~ between slashes, like BASE_PATH=/${site.deploymentName}/.`,
    );
  }
  return problems;
}
