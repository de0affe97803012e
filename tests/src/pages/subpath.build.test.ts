/**
 * The site built for GitHub Pages under /odwb-cookies/: every internal link still resolves, and
 * canonical, hreflang, sitemap and robots.txt URLs are absolute and carry the sub-path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { statementSlugs } from '../../../src/accessibility/slugs.ts';
import { localeCodes, offeredLocales } from '../../../src/config/locales.ts';
import { checkLinks } from '../../support/check-links.ts';
import { SUBPATH_BUILD } from '../../support/global-setup.ts';
import { serveStatic, type StaticSite } from '../../support/static-server.ts';
import { attributes, elements, parseHtml, parseXml, textOf } from '../../../src/lib/html.ts';

const dist = inject('subpathDistDir');
const ROOT = `${SUBPATH_BUILD.SITE_URL}${SUBPATH_BUILD.BASE_PATH}`;
const read = (path: string) => readFileSync(join(dist, path), 'utf8');

let site: StaticSite;
beforeAll(async () => {
  site = await serveStatic(dist, SUBPATH_BUILD.BASE_PATH);
});
afterAll(() => site?.close());

describe('a build under a sub-path', () => {
  it('has zero broken internal links or anchors', async () => {
    const { broken, checked } = await checkLinks(site.url);
    expect(broken).toEqual([]);
    for (const locale of localeCodes) {
      expect(checked).toContain(`/odwb-cookies/${locale}/`);
      expect(checked).toContain(`/odwb-cookies/${locale}/cookies.csv`);
    }
    expect(checked).toContain('/odwb-cookies/cookies.json');
  });

  it.each(localeCodes)(
    'gives the %s page absolute canonical and hreflang URLs under the sub-path',
    (locale) => {
      const document = parseHtml(read(`${locale}/index.html`));
      const links = (rel: string) => elements(document, 'link', { rel });
      expect(attributes(links('canonical'), 'href')).toEqual([`${ROOT}${locale}/`]);
      expect(links('alternate').map(({ attribs }) => [attribs.hreflang, attribs.href])).toEqual([
        ...offeredLocales.map((other) => [other, `${ROOT}${other}/`]),
        ['x-default', ROOT],
      ]);
      expect(attributes(links('icon'), 'href')).toEqual(['/odwb-cookies/favicon.svg']);
    },
  );

  it('lists every page in the sitemap with its alternates, and robots.txt points to it', () => {
    expect(read('robots.txt')).toBe(
      `User-agent: *\nAllow: /\n\nSitemap: ${ROOT}sitemap-index.xml\n`,
    );
    expect(elements(parseXml(read('sitemap-index.xml')), 'loc').map(textOf)).toEqual([
      `${ROOT}sitemap-0.xml`,
    ]);
    const urls = elements(parseXml(read('sitemap-0.xml')), 'url');
    const loc = (url: (typeof urls)[number]) => elements(url, 'loc').map(textOf)[0];
    expect(urls.map(loc).sort()).toEqual(
      [
        ROOT,
        ...localeCodes.map((locale) => `${ROOT}${locale}/`),
        ...localeCodes.map((locale) => `${ROOT}${locale}/${statementSlugs[locale]}/`),
      ].sort(),
    );
    const entry = urls.find((url) => loc(url) === `${ROOT}nl/`)!;
    const alternates = elements(entry, 'xhtml:link', { hreflang: true });
    expect(alternates.map(({ attribs }) => [attribs.hreflang, attribs.href])).toEqual([
      ...localeCodes.map((locale) => [locale, `${ROOT}${locale}/`]),
      ['x-default', ROOT],
    ]);
  });
});
