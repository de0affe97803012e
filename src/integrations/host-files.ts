/**
 * After the build, writes what static hosts read beside the pages:
 * - `_headers` (Netlify, Cloudflare Pages): security headers for every response, long caching
 *   for hashed assets only;
 * - `_redirects` (Netlify): `/` to the visitor's language; other hosts skip these rules and show
 *   the language chooser, which works everywhere;
 * - `<locale>/404.html`: each language's error page where hosts look for it (Astro writes a
 *   dynamic route's page as <locale>/404/index.html).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLocale, localeCodes } from '../config/locales.ts';
import { hashedAssetsCacheControl, hashedAssetsDir, securityHeaders } from '../config/hosting.ts';

export function headersFile(base: string): string {
  const headers = Object.entries(securityHeaders).map(([name, value]) => `  ${name}: ${value}`);
  return [
    '# Security headers for every response (Netlify, Cloudflare Pages). Written by the build.',
    `${base}*`,
    ...headers,
    '# Hashed assets never change under one name: cache them for a year.',
    `${base}${hashedAssetsDir}/*`,
    `  Cache-Control: ${hashedAssetsCacheControl}`,
    '',
  ].join('\n');
}

export function redirectsFile(base: string): string {
  // French, the portal's first language, is the last rule: the choice when the others do not match.
  const order = [...localeCodes.filter((code) => code !== defaultLocale), defaultLocale];
  return [
    "# Netlify: send / to the visitor's language (302, so a later change of language is respected).",
    '# Hosts without language conditions skip these lines and serve the language chooser at /.',
    ...order.map((code) => `${base}  ${base}${code}/  302!  Language=${code}`),
    "# Each language's own page for addresses that do not exist.",
    ...localeCodes.map((code) => `${base}${code}/*  ${base}${code}/404.html  404`),
    '',
  ].join('\n');
}

export default function hostFiles(): AstroIntegration {
  let base = '/';
  return {
    name: 'odwb:host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        writeFileSync(join(out, '_headers'), headersFile(base));
        writeFileSync(join(out, '_redirects'), redirectsFile(base));
        for (const code of localeCodes) {
          const built = join(out, code, '404', 'index.html');
          if (!existsSync(built)) continue;
          renameSync(built, join(out, code, '404.html'));
          rmdirSync(join(out, code, '404'));
        }
      },
    },
  };
}
