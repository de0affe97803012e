/**
 * Builds the real site before the tests that read dist/ (pages, links, exports, PDFs, browser
 * checks): once at the root of its origin, as most hosts serve it, and once under a sub-path, as
 * GitHub Pages serves it. Each run builds into its own temporary folder, removed afterwards, so
 * the repository's dist/ and any other test run are left alone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from './build-site.ts';

/** The sub-path build's settings, as an operator would pass them for GitHub Pages. */
export const SUBPATH_BUILD = {
  SITE_URL: 'https://odwb.github.io',
  BASE_PATH: '/odwb-cookies/',
};

declare module 'vitest' {
  export interface ProvidedContext {
    /** The site built at the root of its origin. */
    distDir: string;
    /** The site built with SUBPATH_BUILD's SITE_URL and BASE_PATH. */
    subpathDistDir: string;
    /** What the root build printed, as a person running `npm run build` reads it. */
    buildLog: string;
  }
}

async function build(workDir: string, name: string, env: Record<string, string> = {}) {
  const outDir = join(workDir, name);
  const result = await buildSite({ outDir, env });
  if (result.code !== 0) throw new Error(`The site does not build (${name}):\n${result.output}`);
  return { outDir, log: result.output };
}

export default async function setup(project: TestProject) {
  const workDir = mkdtempSync(join(tmpdir(), 'odwb-test-builds-'));
  const removeBuilds = () => rmSync(workDir, { recursive: true, force: true });
  try {
    const root = await build(workDir, 'dist');
    project.provide('distDir', root.outDir);
    project.provide('buildLog', root.log);
    project.provide('subpathDistDir', (await build(workDir, 'dist-subpath', SUBPATH_BUILD)).outDir);
  } catch (error) {
    removeBuilds();
    throw error;
  }
  return removeBuilds;
}
