/**
 * The one policy for a missing Chromium (tests/support/browser-policy.ts), as a person meets it:
 * a real Vitest run of a test that needs a browser, with CHROMIUM_PATH pointing nowhere.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NO_BROWSER_MESSAGE } from '../../src/lib/chromium.ts';
import { skipBanner } from './browser-policy.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const vitest = fileURLToPath(new URL('../../node_modules/vitest/vitest.mjs', import.meta.url));
const config = fileURLToPath(
  new URL('../fixtures/browser-policy/vitest.config.ts', import.meta.url),
);

/** This process's environment without what the outer Vitest and CI put there. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(VITEST|TINYPOOL|CI$|SKIP_BROWSER_TESTS$|CHROMIUM_PATH$)/.test(name),
    ),
  );
}

function runNeedsBrowser(env: Record<string, string>): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [vitest, 'run', '--config', config],
      { cwd: root, env: { ...cleanEnv(), NO_COLOR: '1', ...env } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
}

const NOWHERE = '/nonexistent/chromium';

describe.concurrent('a test that needs a browser, without one', { timeout: 120_000 }, () => {
  it('fails, saying how to get a browser and how to skip', async () => {
    const { code, output } = await runNeedsBrowser({ CHROMIUM_PATH: NOWHERE });
    expect(code).toBe(1);
    expect(output).toContain(NO_BROWSER_MESSAGE);
    expect(output).toContain(
      'To skip the tests that need a browser on this machine only (they then count as ' +
        'skipped, not passed), set SKIP_BROWSER_TESTS=1.',
    );
    expect(output).toContain('Tests: 0 passed, 1 failed');
  });

  it('is skipped with SKIP_BROWSER_TESTS=1, counted as skipped, under a banner', async () => {
    const { code, output } = await runNeedsBrowser({
      CHROMIUM_PATH: NOWHERE,
      SKIP_BROWSER_TESTS: '1',
    });
    expect(code).toBe(0);
    expect(output).toContain(skipBanner(1));
    expect(output).toContain('Tests: 0 passed, 0 failed, 1 skipped');
  });

  it('fails under CI=true even with SKIP_BROWSER_TESTS=1', async () => {
    const { code, output } = await runNeedsBrowser({
      CHROMIUM_PATH: NOWHERE,
      SKIP_BROWSER_TESTS: '1',
      CI: 'true',
    });
    expect(code).toBe(1);
    expect(output).toContain(
      `${NO_BROWSER_MESSAGE}\nCI=true: the tests that need a browser cannot be skipped here.`,
    );
    expect(output).toContain('Tests: 0 passed, 1 failed');
  });
});
