/**
 * The generated nginx configuration in the real nginx, for the root and the sub-path build: it
 * passes `nginx -t` as written; every kind of response carries the security headers, its type,
 * compression and caching; `/` follows the visitor's languages; each language has its 404; no link
 * is broken; every page paints from its first 14,336 bytes and stays within its cookies' budget,
 * as sent; and `npm run verify` finds nothing wrong
 * (which includes every page in Chromium without a Content-Security-Policy violation).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { defaultLocale, localeCodes } from '../../../src/config/locales.ts';
import { get, header, type Response } from '../../../scripts/verify/http.ts';
import { weighResponse } from '../../../scripts/verify/checks.ts';
import { nginxFiles } from '../../../scripts/hosting/nginx-config.ts';
import { firstPaintBudgetBytes, pageBudgetBytes } from '../../../src/config/hosting.ts';
import { distStyleHash } from '../../support/inline-style.ts';
import { checkNginxConfig, startNginx, type NginxSite } from '../../support/nginx-server.ts';
import { checkLinks } from '../../support/check-links.ts';
import { SUBPATH_BUILD } from '../../support/global-setup.ts';
import { nginxSuite } from './support/nginx-suite.ts';
import { runVerify } from './support/run-verify.ts';
import { describeWithBrowser } from '../../support/describe-with-browser.ts';
import { attributes, elements, parseHtml } from '../../../src/lib/html.ts';

/** The six headers; the policy allows the stylesheet the build's pages inline, by its hash. */
const securityHeaders = (dist: string) => ({
  'content-security-policy': `default-src 'none'; style-src '${distStyleHash(dist)}'; img-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
  'strict-transport-security': 'max-age=63072000',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'x-frame-options': 'DENY',
});
const REVALIDATE = 'no-cache';
const BUDGET = 14_336;
const [second, third] = localeCodes.filter((code) => code !== defaultLocale);
if (second === undefined || third === undefined)
  throw new Error('The redirect tests need three site languages; src/config/locales.ts has fewer.');

const securityHeadersOf = (response: Response) =>
  Object.fromEntries(
    Object.keys(securityHeaders(inject('distDir'))).map((name) => [name, header(response, name)]),
  );

const builds = [
  { name: 'root', dist: inject('distDir'), base: '/' },
  { name: 'sub-path', dist: inject('subpathDistDir'), base: SUBPATH_BUILD.BASE_PATH },
];

nginxSuite()?.each(builds)('the generated nginx configuration, $name build', ({ dist, base }) => {
  let site: NginxSite;
  beforeAll(async () => {
    site = await startNginx({ distDir: dist, base });
  });
  afterAll(async () => {
    await site?.close();
  });

  const at = (path: string, headers: Record<string, string> = {}) =>
    get(`${site.url}${path}`, headers);
  const html = (path: string) => readFileSync(join(dist, path), 'utf8');
  const page = () => parseHtml(html(`${defaultLocale}/index.html`));
  const icon = () => attributes(elements(page(), 'link', { rel: 'icon' }), 'href')[0]!;
  const pdf = () => attributes(elements(page(), 'a', { 'data-pdf': true }), 'href')[0]!;

  it('passes nginx -t exactly as written, once the certificate it names exists', async () => {
    const certs = mkdtempSync(join(tmpdir(), 'odwb-cert-'));
    try {
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-days',
          '1',
          '-subj',
          '/CN=cookies.odwb.be',
          '-keyout',
          join(certs, 'key.pem'),
          '-out',
          join(certs, 'cert.pem'),
        ],
        { stdio: 'ignore' },
      );
      const files = nginxFiles({
        base,
        serverName: 'cookies.odwb.be',
        siteDir: dist,
        certificate: join(certs, 'cert.pem'),
        certificateKey: join(certs, 'key.pem'),
        styleHashes: [distStyleHash(dist)],
      });
      const result = await checkNginxConfig(files);
      expect(result.output).toContain('syntax is ok');
      expect(result.output).toContain('test is successful');
      expect(result.ok).toBe(true);
    } finally {
      rmSync(certs, { recursive: true, force: true });
    }
  });

  it('sends plain-HTTP visitors to the same address over HTTPS', async () => {
    const response = await get(`${site.redirectUrl}${base.slice(1)}${defaultLocale}/?from=http`);
    expect(response.status).toBe(301);
    expect(header(response, 'location')).toBe(
      `https://127.0.0.1${base}${defaultLocale}/?from=http`,
    );
  });

  it('sends the six security headers on a page, the icon, a PDF, a redirect and a 404', async () => {
    const responses = {
      page: await at(`${defaultLocale}/`),
      icon: await get(new URL(icon(), site.url).href),
      pdf: await get(new URL(pdf(), site.url).href),
      redirect: await at('', { 'accept-language': second }),
      notFound: await at(`${defaultLocale}/no-such-page/`),
    };
    expect(responses.redirect.status).toBe(302);
    expect(responses.notFound.status).toBe(404);
    for (const response of Object.values(responses)) {
      expect(securityHeadersOf(response), response.url).toEqual(securityHeaders(dist));
    }
  });

  it.each([
    ...localeCodes.map((code) => [code, code]),
    ...localeCodes.map((code) => [`${code.toUpperCase()}-BE`, code]),
    ...localeCodes.map((code) => [`es, ${code}-BE;q=0.8`, code]),
    [`es, ${second};q=0.8, ${third};q=0.5`, second],
    [`${defaultLocale};q=0, ${third}`, third],
    [`${defaultLocale};q=0.0, ${second}`, second],
  ])(
    'redirects / with Accept-Language "%s" to /%s/, with Vary: Accept-Language',
    async (accept, code) => {
      const response = await at('', { 'accept-language': accept });
      expect(response.status).toBe(302);
      expect(header(response, 'location')).toBe(`${base}${code}/`);
      expect(header(response, 'vary')).toContain('Accept-Language');
      expect(header(response, 'cache-control')).toBe(REVALIDATE);
    },
  );

  it('takes the first listed language when the weights are out of order (nginx cannot sort them)', async () => {
    const response = await at('', { 'accept-language': `${third};q=0.5, ${second};q=0.9` });
    expect(header(response, 'location')).toBe(`${base}${third}/`);
  });

  it.each(['', 'es', 'es, *;q=0.5', `${defaultLocale};q=0`, `${defaultLocale}r, ${second}g`])(
    'shows the language chooser at / for Accept-Language "%s", with Vary: Accept-Language',
    async (accept) => {
      const response = await at('', accept ? { 'accept-language': accept } : {});
      expect(response.status).toBe(200);
      expect(response.body.toString()).toBe(html('index.html'));
      expect(header(response, 'vary')).toContain('Accept-Language');
    },
  );

  it.each(localeCodes)(
    'answers a missing address under /%s/ with that language’s 404 page',
    async (code) => {
      const response = await at(`${code}/no-such-page/`);
      expect(response.status).toBe(404);
      expect(response.body.toString()).toBe(html(`${code}/404.html`));
      expect(header(response, 'content-type')).toBe('text/html; charset=utf-8');
      expect(header(response, 'cache-control')).toBe(REVALIDATE);
    },
  );

  it('answers a missing address elsewhere with the root 404 page, even under _astro/', async () => {
    for (const path of ['no-such-page', '_astro/no-such.css']) {
      const response = await at(path);
      expect(response.status).toBe(404);
      expect(response.body.toString()).toBe(html('404.html'));
      // An error is never kept for a year, even where the hashed assets are.
      expect(header(response, 'cache-control')).toBe(REVALIDATE);
    }
  });

  it('sends each kind of file with its type, UTF-8 for text', async () => {
    const types = {
      [`${defaultLocale}/`]: 'text/html; charset=utf-8',
      [`${defaultLocale}/cookies.csv`]: 'text/csv; charset=utf-8',
      'cookies.json': 'application/json; charset=utf-8',
      'sitemap-index.xml': 'application/xml; charset=utf-8',
      'robots.txt': 'text/plain; charset=utf-8',
      'favicon.svg': 'image/svg+xml; charset=utf-8',
      [pdf()]: 'application/pdf',
    };
    const sent: Record<string, string | undefined> = {};
    for (const path of Object.keys(types)) {
      sent[path] = header(await get(new URL(path, site.url).href), 'content-type');
    }
    expect(sent).toEqual(types);
  });

  it('sends every text file as the precompressed .gz the build wrote, and as is to clients without gzip', async () => {
    for (const path of [
      `${defaultLocale}/`,
      `${defaultLocale}/cookies.csv`,
      'cookies.json',
      'sitemap-index.xml',
      'robots.txt',
      'favicon.svg',
    ]) {
      const file = join(
        dist,
        new URL(path, site.url).pathname
          .slice(base.length)
          .replace(/\/$|^$/, (end) => `${end}index.html`),
      );
      const zipped = await get(new URL(path, site.url).href, { 'accept-encoding': 'gzip' });
      expect(header(zipped, 'content-encoding'), path).toBe('gzip');
      expect(zipped.wireBytes, path).toBe(statSync(`${file}.gz`).size);
      expect(header(zipped, 'vary'), path).toContain('Accept-Encoding');
      const plain = await get(new URL(path, site.url).href, { 'accept-encoding': 'identity' });
      expect(header(plain, 'content-encoding'), path).toBeUndefined();
      expect(plain.body.equals(readFileSync(file)), path).toBe(true);
    }
    const binary = await get(new URL(pdf(), site.url).href);
    expect(header(binary, 'content-encoding')).toBeUndefined();
  });

  it('makes pages and exports revalidate', async () => {
    const cache = async (path: string) =>
      header(await get(new URL(path, site.url).href), 'cache-control');
    for (const path of [
      '',
      `${defaultLocale}/`,
      pdf(),
      `${defaultLocale}/cookies.csv`,
      'cookies.json',
      'sitemap-index.xml',
    ]) {
      expect(await cache(path), path).toBe(REVALIDATE);
    }
  });

  it('has zero broken links or anchors', async () => {
    const { broken, checked } = await checkLinks(site.url);
    expect(broken).toEqual([]);
    for (const code of localeCodes) expect(checked).toContain(`${base}${code}/`);
  });

  it('sends every page so that its first 14,336 bytes paint it, and within its cookies’ budget', async () => {
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .map((file) => file.replace(/index\.html$/, ''));
    const over: string[] = [];
    for (const page of pages) {
      const weight = weighResponse(await at(page));
      expect(weight.encoding, page).toBe('gzip');
      if (weight.firstPaint > BUDGET) over.push(`${weight.page}: first paint ${weight.firstPaint}`);
      if (weight.whole > pageBudgetBytes(weight.cookies))
        over.push(`${weight.page}: ${weight.whole} bytes for ${weight.cookies} cookies`);
    }
    expect(BUDGET).toBe(firstPaintBudgetBytes);
    expect(pages.length).toBeGreaterThan(2 * localeCodes.length);
    expect(over).toEqual([]);
  });

  describeWithBrowser('npm run verify', () => {
    it('passes, pages in Chromium included', async () => {
      const result = await runVerify(site.url);
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain('ok    pages in Chromium');
      expect(result.stdout).toContain('9 checks: 9 passed, 0 failed.');
      expect(result.code).toBe(0);
    }, 180_000);
  });
});
