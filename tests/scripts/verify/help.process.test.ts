/** `npm run verify -- --help`: the usage on stdout and exit 0, with no site and no browser needed. */
import { describe, expect, it } from 'vitest';
import { runVerifyWithEnv } from '../hosting/support/run-verify.ts';

describe('npm run verify -- --help', () => {
  it('prints the usage, the options and the exit codes, and exits 0', async () => {
    const result = await runVerifyWithEnv({ CHROMIUM_PATH: '/nowhere/chromium' }, '--help');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.split('\n')[0]).toBe('Usage: npm run verify -- <url> [--json]');
    expect(result.stdout).toContain('  --json   print the results as JSON instead of text\n');
    expect(result.stdout).toContain(
      'Exit 0 when all is well, 1 when something falls short, 2 when the check cannot run.',
    );
  });
});
