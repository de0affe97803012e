/**
 * Page weight of a built site: for every HTML page in the output folder, the page itself and what
 * a first visit downloads with it (stylesheets, scripts, images, fonts), raw, gzip (level 9) and
 * brotli (quality 11), from node:zlib. References are read from the HTML (link rel=stylesheet,
 * icon, preload, modulepreload; script src; img src and srcset; source srcset) and from url() in
 * the stylesheets (fonts, images), resolved against the output folder with Astro's `base`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const compressionSettings = 'gzip level 9, brotli quality 11 (node:zlib)';

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export type AssetKind = 'css' | 'js' | 'image' | 'font' | 'other';

export interface Asset {
  /** Path inside the output folder, e.g. _astro/i18n.NiYeVYAQ.css. */
  path: string;
  kind: AssetKind;
  /** Where the page refers to it: html, or the stylesheet that does. */
  from: string;
  sizes: Sizes;
}

export interface PageWeight {
  /** Path of the page inside the output folder, e.g. fr/index.html. */
  page: string;
  html: Sizes;
  css: Sizes;
  js: Sizes;
  images: Sizes;
  fonts: Sizes;
  other: Sizes;
  assets: Asset[];
  /** Why JavaScript is required, one entry per script element, script file or handler; empty when none. */
  javascript: string[];
  /** References the output folder does not contain (broken, or on another host). */
  unresolved: string[];
  /** Brotli bytes for text (HTML, CSS, JS, SVG), raw bytes for binary files, all summed. */
  firstVisitBrotli: number;
  /** The same with gzip. */
  firstVisitGzip: number;
  /** gzip(HTML) + gzip(CSS): the figure the 14 KB budget applies to. */
  budgetBytes: number;
}

const zero = (): Sizes => ({ raw: 0, gzip: 0, brotli: 0 });
const add = (a: Sizes, b: Sizes): Sizes => ({
  raw: a.raw + b.raw,
  gzip: a.gzip + b.gzip,
  brotli: a.brotli + b.brotli,
});

export function compressedSizes(content: Buffer | string): Sizes {
  const buffer = typeof content === 'string' ? Buffer.from(content) : content;
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
}

/** Files a server would send compressed; everything else (woff2, png, jpg, webp) is sent as is. */
const textExtensions = new Set(['.html', '.css', '.js', '.mjs', '.svg', '.json', '.txt', '.xml']);
const fontExtensions = new Set(['.woff2', '.woff', '.ttf', '.otf', '.eot']);
const imageExtensions = new Set([
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.webp',
  '.avif',
  '.svg',
  '.ico',
]);

export function kindOf(path: string): AssetKind {
  const extension = extname(path).toLowerCase();
  if (extension === '.css') return 'css';
  if (extension === '.js' || extension === '.mjs') return 'js';
  if (fontExtensions.has(extension)) return 'font';
  if (imageExtensions.has(extension)) return 'image';
  return 'other';
}

function transferBytes(path: string, sizes: Sizes, method: 'gzip' | 'brotli'): number {
  return textExtensions.has(extname(path).toLowerCase()) ? sizes[method] : sizes.raw;
}

/** Every tag of one name with its attributes (names lower-cased; values unescaped for &amp;). */
export function tags(html: string, name: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  const tagPattern = new RegExp(`<${name}\\b((?:[^>"']|"[^"]*"|'[^']*')*)>`, 'gi');
  const attributePattern = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const tag of html.matchAll(tagPattern)) {
    const attributes: Record<string, string> = {};
    for (const attribute of tag[1]!.matchAll(attributePattern)) {
      const value = attribute[2] ?? attribute[3] ?? attribute[4] ?? '';
      attributes[attribute[1]!.toLowerCase()] = value.replaceAll('&amp;', '&');
    }
    found.push(attributes);
  }
  return found;
}

/** Script types that the browser runs; any other type is a data block (e.g. application/ld+json). */
function isExecutable(type: string | undefined): boolean {
  if (type === undefined || type.trim() === '') return true;
  const normalized = type.trim().toLowerCase();
  return normalized === 'module' || /^(text|application)\/(x-)?(java|ecma)script$/.test(normalized);
}

/** What makes a page need JavaScript: script elements, modulepreload, inline handlers, javascript: URLs. */
export function javascriptUses(html: string): string[] {
  const uses: string[] = [];
  for (const script of tags(html, 'script')) {
    if (!isExecutable(script.type)) continue;
    uses.push(script.src ? `<script src="${script.src}">` : '<script> (inline)');
  }
  for (const link of tags(html, 'link')) {
    if ((link.rel ?? '').toLowerCase().split(/\s+/).includes('modulepreload')) {
      uses.push(`<link rel="modulepreload" href="${link.href}">`);
    }
  }
  const handler = /<[a-z][^>]*\s(on[a-z]+)\s*=/gi;
  for (const match of html.matchAll(handler)) uses.push(`inline ${match[1]} handler`);
  if (/\shref\s*=\s*["']?\s*javascript:/i.test(html)) uses.push('javascript: link');
  return uses;
}

function srcsetUrls(srcset: string | undefined): string[] {
  if (!srcset) return [];
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0]!)
    .filter(Boolean);
}

/** The URLs a page asks for on load, as written in the HTML. */
export function referencedUrls(html: string): { url: string; as?: AssetKind | undefined }[] {
  const urls: { url: string; as?: AssetKind | undefined }[] = [];
  for (const link of tags(html, 'link')) {
    const rels = (link.rel ?? '').toLowerCase().split(/\s+/);
    if (!link.href) continue;
    if (rels.includes('stylesheet')) urls.push({ url: link.href, as: 'css' });
    else if (rels.includes('modulepreload')) urls.push({ url: link.href, as: 'js' });
    else if (rels.includes('preload')) {
      const as = (link.as ?? '').toLowerCase();
      const kinds: Record<string, AssetKind> = {
        style: 'css',
        script: 'js',
        font: 'font',
        image: 'image',
      };
      urls.push({ url: link.href, as: kinds[as] });
    } else if (rels.some((rel) => rel === 'icon' || rel === 'apple-touch-icon')) {
      urls.push({ url: link.href, as: 'image' });
    }
  }
  for (const script of tags(html, 'script')) {
    if (script.src && isExecutable(script.type)) urls.push({ url: script.src, as: 'js' });
  }
  for (const image of tags(html, 'img')) {
    if (image.src) urls.push({ url: image.src, as: 'image' });
    for (const url of srcsetUrls(image.srcset)) urls.push({ url, as: 'image' });
  }
  for (const source of tags(html, 'source')) {
    for (const url of srcsetUrls(source.srcset)) urls.push({ url, as: 'image' });
  }
  return urls;
}

/** url(...) references in a stylesheet, data: URLs excluded. */
export function cssUrls(css: string): string[] {
  const urls: string[] = [];
  for (const match of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi)) {
    const url = (match[1] ?? match[2] ?? match[3] ?? '').trim();
    if (url && !url.startsWith('data:') && !url.startsWith('#')) urls.push(url);
  }
  return urls;
}

const origin = 'http://bench.invalid';

/**
 * The file a URL points at inside the output folder, or undefined when it leaves the site
 * (another host) or lies outside `base`. `fromPath` is the URL path of the referring document.
 */
export function resolveInOutput(
  url: string,
  fromPath: string,
  base: string,
  outDir: string,
): string | undefined {
  const resolved = new URL(url, origin + fromPath);
  if (resolved.origin !== origin) return undefined;
  const basePath = base.endsWith('/') ? base : `${base}/`;
  if (!resolved.pathname.startsWith(basePath)) return undefined;
  let inside = decodeURIComponent(resolved.pathname.slice(basePath.length));
  if (inside === '' || inside.endsWith('/')) inside += 'index.html';
  return join(outDir, ...inside.split('/'));
}

export function htmlPages(outDir: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html'))
        pages.push(relative(outDir, path).split(sep).join('/'));
    }
  };
  walk(outDir);
  // The root page (the language chooser) first, then the others by path.
  return pages.sort(
    (a, b) => Number(b === 'index.html') - Number(a === 'index.html') || a.localeCompare(b),
  );
}

/** The URL path a page is served at: fr/index.html -> <base>fr/index.html. */
function pageUrlPath(page: string, base: string): string {
  const basePath = base.endsWith('/') ? base : `${base}/`;
  return basePath + page;
}

export function measurePage(outDir: string, page: string, base: string): PageWeight {
  const html = readFileSync(join(outDir, page), 'utf8');
  const fromPath = pageUrlPath(page, base);
  const assets: Asset[] = [];
  const unresolved: string[] = [];
  const seen = new Set<string>();
  const sizesCache = new Map<string, Sizes>();
  const sizesOf = (file: string) => {
    if (!sizesCache.has(file)) sizesCache.set(file, compressedSizes(readFileSync(file)));
    return sizesCache.get(file)!;
  };

  const visit = (url: string, referrerPath: string, from: string, as?: AssetKind) => {
    if (url.startsWith('data:')) return;
    const file = resolveInOutput(url, referrerPath, base, outDir);
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      unresolved.push(`${url} (from ${from})`);
      return;
    }
    const path = relative(outDir, file).split(sep).join('/');
    if (seen.has(path)) return;
    seen.add(path);
    const kind = kindOf(path) === 'other' && as ? as : kindOf(path);
    assets.push({ path, kind, from, sizes: sizesOf(file) });
    if (kind === 'css') {
      const css = readFileSync(file, 'utf8');
      for (const inner of cssUrls(css)) visit(inner, pageUrlPath(path, base), path);
    }
  };
  for (const { url, as } of referencedUrls(html)) visit(url, fromPath, 'html', as);

  const total = (kind: AssetKind) =>
    assets
      .filter((asset) => asset.kind === kind)
      .reduce((sum, asset) => add(sum, asset.sizes), zero());
  const htmlSizes = compressedSizes(html);
  const css = total('css');
  const javascript = javascriptUses(html);
  for (const asset of assets.filter((asset) => asset.kind === 'js')) {
    if (!javascript.some((use) => use.includes(asset.path))) javascript.push(`file ${asset.path}`);
  }
  const firstVisit = (method: 'gzip' | 'brotli') =>
    htmlSizes[method] +
    assets.reduce((sum, asset) => sum + transferBytes(asset.path, asset.sizes, method), 0);

  return {
    page,
    html: htmlSizes,
    css,
    js: total('js'),
    images: total('image'),
    fonts: total('font'),
    other: total('other'),
    assets,
    javascript,
    unresolved,
    firstVisitBrotli: firstVisit('brotli'),
    firstVisitGzip: firstVisit('gzip'),
    budgetBytes: htmlSizes.gzip + css.gzip,
  };
}

export function measureSite(outDir: string, base: string): PageWeight[] {
  return htmlPages(outDir).map((page) => measurePage(outDir, page, base));
}
