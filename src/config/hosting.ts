/**
 * What hosts are told about the site, declared once: the security headers every response carries,
 * the content type of each kind of file, what may be cached for how long, and what is sent
 * compressed. `_headers` and `_redirects` (src/integrations/host-files.ts), the precompressed
 * files (src/integrations/precompress.ts), the generated nginx configuration
 * (scripts/hosting/nginx-config.ts), the test server, `npm run verify` and the tests all read it.
 */

import { site } from './locales.ts';

/**
 * Only this site's own stylesheets, images and fonts; no script, no frame, no form, no other host.
 * The pages work under it because they have no inline style or script (the tests prove it).
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  // Two years, the usual value for HSTS; subdomains are the operator's call, so they are left out.
  'Strict-Transport-Security': 'max-age=63072000',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
};

/** Astro puts a content hash in every file name under _astro/, so they can be kept for a year. */
export const hashedAssetsDir = '_astro';
export const hashedAssetsCacheControl = 'public, max-age=31536000, immutable';
/**
 * Everything else (pages, the PDF, CSV and JSON exports, the sitemap) keeps its name when the
 * policy changes: a browser may store it but must ask the server whether it changed before using
 * it, so nobody reads an outdated policy.
 */
export const revalidateCacheControl = 'no-cache';

/** The type of each kind of file the site has. Text is always UTF-8 and said so. */
export const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Text files: sent compressed, and written beside themselves as .gz and .br by the build. */
export const compressedExtensions = Object.keys(contentTypes).filter((extension) =>
  contentTypes[extension]!.includes('charset='),
);

/** The media type alone, without its parameters: `text/csv` for `.csv`. */
export const mediaType = (extension: string) => contentTypes[extension]?.split(';')[0];

/**
 * The first visit of any page (the page, its stylesheet and icon, as sent over the wire) must fit
 * the first network round trip: TCP's initial window of 10 segments, 14 KB = 14 × 1024 bytes.
 */
export const firstVisitBudgetBytes = 14 * 1024;

/**
 * Where the generated nginx files go in /etc/nginx, the name of the site's own folder there and of
 * its variables: the deployment name of content/site.yaml, so two sites share one server.
 */
export const nginxName = site.deploymentName;
