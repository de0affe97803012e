/**
 * What static hosts are told about the site: the security headers every response carries and the
 * cache rule for hashed assets. `_headers` is written from here (src/integrations/host-files.ts),
 * the tests hold the built pages to it, and the README's nginx example must match it (a test
 * checks that too).
 */

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
