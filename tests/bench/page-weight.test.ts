/** How the benchmark reads a built page: what it downloads and whether it needs JavaScript. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  cssUrls,
  javascriptUses,
  measurePage,
  referencedUrls,
  resolveInOutput,
} from '../../scripts/bench/page-weight.ts';

describe('references in the HTML', () => {
  it('finds stylesheets, icons, preloads, scripts and images, but not data: icons', () => {
    const html = `<link rel="stylesheet" href="/_astro/a.css"><link rel=icon href="data:,">
      <link rel="icon" type="image/svg+xml" href="/favicon.svg"><link rel="preload" as="font" href="/f.woff2" crossorigin>
      <link rel="canonical" href="https://x.test/fr/"><script type="module" src="/_astro/b.js"></script>
      <img src="/logo.png" srcset="/logo-2x.png 2x, /logo-3x.png 3x" alt="">`;
    expect(referencedUrls(html)).toEqual([
      { url: '/_astro/a.css', as: 'css' },
      { url: 'data:,', as: 'image' },
      { url: '/favicon.svg', as: 'image' },
      { url: '/f.woff2', as: 'font' },
      { url: '/_astro/b.js', as: 'js' },
      { url: '/logo.png', as: 'image' },
      { url: '/logo-2x.png', as: 'image' },
      { url: '/logo-3x.png', as: 'image' },
    ]);
  });

  it('counts executable scripts, handlers and javascript: links, not JSON-LD', () => {
    expect(
      javascriptUses('<script type="application/ld+json">{}</script><p>onload= in text</p>'),
    ).toEqual([]);
    expect(
      javascriptUses(
        '<script>1</script><button onclick="x()">b</button><a href="javascript:void 0">a</a>',
      ),
    ).toEqual(['<script> (inline)', 'inline onclick handler', 'javascript: link']);
  });

  it('reads url() in a stylesheet, without data: URLs', () => {
    expect(
      cssUrls(
        '@font-face{src:url("/f.woff2") format("woff2"),url(data:font/woff2;base64,AA)}a{background:url(./i.png)}',
      ),
    ).toEqual(['/f.woff2', './i.png']);
  });

  it('resolves URLs under a sub-path base and leaves other hosts out', () => {
    expect(
      resolveInOutput('/cookies/_astro/a.css', '/cookies/fr/index.html', '/cookies/', '/out'),
    ).toBe('/out/_astro/a.css');
    expect(resolveInOutput('../_astro/a.css', '/cookies/fr/index.html', '/cookies', '/out')).toBe(
      '/out/_astro/a.css',
    );
    expect(
      resolveInOutput('https://cdn.test/a.css', '/fr/index.html', '/', '/out'),
    ).toBeUndefined();
    expect(
      resolveInOutput('/elsewhere/a.css', '/cookies/fr/', '/cookies/', '/out'),
    ).toBeUndefined();
  });
});

describe('a page with its stylesheet', () => {
  const out = mkdtempSync(join(tmpdir(), 'bench-page-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('adds the CSS and its font to the first visit and applies the budget to HTML + CSS', () => {
    mkdirSync(join(out, 'fr'));
    mkdirSync(join(out, '_astro'));
    const css = `@font-face{src:url(/sub/f.woff2)}${'.a{color:red}'.repeat(200)}`;
    writeFileSync(join(out, '_astro', 's.css'), css);
    writeFileSync(join(out, 'f.woff2'), Buffer.alloc(1000, 7));
    writeFileSync(
      join(out, 'fr', 'index.html'),
      `<html><head><link rel="stylesheet" href="/sub/_astro/s.css"></head><body>${'<p>texte</p>'.repeat(100)}</body></html>`,
    );
    const page = measurePage(out, 'fr/index.html', '/sub/');
    expect(page.unresolved).toEqual([]);
    expect(page.assets.map((asset) => [asset.path, asset.kind])).toEqual([
      ['_astro/s.css', 'css'],
      ['f.woff2', 'font'],
    ]);
    expect(page.css.raw).toBe(css.length);
    expect(page.fonts.raw).toBe(1000);
    expect(page.javascript).toEqual([]);
    expect(page.budgetBytes).toBe(page.html.gzip + page.css.gzip);
    expect(page.firstVisitBrotli).toBe(page.html.brotli + page.css.brotli + 1000);
  });
});
