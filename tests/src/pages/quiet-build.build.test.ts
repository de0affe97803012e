/**
 * A clean build is quiet: the shared test build of the real site (tests/support/global-setup.ts)
 * prints no warning, so a new one cannot hide among known noise.
 */
import { describe, expect, inject, it } from 'vitest';

describe('npm run build on the real site', () => {
  it('prints no warning', () => {
    const warnings = inject('buildLog')
      .split('\n')
      .filter((line) => /\[WARN\]|\bwarning\b/i.test(line));
    expect(
      warnings,
      'Run `npm run build` and read the block after each [WARN]: the bracket names who warns ' +
        '(vite, an integration such as odwb:policy-pdf) and the block names the file. Fix the ' +
        'cause; filter a warning in astro.config.mjs only if it is known noise, by its code.',
    ).toEqual([]);
  });
});
