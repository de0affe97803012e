/**
 * What hosts are told about the site, declared once: the security headers every response carries,
 * the content type of each kind of file, what may be cached for how long, and what is sent
 * compressed. `_headers` and `_redirects` (src/integrations/host-files.ts), the precompressed
 * files (src/integrations/precompress.ts), the generated nginx configuration
 * (scripts/hosting/nginx-config.ts), the test server, `npm run verify` and the tests all read it.
 */

import { site } from './locales.ts';

/**
 * Only the stylesheet inlined in each page (allowed by its SHA-256 hash), this site's own images
 * and fonts; no script, no frame, no form, no other host. Each page carries the policy in a
 * `<meta http-equiv>` (hosts that send no header, GitHub Pages among them), and `_headers` and the
 * generated nginx configuration send it as a header; both hold the same hashes, worked out from
 * the built pages (builtStyleHashes, src/integrations/host-files.ts).
 */
export function contentSecurityPolicy(
  styleHashes: readonly string[],
  delivery: 'header' | 'meta' = 'header',
): string {
  if (styleHashes.length === 0) throw new Error('A page with no inline stylesheet has no style.');
  return [
    "default-src 'none'",
    `style-src ${[...new Set(styleHashes)]
      .sort()
      .map((hash) => `'${hash}'`)
      .join(' ')}`,
    "img-src 'self'",
    "font-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    // Browsers ignore frame-ancestors in a <meta> (and say so in the console): X-Frame-Options
    // and the header cover framing.
    ...(delivery === 'header' ? ["frame-ancestors 'none'"] : []),
  ].join('; ');
}

/** The hash a Content-Security-Policy names an inline `<style>` by: `sha256-<base64>`. */
export async function styleHash(css: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css));
  return `sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}

/** Every response's security headers, the policy allowing the inline stylesheets of `styleHashes`. */
export const securityHeaders = (styleHashes: readonly string[]): Record<string, string> => ({
  'Content-Security-Policy': contentSecurityPolicy(styleHashes),
  // Two years, the usual value for HSTS; subdomains are the operator's call, so they are left out.
  'Strict-Transport-Security': 'max-age=63072000',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
});

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
 * What a page's first response must carry to paint: its head with the inlined stylesheet and the
 * top of the policy (all before the first section heading), compressed as sent, within the first
 * network round trip: TCP's initial window of 10 segments, 14 KB = 14 × 1024 bytes. The rest of
 * the page may follow in later round trips; nothing else is needed to paint it.
 */
export const firstPaintBudgetBytes = 14 * 1024;

/**
 * The whole page, compressed as sent, may grow with the inventory and with little else: a fixed
 * part (head, stylesheet, the policy's text in one language: about 13 KB today in the longest
 * language) plus a share per cookie of its table (a real cookie's row, in any of the four
 * languages, takes about 300 bytes; generated ones, more alike, about 50 to 100).
 */
export const pageBudget = { fixedBytes: 16 * 1024, perCookieBytes: 400 };
export const pageBudgetBytes = (cookies: number) =>
  pageBudget.fixedBytes + pageBudget.perCookieBytes * cookies;

/** The build warns an editor once a page reaches this share of either budget. */
export const budgetWarningShare = 0.9;

/**
 * Where the generated nginx files go in /etc/nginx, the name of the site's own folder there and of
 * its variables: the deployment name of content/site.yaml, so two sites share one server.
 */
export const nginxName = site.deploymentName;
