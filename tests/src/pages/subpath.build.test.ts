/**
 * The site built for GitHub Pages under /odwb-cookies/: every internal link still resolves, and
 * canonical, hreflang, sitemap and robots.txt URLs are absolute and carry the sub-path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localeCodes, offeredLocales } from '../../../src/config/locales.ts';
import { checkLinks } from '../../support/check-links.ts';
import { SUBPATH_BUILD } from '../../support/global-setup.ts';
import { serveStatic, type StaticSite } from '../../support/static-server.ts';

const dist = inject('subpathDistDir');
const ROOT = `${SUBPATH_BUILD.SITE_URL}${SUBPATH_BUILD.BASE_PATH}`;
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const all = (text: string, pattern: RegExp) =>
  [...text.matchAll(pattern)].map((match) => match.slice(1));

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
      const html = read(`${locale}/index.html`);
      expect(all(html, /<link rel="canonical" href="([^"]+)"/g)).toEqual([[`${ROOT}${locale}/`]]);
      expect(all(html, /<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)).toEqual([
        ...offeredLocales.map((other) => [other, `${ROOT}${other}/`]),
        ['x-default', ROOT],
      ]);
      expect(all(html, /<link rel="stylesheet" href="([^"]+)"/g)[0]![0]).toMatch(
        /^\/odwb-cookies\/_astro\//,
      );
    },
  );

  it('lists every page in the sitemap with its alternates, and robots.txt points to it', () => {
    expect(read('robots.txt')).toBe(
      `User-agent: *\nAllow: /\n\nSitemap: ${ROOT}sitemap-index.xml\n`,
    );
    expect(read('sitemap-index.xml')).toContain(`<loc>${ROOT}sitemap-0.xml</loc>`);
    const sitemap = read('sitemap-0.xml');
    const pages = all(sitemap, /<url><loc>([^<]+)<\/loc>/g).map(([loc]) => loc);
    expect(pages.sort()).toEqual(
      [ROOT, ...localeCodes.map((locale) => `${ROOT}${locale}/`)].sort(),
    );
    const entry = sitemap.match(new RegExp(`<url><loc>${ROOT}nl/</loc>.*?</url>`))![0];
    expect(all(entry, /hreflang="([^"]+)" href="([^"]+)"/g)).toEqual([
      ...localeCodes.map((locale) => [locale, `${ROOT}${locale}/`]),
      ['x-default', ROOT],
    ]);
  });
});
