/**
 * After the build, writes what static hosts read beside the pages:
 * - `_headers` (Netlify, Cloudflare Pages): security headers for every response (the
 *   Content-Security-Policy allowing the stylesheet the pages inline, by its hash), a year's caching
 *   for hashed assets, revalidation for everything else, and the type and charset of the exports;
 * - `_redirects` (Netlify): `/` to the visitor's language; a visitor whose languages are none of
 *   the site's gets the language chooser at `/`, as on every other host;
 * - `<locale>/404.html`: each language's error page where hosts look for it (Astro writes a
 *   dynamic route's page as <locale>/404/index.html).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLocale, localeCodes } from '../config/locales.ts';
import {
  contentTypes,
  hashedAssetsCacheControl,
  hashedAssetsDir,
  revalidateCacheControl,
  securityHeaders,
  styleHash,
} from '../config/hosting.ts';
import { inlineStyles, parseHtml } from '../lib/html.ts';

/** Files the hosts read themselves and never serve. */
export const hostOnlyFiles = ['_headers', '_redirects'];

/**
 * Exports whose type a host might guess wrong or send without a charset (Debian's nginx, for one,
 * has no type for .csv): their type is stated. HTML and CSS every host gets right.
 */
const statedTypes = ['.csv', '.json', '.xml', '.txt'];

/**
 * Netlify and Cloudflare join the values of a header set by two matching rules with a comma, so
 * no two rules below that can match one path set the same header: the security headers are in
 * `/*` only, and each Cache-Control rule covers paths no other Cache-Control rule covers.
 * `files` are dist/'s files, relative to it, with / as separator.
 */
export function headersFile(base: string, files: string[], styleHashes: string[]): string {
  const rule = (path: string, headers: Record<string, string>) => [
    `${base}${path}`,
    ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
  ];
  const served = files.filter((file) => !hostOnlyFiles.includes(file) && !/\.(gz|br)$/.test(file));
  const topLevel = served.filter((file) => !file.includes('/')).sort();
  const typed = served
    .filter((file) => !file.startsWith(`${hashedAssetsDir}/`))
    .filter((file) => statedTypes.includes(extname(file)))
    .sort();
  const revalidate = { 'Cache-Control': revalidateCacheControl };
  return [
    '# Written by the build from src/config/hosting.ts; read by Netlify and Cloudflare Pages.',
    '# Security headers for every response.',
    ...rule('*', securityHeaders(styleHashes)),
    '# Hashed assets never change under one name: cache them for a year.',
    ...rule(`${hashedAssetsDir}/*`, { 'Cache-Control': hashedAssetsCacheControl }),
    '# Everything else keeps its name when the policy changes: revalidate before each use.',
    ...rule('', revalidate),
    ...localeCodes.flatMap((code) => rule(`${code}/*`, revalidate)),
    ...topLevel.flatMap((file) =>
      rule(
        file,
        statedTypes.includes(extname(file))
          ? { ...revalidate, 'Content-Type': contentTypes[extname(file)]! }
          : revalidate,
      ),
    ),
    '# The exports in language folders: their type and charset.',
    ...typed
      .filter((file) => file.includes('/'))
      .flatMap((file) => rule(file, { 'Content-Type': contentTypes[extname(file)]! })),
    '',
  ].join('\n');
}

export function redirectsFile(base: string): string {
  // Netlify matches the Language conditions itself; the default language's rule comes last.
  const order = [...localeCodes.filter((code) => code !== defaultLocale), defaultLocale];
  return [
    "# Netlify: send / to the visitor's language (302, so a later change of language is respected).",
    '# A visitor none of whose languages the site has gets the language chooser at /, as do the',
    '# hosts without language conditions (they skip these lines).',
    ...order.map((code) => `${base}  ${base}${code}/  302!  Language=${code}`),
    "# Each language's own page for addresses that do not exist.",
    ...localeCodes.map((code) => `${base}${code}/*  ${base}${code}/404.html  404`),
    '',
  ].join('\n');
}

/** Every file under dir, relative to it, with / as separator. */
export function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(dir.length + 1)
        .split(sep)
        .join('/'),
    );
}

/**
 * The hashes of the stylesheets the built pages under `dir` inline, read back from the pages: what
 * the policy sent as a header (`_headers`, the generated nginx configuration) must allow. Each
 * page's own `<meta http-equiv>` policy holds the same hash, worked out by the same function while
 * it rendered (PageHead.astro).
 */
export async function builtStyleHashes(dir: string): Promise<string[]> {
  const pages = filesIn(dir).filter((file) => file.endsWith('.html'));
  const styles = await Promise.all(
    pages.map(async (page) => inlineStyles(parseHtml(await readFile(join(dir, page), 'utf8')))),
  );
  return [...new Set(await Promise.all([...new Set(styles.flat())].map(styleHash)))].sort();
}

export default function hostFiles(): AstroIntegration {
  let base = '/';
  return {
    name: 'odwb:host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir).replace(/\/$/, '');
        for (const code of localeCodes) {
          const built = join(out, code, '404', 'index.html');
          if (!existsSync(built)) continue;
          renameSync(built, join(out, code, '404.html'));
          rmdirSync(join(out, code, '404'));
        }
        const hashes = await builtStyleHashes(out);
        writeFileSync(join(out, '_headers'), headersFile(base, filesIn(out), hashes));
        writeFileSync(join(out, '_redirects'), redirectsFile(base));
      },
    },
  };
}
