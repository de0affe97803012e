/**
 * Serves a built dist/ on 127.0.0.1 the way a static host does: under an optional sub-path,
 * directories answered by their index.html, unknown paths by the nearest 404.html with status 404
 * (as Cloudflare Pages does), and, when asked, the headers of dist/_headers (as Netlify and
 * Cloudflare Pages do). Used by the build (to print the PDFs), the link check and the browser
 * tests; port 0 lets the system pick a free port.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { contentTypes } from '../config/hosting.ts';

export interface StaticSite {
  /** e.g. http://127.0.0.1:41234/odwb-cookies/ */
  url: string;
  close: () => Promise<void>;
}

interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

/** Netlify's `_headers` format: a path (with * wildcards), then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)?.headers.push([name!.trim(), value.join(':').trim()]);
    }
  }
  return rules;
}

export async function serveStatic(
  root: string,
  basePath = '/',
  options: { headersFile?: boolean } = {},
): Promise<StaticSite> {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const headersFile = join(root, '_headers');
  const rules =
    options.headersFile && existsSync(headersFile)
      ? parseHeadersFile(readFileSync(headersFile, 'utf8'))
      : [];

  const relativePath = (pathname: string): string | undefined => {
    if (!pathname.startsWith(base)) return undefined;
    const relative = normalize(decodeURIComponent(pathname.slice(base.length)));
    return relative.startsWith('..') ? undefined : relative;
  };
  const resolveFile = (pathname: string): string | undefined => {
    const relative = relativePath(pathname);
    if (relative === undefined) return undefined;
    const path = join(root, relative);
    if (existsSync(path) && statSync(path).isDirectory()) {
      const index = join(path, 'index.html');
      return pathname.endsWith('/') && existsSync(index) ? index : undefined;
    }
    return existsSync(path) ? path : undefined;
  };
  /** The 404.html closest to the requested path, as Cloudflare Pages looks for it. */
  const notFoundPage = (pathname: string): string | undefined => {
    const top = resolve(root);
    for (
      let dir = resolve(top, relativePath(pathname) ?? '');
      dir.startsWith(top);
      dir = dirname(dir)
    ) {
      const page = join(dir, '404.html');
      if (existsSync(page)) return page;
      if (dir === top) break;
    }
    return undefined;
  };

  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    for (const rule of rules.filter(({ pattern }) => pattern.test(pathname))) {
      for (const [name, value] of rule.headers) response.setHeader(name, value);
    }
    const file = resolveFile(pathname);
    const path = file ?? notFoundPage(pathname);
    response.statusCode = file ? 200 : 404;
    if (!path) {
      response.end('Not found');
      return;
    }
    response.setHeader('Content-Type', contentTypes[extname(path)] ?? 'application/octet-stream');
    createReadStream(path).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
