/**
 * Before printing, every link of a policy page is read as a browser would follow it, and any that
 * is not http, https, mailto or tel (a `javascript:` or `data:` link, however it is spelled) stops
 * the PDFs (SECURITY.md, "Exports"). Planted in real HTML, read with the build's own parser.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { unprintableLinks } from '../../../src/lib/pdf-links.ts';

const out = mkdtempSync(join(tmpdir(), 'odwb-pdf-links-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function page(path: string, body: string) {
  mkdirSync(join(out, path), { recursive: true });
  writeFileSync(join(out, path, 'index.html'), `<!doctype html><html><body>${body}</body></html>`);
  return { page: path, pdf: join(out, path, 'cookie-policy.pdf') };
}

it('names each active link of each page, as a browser would read it', () => {
  const hostile = page(
    'fr/',
    [
      '<a href="javascript:alert(document.domain)">a</a>',
      '<a href="java&#9;script:alert(1)">tab</a>',
      '<a href=" JAVASCRIPT:alert(1)">case</a>',
      '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>',
      '<a href="vbscript:msgbox(1)">vb</a>',
      '<map><area href="data:text/html,x" alt="area"></map>',
      '<a href="file:///etc/passwd">file</a>',
    ].join(''),
  );
  const clean = page(
    'en/',
    '<a href="https://www.odwb.be">w</a><a href="mailto:dpo@example.org">m</a><a href="tel:+3221234567">t</a><a href="#cookie-sessionid">c</a><a href="/fr/">f</a><a href="../nl/">n</a><a>no link</a>',
  );
  expect(unprintableLinks(out, [hostile, clean])).toEqual([
    'fr/ (fr/cookie-policy.pdf): a link to "javascript:alert(document.domain)".',
    'fr/ (fr/cookie-policy.pdf): a link to "java\\tscript:alert(1)".',
    'fr/ (fr/cookie-policy.pdf): a link to " JAVASCRIPT:alert(1)".',
    'fr/ (fr/cookie-policy.pdf): a link to "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==".',
    'fr/ (fr/cookie-policy.pdf): a link to "vbscript:msgbox(1)".',
    'fr/ (fr/cookie-policy.pdf): a link to "file:///etc/passwd".',
    'fr/ (fr/cookie-policy.pdf): a link to "data:text/html,x".',
  ]);
});
