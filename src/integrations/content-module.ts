/**
 * The content check's result as a Vite virtual module, `virtual:odwb/content`, the way Starlight
 * hands its configuration to its pages: the integration checks the content once, and pages and the
 * dev middleware import what they need from here instead of reading files while they render. In
 * `npm run dev` the integration checks again after each edit and calls `update`: the module and
 * every module that imported it are evaluated afresh on the next request.
 */
import type { ConsentObservation } from '../data/observations.ts';
import type { StatementEvidence } from '../accessibility/load.ts';
import type { PolicyState } from '../data/policy-state.ts';
import type { Publications } from '../versions/publications.ts';
import type { DevEnvironment, Plugin, RunnableDevEnvironment, ViteDevServer } from 'vite';

const MODULE_ID = 'virtual:odwb/content';
const RESOLVED_ID = `\0${MODULE_ID}`;

/** What the module exports: plain data, written out as JSON. */
export interface ContentModule {
  problems: string[];
  staleTranslations: Record<string, unknown>;
  consentObserved: ConsentObservation | null;
  statementEvidence: Pick<StatementEvidence, 'evidence' | 'manual'>;
  /** Published or draft, and why; null while content/operator.yaml is invalid (dev only). */
  policyState: PolicyState | null;
  /** content/publications.yaml as the check read it. */
  publications: Publications;
}

export function contentModule(current: () => ContentModule): Plugin {
  return {
    name: 'odwb:content-module',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      return Object.entries(current())
        .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
        .join('\n');
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
