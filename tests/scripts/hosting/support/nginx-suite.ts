/**
 * The hosting checks run the real nginx. Without one they fail, saying how to get it; on a
 * developer's machine SKIP_NGINX_TESTS=1 skips them with a banner (counted as skipped, not passed);
 * under CI=true they never skip.
 */
import { describe, it } from 'vitest';
import { findNginx, NO_NGINX_MESSAGE } from '../../../support/nginx-server.ts';

const isCI = ['true', '1'].includes((process.env.CI ?? '').toLowerCase());

export function nginxSuite(): typeof describe | typeof describe.skip | undefined {
  if (findNginx()) return describe;
  if (process.env.SKIP_NGINX_TESTS === '1' && !isCI) {
    const line = '!'.repeat(78);
    process.stderr.write(
      `\n${line}\nNGINX CHECKS SKIPPED because SKIP_NGINX_TESTS=1: the generated nginx configuration\n` +
        `and npm run verify were NOT checked.\n${NO_NGINX_MESSAGE}\n${line}\n\n`,
    );
    return describe.skip;
  }
  it('needs nginx to check the generated configuration', () => {
    throw new Error(
      `${NO_NGINX_MESSAGE}\n` + (isCI ? 'CI=true: the nginx checks cannot be skipped here.' : ''),
    );
  });
  return undefined;
}
