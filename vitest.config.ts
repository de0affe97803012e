/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so tests can render .astro components with the Container API and import
// `astro:*` modules exactly as the build does.
export default getViteConfig({
  test: {
    reporters: ['default', './tests/support/summary-line-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        // Data, strings, components and the tools: no build needed, so they run in seconds.
        extends: true,
        test: {
          name: 'unit',
          include: [
            'tests/{data,i18n,components,lib,audit,bench,contracts,translations}/**/*.test.ts',
          ],
        },
      },
      {
        // The real site: built once (at the root and under a sub-path) before these run.
        extends: true,
        test: {
          name: 'site',
          include: ['tests/{build,hosting,browser}/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
        },
      },
    ],
  },
});
