/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Test files mirror the code they test (tests/src/…, tests/scripts/…); the suffix says how much
// they need, and so which project runs them (tests/README.md):
//   <name>.test.ts          fast: functions and fixtures in this process, no browser, no child process
//   <name>.process.test.ts  starts something: a command, Chromium, nginx, a dev server
//   <name>.build.test.ts    reads a real Astro build (the shared one of global-setup.ts, or its own)
const FIXTURES = 'tests/fixtures/**';
const SLOW = ['tests/**/*.process.test.ts', 'tests/**/*.build.test.ts'];

// Astro's Vite config, so tests can render .astro components with the Container API and import
// `astro:*` modules exactly as the build does.
export default getViteConfig({
  test: {
    reporters: ['default', './tests/support/summary-line-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    coverage: {
      // Measured on the fast project (`npm test` runs it with coverage, tests/support/run-tests.ts):
      // what the quick tests alone exercise. The commands' and builds' child processes are not
      // measured by V8 here, so they would not add to it anyway.
      provider: 'v8',
      include: ['src/**/*.{ts,astro}', 'scripts/**/*.ts'],
      reporter: ['text-summary', ['html', { subdir: 'html' }], 'json-summary'],
      reportsDirectory: 'test-results/coverage',
      // The fast project's floor, just under what it measures (7 December 2026: 48.7 % of lines,
      // 48.2 % of statements, 50.7 % of functions, 46.8 % of branches). The audit's crawl drives
      // Chromium and the integrations run inside a build, so only the process and build projects
      // exercise them. A drop below the floor means code landed without a fast test.
      thresholds: { lines: 47.5, statements: 47, functions: 50.5, branches: 46 },
    },
    projects: [
      {
        extends: true,
        test: {
          name: 'fast',
          include: ['tests/**/*.test.ts'],
          exclude: [FIXTURES, ...SLOW],
          setupFiles: ['tests/support/fast-only.ts'],
          // Each worker keeps its modules from one file to the next instead of importing Astro,
          // zod, TypeScript and the site's modules again for every file: the tier's time halves
          // (tests/README.md). Fast tests keep no state between files (no global, no
          // environment left set; vi.stubEnv is undone), and pass in any file order
          // (`--sequence.shuffle.files`); a file that mocks a module others import imports what
          // it tests after vi.resetModules() (read-once.test.ts). The process and build
          // projects keep their isolation.
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'process', include: ['tests/**/*.process.test.ts'], exclude: [FIXTURES] },
      },
      {
        // The real site, built once (at the root and under a sub-path) before these run.
        extends: true,
        test: {
          name: 'build',
          include: ['tests/**/*.build.test.ts'],
          exclude: [FIXTURES],
          globalSetup: ['tests/support/global-setup.ts'],
        },
      },
    ],
  },
});
