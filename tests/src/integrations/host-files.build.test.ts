/** What Netlify and Cloudflare Pages read from dist/: security headers, caching, types, redirects. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  brotliCompressSync,
  brotliDecompressSync,
  constants,
  gunzipSync,
  gzipSync,
} from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { defaultLocale, localeCodes } from '../../../src/config/locales.ts';
import { distStyleHash } from '../../support/inline-style.ts';

const dist = inject('distDir');
const subpath = inject('subpathDistDir');
const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');

/** `_headers` as { path: { header: value } }. */
function rules(text: string): Record<string, Record<string, string>> {
  const result: Record<string, Record<string, string>> = {};
  let current = '';
  for (const line of text.split('\n').filter((line) => line.trim() && !line.startsWith('#'))) {
    if (!line.startsWith(' ')) result[(current = line.trim())] = {};
    else {
      const [name, ...value] = line.trim().split(':');
      result[current]![name!] = value.join(':').trim();
    }
  }
  return result;
}

describe('_headers', () => {
  const headers = rules(read(dist, '_headers'));

  it('sends a strict Content-Security-Policy on every path: the inlined stylesheet, own files, nothing else', () => {
    const csp = headers['/*']!['Content-Security-Policy']!;
    const directives = Object.fromEntries(
      csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]),
    );
    expect(directives).toEqual({
      'default-src': "'none'",
      'style-src': `'${distStyleHash(dist)}'`,
      'img-src': "'self'",
      'font-src': "'self'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-ancestors': "'none'",
    });
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('sends HSTS, nosniff, a referrer policy and a permissions policy', () => {
    expect(headers['/*']).toMatchObject({
      'Strict-Transport-Security': 'max-age=63072000',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    });
  });

  it('keeps hashed assets a year and makes everything else revalidate, never both on one path', () => {
    const cacheRules = Object.entries(headers)
      .filter(([, values]) => values['Cache-Control'])
      .map(([path, values]) => [path, values['Cache-Control']]);
    expect(cacheRules).toEqual([
      ['/_astro/*', 'public, max-age=31536000, immutable'],
      ['/', 'no-cache'],
      ...localeCodes.map((code) => [`/${code}/*`, 'no-cache']),
      ...[
        '/404.html',
        '/cookies-edpb.json',
        '/cookies.json',
        '/favicon.svg',
        '/index.html',
        '/robots.txt',
        '/sitemap-0.xml',
        '/sitemap-index.xml',
      ].map((path) => [path, 'no-cache']),
    ]);
    // Netlify and Cloudflare join two matching rules' values with a comma: the security headers
    // are set by the catch-all rule alone.
    for (const [path, values] of Object.entries(headers)) {
      if (path === '/*') continue;
      expect(
        Object.keys(values).filter((name) => name in headers['/*']!),
        path,
      ).toEqual([]);
    }
  });

  it('states the type and charset of every export', () => {
    const types = Object.entries(headers)
      .filter(([, values]) => values['Content-Type'])
      .map(([path, values]) => [path, values['Content-Type']])
      .sort();
    expect(types).toEqual(
      [
        ['/cookies-edpb.json', 'application/json; charset=utf-8'],
        ['/cookies.json', 'application/json; charset=utf-8'],
        ['/robots.txt', 'text/plain; charset=utf-8'],
        ['/sitemap-0.xml', 'application/xml; charset=utf-8'],
        ['/sitemap-index.xml', 'application/xml; charset=utf-8'],
        ...localeCodes.map((code) => [`/${code}/cookies.csv`, 'text/csv; charset=utf-8']),
      ].sort(),
    );
  });

  it('follows the sub-path when built under one', () => {
    const paths = Object.keys(rules(read(subpath, '_headers')));
    expect(paths.slice(0, 3)).toEqual([
      '/odwb-cookies/*',
      '/odwb-cookies/_astro/*',
      '/odwb-cookies/',
    ]);
    expect(paths.filter((path) => !path.startsWith('/odwb-cookies/'))).toEqual([]);
  });
});

describe('_redirects', () => {
  it('sends / to the visitor’s language on Netlify, the default last, with no unconditional rule', () => {
    const lines = read(dist, '_redirects')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'));
    const others = localeCodes.filter((code) => code !== defaultLocale);
    expect(lines).toEqual([
      ...[...others, defaultLocale].map((code) => `/  /${code}/  302!  Language=${code}`),
      ...localeCodes.map((code) => `/${code}/*  /${code}/404.html  404`),
    ]);
    // A visitor none of whose languages the site has gets the language chooser, as the README says.
    expect(lines.filter((line) => !/Language=|404$/.test(line))).toEqual([]);
  });
});

describe('precompressed files', () => {
  const texts = /\.(html|css|js|json|csv|xml|txt|svg)$/;
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) =>
    texts.test(file),
  );

  it('lie beside every text file, as gzip level 9 and brotli quality 11 of the same bytes', () => {
    expect(files.length).toBeGreaterThan(4 * localeCodes.length);
    for (const file of files) {
      const original = readFileSync(join(dist, file));
      const gz = readFileSync(join(dist, `${file}.gz`));
      const br = readFileSync(join(dist, `${file}.br`));
      expect(gunzipSync(gz).equals(original), file).toBe(true);
      expect(brotliDecompressSync(br).equals(original), file).toBe(true);
      expect(gz.length, file).toBe(gzipSync(original, { level: 9 }).length);
      expect(br.length, file).toBe(
        brotliCompressSync(original, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 11,
            [constants.BROTLI_PARAM_SIZE_HINT]: original.length,
          },
        }).length,
      );
    }
  });

  it('are not written for binary files or the host-only files', () => {
    const compressed = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) =>
      /\.(gz|br)$/.test(file),
    );
    expect(compressed.filter((file) => /\.pdf\.|^_headers|^_redirects/.test(file))).toEqual([]);
    expect(compressed.length).toBe(2 * files.length);
  });
});
