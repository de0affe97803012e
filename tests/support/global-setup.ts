/**
 * Builds the real site once before the tests that read dist/ (links, pages, browser checks),
 * into test-results/ so the repository's own dist/ is left alone.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { buildSite } from './build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The site built at the root of its origin, as most hosts serve it. */
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  const distDir = fileURLToPath(new URL('../../test-results/dist/', import.meta.url));
  rmSync(distDir, { recursive: true, force: true });
  const result = await buildSite({ outDir: distDir });
  if (result.code !== 0) throw new Error(`The site does not build:\n${result.output}`);
  project.provide('distDir', distDir);
}
