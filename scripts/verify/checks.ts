/**
 * What `npm run verify` checks on a deployed site, from outside, against the declarations the build
 * used (src/config/hosting.ts, src/config/locales.ts): every check lists all its problems, each
 * naming the response (kind and path) and what was expected.
 */
import { defaultLocale, localeCodes } from '../../src/config/locales.ts';
import {
  contentTypes,
  firstVisitBudgetBytes,
  hashedAssetsCacheControl,
  revalidateCacheControl,
  securityHeaders,
} from '../../src/config/hosting.ts';
import { get, header, type Response } from './http.ts';
import { count as plural } from '../../src/lib/plural.ts';
import { attributes, elements, parseHtml } from '../../src/lib/html.ts';

export interface Check {
  name: string;
  pass: boolean;
  /** One line on what was checked or found. */
  summary: string;
  problems: string[];
}

/** A response of one kind, with the label a report names it by: `stylesheet /_astro/x.css`. */
interface Sample {
  kind: string;
  label: string;
  response: Response;
}

export interface FirstVisit {
  page: string;
  bytes: number;
  parts: { path: string; bytes: number; encoding: string }[];
}

/** An address no site has: the 404 checks ask for it. */
export const MISSING = 'no-such-page-odwb-verify';

const path = (url: string) => {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
};
const bytes = (count: number) => count.toLocaleString('en-GB');
const extension = (url: string) => new URL(url).pathname.match(/(\.[a-z0-9]+)$/i)?.[1] ?? '.html';

export const stylesheetsOf = (html: string) =>
  attributes(elements(parseHtml(html), 'link', { rel: 'stylesheet' }), 'href');
const iconsOf = (html: string) =>
  attributes(
    elements(parseHtml(html), 'link', { rel: (rel) => ['icon', 'apple-touch-icon'].includes(rel) }),
    'href',
  );
const downloadsOf = (html: string) =>
  attributes(elements(parseHtml(html), 'a', { download: true }), 'href');

export interface Site {
  root: string;
  chooser: Response;
  pages: Map<string, Response>;
  samples: Sample[];
  notFound: Map<string, Response>;
  rootNotFound: Response;
}

/** Fetches what the checks look at: each language's page, what the default one links to, 404s. */
export async function collect(root: string): Promise<Site> {
  const chooser = await get(root);
  const pages = new Map<string, Response>();
  for (const code of localeCodes) pages.set(code, await get(`${root}${code}/`));
  const main = pages.get(defaultLocale)!;
  const html = main.body.toString('utf8');
  const samples: Sample[] = [{ kind: 'page', label: `page ${path(main.url)}`, response: main }];
  const add = async (kind: string, url: string) =>
    samples.push({ kind, label: `${kind} ${path(url)}`, response: await get(url) });
  for (const href of stylesheetsOf(html)) await add('stylesheet', new URL(href, main.url).href);
  for (const href of iconsOf(html)) await add('icon', new URL(href, main.url).href);
  for (const href of downloadsOf(html)) {
    const url = new URL(href, main.url).href;
    const kinds: Record<string, string> = { '.pdf': 'PDF', '.csv': 'CSV', '.json': 'JSON' };
    await add(kinds[extension(url)] ?? 'download', url);
  }
  await add('sitemap', `${root}sitemap-index.xml`);
  await add('robots.txt', `${root}robots.txt`);
  const notFound = new Map<string, Response>();
  for (const code of localeCodes) notFound.set(code, await get(`${root}${code}/${MISSING}/`));
  const rootNotFound = await get(`${root}${MISSING}`);
  const redirect = await get(root, {
    'accept-language': localeCodes.find((c) => c !== defaultLocale)!,
  });
  samples.push({ kind: 'redirect', label: `redirect ${path(root)}`, response: redirect });
  const missing = notFound.get(defaultLocale)!;
  samples.push({ kind: '404', label: `404 ${path(missing.url)}`, response: missing });
  return { root, chooser, pages, samples, notFound, rootNotFound };
}

const check = (name: string, summary: string, problems: string[]): Check => ({
  name,
  pass: problems.length === 0,
  summary,
  problems,
});

export function securityHeadersCheck(site: Site): Check {
  const problems: string[] = [];
  for (const { label, response } of site.samples) {
    for (const [name, expected] of Object.entries(securityHeaders)) {
      const value = header(response, name);
      if (value === undefined) problems.push(`${label}: ${name} missing (expected "${expected}")`);
      else if (value !== expected)
        problems.push(`${label}: ${name} is "${value}", expected "${expected}"`);
    }
  }
  const kinds = [...new Set(site.samples.map((sample) => sample.kind))].join(', ');
  return check(
    'security headers',
    `all ${Object.keys(securityHeaders).length} on each of: ${kinds}`,
    problems,
  );
}

/** Accept-Language values and where each must lead, derived from the locale list. */
export function redirectCases(): [string, string | null][] {
  const [first, second = first] = localeCodes.filter((code) => code !== defaultLocale) as string[];
  return [
    ...localeCodes.map((code): [string, string] => [code, code]),
    [`es, ${second}-BE;q=0.8, ${first};q=0.5`, second!],
    [`${defaultLocale};q=0, ${first}`, first!],
    [`${first!.toUpperCase()}-BE`, first!],
    ['es, *;q=0.1', null],
  ];
}

export async function languageRedirectCheck(site: Site): Promise<Check> {
  const problems: string[] = [];
  let redirected = 0;
  for (const [accept, expected] of redirectCases()) {
    const response = await get(site.root, { 'accept-language': accept });
    const location = header(response, 'location');
    const vary = (header(response, 'vary') ?? '').toLowerCase();
    const lands = location ? new URL(location, site.root).href : undefined;
    if (lands) redirected++;
    const leads = lands
      ? `redirects to ${path(lands)}`
      : `answers ${response.status} without redirect`;
    if (expected && lands !== `${site.root}${expected}/`) {
      problems.push(
        `Accept-Language "${accept}": ${leads}, expected ${path(site.root)}${expected}/`,
      );
    } else if (!expected && lands) {
      problems.push(`Accept-Language "${accept}": ${leads}, expected the language chooser`);
    }
    if (!vary.includes('accept-language')) {
      problems.push(
        `Accept-Language "${accept}": no "Vary: Accept-Language", so caches may serve it to anyone`,
      );
    }
  }
  if (redirected === 0) {
    return check(
      'language redirect',
      `no redirect: ${path(site.root)} shows the language chooser (hosts without language rules)`,
      site.chooser.status === 200
        ? []
        : [
            `${path(site.root)} answers ${site.chooser.status}, expected the language chooser (200)`,
          ],
    );
  }
  return check(
    'language redirect',
    `${redirectCases().length} Accept-Language values, each to its language with Vary`,
    problems,
  );
}

export function notFoundCheck(site: Site): Check {
  const problems: string[] = [];
  for (const [code, response] of site.notFound) {
    const html = response.body.toString('utf8');
    if (response.status !== 404)
      problems.push(`${path(response.url)}: status ${response.status}, expected 404`);
    if (elements(parseHtml(html), 'html', { lang: code }).length === 0) {
      problems.push(`${path(response.url)}: not the ${code} error page (no <html lang="${code}">)`);
    }
  }
  const root = site.rootNotFound;
  if (root.status !== 404) problems.push(`${path(root.url)}: status ${root.status}, expected 404`);
  return check(
    '404 pages',
    `one per language (${localeCodes.length}) and one at the root, status 404`,
    problems,
  );
}

function parseContentType(value: string | undefined) {
  const [type = '', ...parameters] = (value ?? '')
    .split(';')
    .map((part) => part.trim().toLowerCase());
  const charset = parameters.find((p) => p.startsWith('charset='))?.slice('charset='.length);
  return { type, charset: charset?.replace(/"/g, '') };
}

export function typesCheck(site: Site): Check {
  const problems: string[] = [];
  const checked = [...site.samples.filter((s) => s.kind !== 'redirect')];
  for (const { label, response } of checked) {
    const expected = contentTypes[extension(response.url)];
    if (!expected) continue;
    const want = parseContentType(expected);
    const got = parseContentType(header(response, 'content-type'));
    if (got.type !== want.type || got.charset !== want.charset) {
      const value = header(response, 'content-type');
      problems.push(
        `${label}: Content-Type is ${value ? `"${value}"` : 'missing'}, expected "${expected}"`,
      );
    }
  }
  return check(
    'types and charsets',
    `${checked.length} responses, text in UTF-8 and said so`,
    problems,
  );
}

export function compressionCheck(site: Site): Check {
  const problems: string[] = [];
  const text = site.samples.filter(
    ({ kind, response }) =>
      kind !== 'redirect' && contentTypes[extension(response.url)]?.includes('charset='),
  );
  for (const { label, response } of text) {
    const encoding = header(response, 'content-encoding');
    if (!encoding || !/^(gzip|br)$/i.test(encoding.trim())) {
      problems.push(
        `${label}: sent uncompressed (${bytes(response.wireBytes)} bytes), expected gzip or br`,
      );
    }
  }
  return check('compression', `${text.length} text responses sent with gzip or br`, problems);
}

/**
 * What a first visit with an empty cache downloads for one page: the page, its stylesheets and
 * icons, each counted as sent (compressed when the server compresses). `assets` is shared between
 * pages so each asset is fetched once.
 */
export async function measureFirstVisit(
  page: Response,
  assets = new Map<string, Response>(),
): Promise<FirstVisit> {
  const html = page.body.toString('utf8');
  const part = (response: Response) => ({
    path: path(response.url),
    bytes: response.wireBytes,
    encoding: header(response, 'content-encoding') ?? 'none',
  });
  const parts = [part(page)];
  for (const href of [...stylesheetsOf(html), ...iconsOf(html)]) {
    const url = new URL(href, page.url).href;
    if (!assets.has(url)) assets.set(url, await get(url));
    parts.push(part(assets.get(url)!));
  }
  return { page: path(page.url), bytes: parts.reduce((sum, p) => sum + p.bytes, 0), parts };
}

export async function firstVisits(site: Site): Promise<FirstVisit[]> {
  const assets = new Map<string, Response>();
  const pages = [
    site.chooser,
    ...site.pages.values(),
    ...site.notFound.values(),
    site.rootNotFound,
  ];
  const visits: FirstVisit[] = [];
  for (const page of pages) visits.push(await measureFirstVisit(page, assets));
  return visits;
}

export function firstVisitCheck(visits: FirstVisit[]): Check {
  const problems = visits
    .filter((visit) => visit.bytes > firstVisitBudgetBytes)
    .map(
      (visit) =>
        `${visit.page}: ${bytes(visit.bytes)} bytes on a first visit (${visit.parts.map((p) => `${p.path} ${bytes(p.bytes)}`).join(' + ')}), over ${bytes(firstVisitBudgetBytes)}`,
    );
  const heaviest = visits.reduce(
    (max, visit) => (visit.bytes > max.bytes ? visit : max),
    visits[0]!,
  );
  return check(
    'first-visit weight',
    `${plural(visits.length, 'page')}, heaviest ${heaviest.page} ${bytes(heaviest.bytes)} of ${bytes(firstVisitBudgetBytes)} bytes (page, stylesheet and icon as sent)`,
    problems,
  );
}

const revalidates = (value: string) => /(^|,)\s*(no-cache|no-store|max-age=0)\s*(,|$)/i.test(value);
const keepsAYear = (value: string) => Number(value.match(/max-age=(\d+)/i)?.[1] ?? 0) >= 31_536_000;

export function cachingCheck(site: Site): Check {
  const problems: string[] = [];
  for (const { kind, label, response } of site.samples) {
    if (kind === 'redirect' || kind === '404' || kind === 'icon') continue;
    const value = header(response, 'cache-control');
    const shown = value ? `"${value}"` : 'missing';
    if (kind === 'stylesheet') {
      if (!value || !keepsAYear(value))
        problems.push(
          `${label}: Cache-Control ${shown}, expected a year ("${hashedAssetsCacheControl}")`,
        );
    } else if (!value || !revalidates(value)) {
      problems.push(
        `${label}: Cache-Control ${shown}, expected revalidation ("${revalidateCacheControl}")`,
      );
    }
  }
  return check('caching', 'pages and exports revalidate, hashed assets kept a year', problems);
}
