/**
 * What `npm run verify` checks on a deployed site, from outside, against the declarations the build
 * used (src/config/hosting.ts, src/config/locales.ts): every check lists all its problems, each
 * naming the response (kind and path) and what was expected.
 */
import { defaultLocale, localeCodes } from '../../src/config/locales.ts';
import {
  contentTypes,
  firstPaintBudgetBytes,
  hashedAssetsCacheControl,
  pageBudgetBytes,
  revalidateCacheControl,
  securityHeaders,
  styleHash,
} from '../../src/config/hosting.ts';
import { overBudget, weighPage, type PageWeight } from '../../src/lib/page-weight.ts';
import { get, header, type Response } from './http.ts';
import { count as plural } from '../../src/lib/plural.ts';
import { attributes, elements, inlineStyles, parseHtml } from '../../src/lib/html.ts';

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

export interface WeighedPage extends PageWeight {
  page: string;
  /** How the page was sent: gzip, br or none. */
  encoding: string;
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
  /** The hashes of the stylesheets the pages inline: what the policy must allow. */
  styleHashes: string[];
}

/** Every page fetched: the chooser, each language's page and 404 page, the root 404. */
const allPages = (site: Omit<Site, 'styleHashes'>) => [
  site.chooser,
  ...site.pages.values(),
  ...site.notFound.values(),
  site.rootNotFound,
];

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
  const fetched = { root, chooser, pages, samples, notFound, rootNotFound };
  const styles = allPages(fetched).flatMap((page) => inlineStyles(parseHtml(page.body.toString())));
  const styleHashes = [...new Set(await Promise.all([...new Set(styles)].map(styleHash)))].sort();
  return { ...fetched, styleHashes };
}

const check = (name: string, summary: string, problems: string[]): Check => ({
  name,
  pass: problems.length === 0,
  summary,
  problems,
});

export function securityHeadersCheck(site: Site): Check {
  if (site.styleHashes.length === 0) {
    return check('security headers', 'no page inlines its stylesheet', [
      `page ${path(site.pages.get(defaultLocale)!.url)}: no inline stylesheet, so no Content-Security-Policy to expect: deploy a build of this version of the site`,
    ]);
  }
  const expectedHeaders = securityHeaders(site.styleHashes);
  const problems: string[] = [];
  for (const { label, response } of site.samples) {
    for (const [name, expected] of Object.entries(expectedHeaders)) {
      const value = header(response, name);
      if (value === undefined) problems.push(`${label}: ${name} missing (expected "${expected}")`);
      else if (value !== expected)
        problems.push(`${label}: ${name} is "${value}", expected "${expected}"`);
    }
  }
  const kinds = [...new Set(site.samples.map((sample) => sample.kind))].join(', ');
  return check(
    'security headers',
    `all ${Object.keys(expectedHeaders).length} on each of: ${kinds}`,
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

/** A page's weight as sent: compressed bytes up to the top of the policy, in all, its cookies. */
export function weighResponse(response: Response): WeighedPage {
  const encoding = (header(response, 'content-encoding') ?? 'none').trim().toLowerCase();
  const html = response.body.toString('utf8');
  const sentAs = encoding === 'gzip' || encoding === 'br' ? encoding : 'none';
  return { page: path(response.url), encoding, ...weighPage(html, response.raw, sentAs) };
}

export const weighPages = (site: Site): WeighedPage[] => allPages(site).map(weighResponse);

export function pageWeightCheck(weights: WeighedPage[]): Check {
  const problems = weights.flatMap((weight) => overBudget(weight.page, weight));
  const heaviest = (of: (weight: WeighedPage) => number) =>
    weights.reduce((max, weight) => (of(weight) > of(max) ? weight : max), weights[0]!);
  const paint = heaviest((weight) => weight.firstPaint);
  const whole = heaviest((weight) => weight.whole / pageBudgetBytes(weight.cookies));
  return check(
    'page weight',
    `${plural(weights.length, 'page')}; first paint at most ${bytes(paint.firstPaint)} of ${bytes(firstPaintBudgetBytes)} bytes (${paint.page}); ` +
      `heaviest ${whole.page} ${bytes(whole.whole)} of the ${bytes(pageBudgetBytes(whole.cookies))} allowed for ${whole.cookies} cookies`,
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
