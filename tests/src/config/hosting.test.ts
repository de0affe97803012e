/**
 * The Content-Security-Policy of src/config/hosting.ts: the inline stylesheet allowed by its
 * SHA-256 hash (checked against node:crypto's), nothing else inline, frame-ancestors only where a
 * browser reads it (a header, not a `<meta>`).
 */
import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders, styleHash } from '../../../src/config/hosting.ts';

const css = 'body{font-family:system-ui}.prose :where(a){color:#0b5cad}';
const expected = `sha256-${createHash('sha256').update(css).digest('base64')}`;

it('names an inline stylesheet by the SHA-256 of its text, as browsers compute it', async () => {
  expect(await styleHash(css)).toBe(expected);
  expect(await styleHash('ü')).toBe(`sha256-${createHash('sha256').update('ü').digest('base64')}`);
});

it('allows the stylesheets given and nothing else; frame-ancestors in the header only', () => {
  expect(contentSecurityPolicy([expected, 'sha256-b', expected])).toBe(
    `default-src 'none'; style-src '${expected}' 'sha256-b'; img-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
  );
  expect(contentSecurityPolicy([expected], 'meta')).toBe(
    `default-src 'none'; style-src '${expected}'; img-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'`,
  );
  expect(securityHeaders([expected])['Content-Security-Policy']).toBe(
    contentSecurityPolicy([expected], 'header'),
  );
});

it('refuses a policy for pages with no stylesheet, which would block all style', () => {
  expect(() => contentSecurityPolicy([])).toThrow('A page with no inline stylesheet has no style.');
});
