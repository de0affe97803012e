/**
 * Serves a built dist/ on 127.0.0.1 the way a static host does: under an optional sub-path,
 * directories answered by their index.html, unknown paths by the 404 page with status 404.
 * Used by the link check and the browser tests; port 0 lets the system pick a free port.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export interface StaticSite {
  /** e.g. http://127.0.0.1:41234/odwb-cookies/ */
  url: string;
  close: () => Promise<void>;
}

export async function serveStatic(root: string, basePath = '/'): Promise<StaticSite> {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const resolveFile = (pathname: string): string | undefined => {
    if (!pathname.startsWith(base)) return undefined;
    const relative = normalize(decodeURIComponent(pathname.slice(base.length)));
    if (relative.startsWith('..')) return undefined;
    const path = join(root, relative);
    if (existsSync(path) && statSync(path).isDirectory()) {
      const index = join(path, 'index.html');
      return pathname.endsWith('/') && existsSync(index) ? index : undefined;
    }
    return existsSync(path) ? path : undefined;
  };
  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = resolveFile(pathname);
    const notFound = join(root, '404.html');
    const [status, path] = file
      ? [200, file]
      : existsSync(notFound)
        ? [404, notFound]
        : [404, undefined];
    response.statusCode = status;
    if (!path) return response.end('Not found');
    response.setHeader('Content-Type', TYPES[extname(path)] ?? 'application/octet-stream');
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
