/** What static hosts read from dist/: security headers, caching, redirects, and the README's nginx twin. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const dist = inject('distDir');
const subpath = inject('subpathDistDir');
const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');

/** `_headers` as { path: { header: value } }. */
function rules(text: string): Record<string, Record<string, string>> {
  const result: Record<string, Record<string, string>> = {};
  let current = '';
  for (const line of text.split('\n').filter((line) => line.trim() && !line.startsWith('#'))) {
    if (!line.startsWith(' ')) result[(current = line.trim())] = {};
    else {
      const [name, ...value] = line.trim().split(':');
      result[current]![name!] = value.join(':').trim();
    }
  }
  return result;
}

describe('_headers', () => {
  const headers = rules(read(dist, '_headers'));

  it('sends a strict Content-Security-Policy on every path: own files only, nothing inline', () => {
    const csp = headers['/*']!['Content-Security-Policy']!;
    const directives = Object.fromEntries(
      csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]),
    );
    expect(directives).toEqual({
      'default-src': "'none'",
      'style-src': "'self'",
      'img-src': "'self'",
      'font-src': "'self'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-ancestors': "'none'",
    });
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('sends HSTS, nosniff, a referrer policy and a permissions policy', () => {
    expect(headers['/*']).toMatchObject({
      'Strict-Transport-Security': 'max-age=63072000',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    });
  });

  it('caches only the hashed assets for long', () => {
    const cached = Object.entries(headers).filter(([, values]) => values['Cache-Control']);
    expect(cached).toEqual([
      ['/_astro/*', { 'Cache-Control': 'public, max-age=31536000, immutable' }],
    ]);
  });

  it('follows the sub-path when built under one', () => {
    expect(Object.keys(rules(read(subpath, '_headers')))).toEqual([
      '/odwb-cookies/*',
      '/odwb-cookies/_astro/*',
    ]);
  });
});

describe('_redirects', () => {
  it('sends / to the visitor’s language on Netlify, French last, and each language’s 404', () => {
    const lines = read(dist, '_redirects')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'));
    expect(lines).toEqual([
      '/  /en/  302!  Language=en',
      '/  /nl/  302!  Language=nl',
      '/  /de/  302!  Language=de',
      '/  /fr/  302!  Language=fr',
      '/fr/*  /fr/404.html  404',
      '/en/*  /en/404.html  404',
      '/nl/*  /nl/404.html  404',
      '/de/*  /de/404.html  404',
    ]);
  });
});

describe('the README’s nginx example', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const headers = rules(read(dist, '_headers'));

  it('sends the same security headers as _headers', () => {
    for (const [name, value] of Object.entries(headers['/*']!)) {
      expect(readme).toContain(`add_header ${name} "${value}" always;`);
    }
  });
});
