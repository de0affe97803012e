/**
 * The content check's result as a Vite virtual module, `virtual:odwb/content`, the way Starlight
 * hands its configuration to its pages: the integration checks the content once, and the
 * route-data middleware (src/route-data/middleware.ts) puts what a page needs on `Astro.locals`.
 * Besides that data, the module imports each policy page's MDX, so the pages compiled are the
 * pages the check listed. In `npm run dev` the integration checks again after each edit: the module
 * and every module that imported it are evaluated afresh on the next request.
 */
import { join } from 'node:path';
import type { PolicyPage, SiteData } from '../route-data/site-data.ts';
import { contentPaths } from '../config/paths.ts';
import { notPlainData } from '../lib/plain-data.ts';
import type { DevEnvironment, Plugin, RunnableDevEnvironment, ViteDevServer } from 'vite';

const MODULE_ID = 'virtual:odwb/content';
const RESOLVED_ID = `\0${MODULE_ID}`;

/** What the module exports: plain data, written out as JSON. */
export interface ContentModule {
  problems: string[];
  /** What the pages render from; null while the check finds problems (dev only). */
  site: SiteData | null;
  /** Every policy page, listed even while the check finds problems (dev only). */
  pages: PolicyPage[];
}

/**
 * The module's code. Its data is written as JSON, which keeps strings, numbers, booleans, arrays
 * and plain objects as they are and nothing else: a Date or a Map would reach the pages as
 * something else than the check validated, so it is refused here, where the mistake is made.
 */
export function contentModuleCode({ problems, site, pages }: ContentModule, root: string): string {
  const where = notPlainData(site, 'site') ?? notPlainData(pages, 'pages');
  if (where) throw new Error(`virtual:odwb/content cannot carry ${where} as JSON.`);
  const imports = pages.map(({ locale, file }) => {
    const path = `${locale}/${file}`;
    return `${JSON.stringify(path)}: () => import(${JSON.stringify(join(root, contentPaths.pages, path))})`;
  });
  return [
    `export const problems = ${JSON.stringify(problems)};`,
    `export const site = ${JSON.stringify(site)};`,
    `export const pages = ${JSON.stringify(pages)};`,
    `export const pageContent = {${imports.join(', ')}};`,
  ].join('\n');
}

export function contentModule(current: () => ContentModule, root: () => string): Plugin {
  return {
    name: 'odwb:content-module',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      return contentModuleCode(current(), root());
    },
  };
}

// Vite's own isRunnableDevEnvironment, without a runtime import of vite (Astro's dependency).
const isRunnable = (environment: DevEnvironment): environment is RunnableDevEnvironment =>
  'runner' in environment;

/** After a new check in dev: drop the module and its importers from every server environment. */
export function invalidateContentModule(server: ViteDevServer): void {
  const timestamp = Date.now();
  for (const environment of Object.values(server.environments)) {
    const module = environment.moduleGraph.getModuleById(RESOLVED_ID);
    if (!module) continue;
    // Vite adds the importers, up to the pages and the middleware, to `invalidated`.
    const invalidated = new Set<typeof module>();
    environment.moduleGraph.invalidateModule(module, invalidated, timestamp, true);
    // Astro evaluates pages in a module runner of its own process, which keeps its own copies.
    if (!isRunnable(environment)) continue;
    const { evaluatedModules } = environment.runner;
    for (const { id } of invalidated) {
      const evaluated = id === null ? undefined : evaluatedModules.getModuleById(id);
      if (evaluated) evaluatedModules.invalidateModule(evaluated);
    }
  }
}
