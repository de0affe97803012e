/** Error pages: one per language where hosts look for it, and a root one offering every language. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localeCodes } from '../../../src/config/locales.ts';
import { attributes, elements, parseHtml, textOf } from '../../../src/lib/html.ts';
import { serveStatic, type StaticSite } from '../../support/static-server.ts';

const dist = inject('distDir');
const read = (path: string) => readFileSync(join(dist, path), 'utf8');

let site: StaticSite;
beforeAll(async () => {
  site = await serveStatic(dist);
});
afterAll(() => site?.close());

/** Each language's title and link back to the policy. */
const pages: Record<string, [title: string, back: string]> = {
  fr: ['Page introuvable', 'Lire la politique en matière de cookies'],
  en: ['Page not found', 'Read the cookie policy'],
  nl: ['Pagina niet gevonden', 'Het cookiebeleid lezen'],
  de: ['Seite nicht gefunden', 'Zur Cookie-Richtlinie'],
};

it('has the words of every language', () => {
  expect(Object.keys(pages).sort()).toEqual([...localeCodes].sort());
});

describe.each(localeCodes)('the %s 404 page', (locale) => {
  const [title, back] = pages[locale]!;
  it('says so in its language, links back to the policy, and is not indexed', () => {
    const document = parseHtml(read(`${locale}/404.html`));
    expect(attributes(elements(document, 'html'), 'lang')).toEqual([locale]);
    expect(elements(document, 'h1').map((heading) => textOf(heading))).toEqual([title]);
    expect(elements(document, 'a', { href: `/${locale}/` }).map((link) => textOf(link))).toContain(
      back,
    );
    expect(attributes(elements(document, 'meta', { name: 'robots' }), 'content')).toEqual([
      'noindex',
    ]);
    expect(elements(document, 'link', { rel: 'canonical' })).toEqual([]);
  });

  it('is what a host answers, with status 404, for a missing address in that language', async () => {
    const response = await fetch(new URL(`${locale}/no-such-page/`, site.url));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain(title);
  });
});

describe('the root 404 page', () => {
  it('says so in every language and offers each language', async () => {
    const response = await fetch(new URL('no-such-page', site.url));
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain(localeCodes.map((locale) => pages[locale]![0]).join(' · '));
    for (const locale of localeCodes) {
      const [, back] = pages[locale]!;
      expect(html).toContain(
        `<li lang="${locale}"><a href="/${locale}/" hreflang="${locale}"><span class="choice-title">${back}</span>`,
      );
    }
  });
});
