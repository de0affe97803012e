/**
 * The licence check of `npm test`: what an operator's production install brings, from the real
 * package-lock.json, judged against scripts/licences/policy.ts; and the messages a person reads
 * when a dependency's licence would stop another public body from reusing the project.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judgeLicences, licenceAllowed, runtimePackages } from '../../scripts/licences/check.ts';

const lock = JSON.parse(
  readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8'),
) as { packages: Record<string, Record<string, unknown>> };
const manifest = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as { license: string };

/** A lock file with the root and these packages. */
const lockWith = (packages: Record<string, Record<string, unknown>>) => ({
  packages: { '': { name: 'cookie-policy' }, ...packages },
});

describe('the licence check', () => {
  it('finds every package of the real production install allowed, and no dev tool among them', () => {
    const packages = runtimePackages(lock);
    expect(judgeLicences(packages).problems).toEqual([]);
    const names = packages.map((found) => found.name);
    expect(names).toEqual(expect.arrayContaining(['astro', 'playwright-core', 'js-yaml']));
    expect(names).not.toContain('vitest');
    expect(manifest.license).toBe('EUPL-1.2');
  });

  it('keeps the non-commercial tracker database optional', () => {
    expect(runtimePackages(lock).find((found) => found.name === '@ghostery/trackerdb')).toEqual({
      name: '@ghostery/trackerdb',
      version: '1.0.945',
      licence: 'CC-BY-NC-SA-4.0',
      optional: true,
    });
  });

  it('names a runtime package under a licence the policy does not allow, and the fixes', () => {
    const packages = runtimePackages(
      lockWith({
        'node_modules/left-pad': { version: '1.3.0', license: 'WTFPL' },
        'node_modules/no-licence': { version: '0.1.0' },
        'node_modules/gpl-only-in-tests': { version: '2.0.0', license: 'GPL-3.0-only', dev: true },
      }),
    );
    expect(judgeLicences(packages).problems).toEqual([
      'left-pad@1.3.0 is under WTFPL, which scripts/licences/policy.ts does not allow for what an operator installs. Replace it, make it a devDependency if only the tests need it, or, if the project works without it, make it optional and list it in optionalExceptions with the reason.',
      'no-licence@0.1.0 is under none declared, which scripts/licences/policy.ts does not allow for what an operator installs. Replace it, make it a devDependency if only the tests need it, or, if the project works without it, make it optional and list it in optionalExceptions with the reason.',
    ]);
  });

  it('refuses the tracker database as a required dependency', () => {
    const packages = runtimePackages(
      lockWith({
        'node_modules/@ghostery/trackerdb': { version: '1.0.945', license: 'CC-BY-NC-SA-4.0' },
      }),
    );
    expect(judgeLicences(packages).problems).toEqual([
      '@ghostery/trackerdb@1.0.945 (CC-BY-NC-SA-4.0) is allowed only as an optional dependency (no commercial reuse: the audit credits it when installed and otherwise attributes hosts from the Open Cookie Database (Apache-2.0); `npm uninstall @ghostery/trackerdb` removes it). Move it back to "optionalDependencies" in package.json.',
    ]);
  });

  it('reads SPDX expressions: one allowed branch of an OR, every part of an AND', () => {
    expect(licenceAllowed('(MIT OR GPL-3.0-only)')).toBe(true);
    expect(licenceAllowed('Apache-2.0 AND LGPL-3.0-or-later')).toBe(true);
    expect(licenceAllowed('MIT AND GPL-3.0-only')).toBe(false);
  });

  it('says what to do with a lock file without packages', () => {
    expect(() => runtimePackages({ lockfileVersion: 1 })).toThrow(
      'package-lock.json: no "packages" found. Run npm install to write a lock file (v2 or v3).',
    );
  });
});
