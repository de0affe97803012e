/**
 * "Download as PDF": each language's PDF exists where its link points, is in that language, has
 * selectable text with every cookie, carries the policy's date, and stays small; a build that
 * cannot print leaves no link.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { localeCodes } from '../../../src/config/locales.ts';
import { builtPolicyDate } from '../../support/built-policy-date.ts';
import { NO_BROWSER_MESSAGE } from '../../../src/lib/chromium.ts';
import { formatDate } from '../../../src/i18n/dates.ts';
import { authority } from '../../../src/config/site.ts';
import { buildSite } from '../../support/build-site.ts';
import { describeWithBrowser } from '../../support/describe-with-browser.ts';

const dist = inject('distDir');
const names = (
  yaml.load(readFileSync(new URL('../../../content/cookies.yaml', import.meta.url), 'utf8')) as {
    name: string;
  }[]
).map((cookie) => cookie.name);
const titles: Record<string, string> = {
  fr: 'Politique en matière de cookies',
  en: 'Cookie policy',
  nl: 'Cookiebeleid',
  de: 'Cookie-Richtlinie',
};

it('knows each language’s title', () => {
  expect(Object.keys(titles).sort()).toEqual([...localeCodes].sort());
});

async function readPdf(path: string) {
  const loading = getDocument({ data: new Uint8Array(readFileSync(path)), verbosity: 0 });
  const document = await loading.promise;
  let text = '';
  /** The printed lines, as a reader sees them on paper (an empty one is a blank line). */
  const lines = [''];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    text += `${content.items.map((item) => ('str' in item ? item.str : '')).join(' ')}\n`;
    for (const item of content.items) {
      if (!('str' in item)) continue;
      lines[lines.length - 1] += item.str;
      if (item.hasEOL) lines.push('');
    }
  }
  const { info } = (await document.getMetadata()) as {
    info: { Language?: string; Title?: string; CreationDate?: string; ModDate?: string };
  };
  await loading.destroy();
  return {
    text,
    lines,
    language: info.Language,
    title: info.Title,
    dates: [info.CreationDate, info.ModDate],
    pages: document.numPages,
  };
}

/** The current version's date, read from content/versions.yaml on its own. */
const versionDate = (
  yaml.load(readFileSync(new URL('../../../content/versions.yaml', import.meta.url), 'utf8'), {
    schema: yaml.CORE_SCHEMA,
  }) as { date: string }[]
).at(-1)!.date;

const workDirs: string[] = [];
afterAll(() => workDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describeWithBrowser('the PDFs', () => {
  describe.each(localeCodes)('the %s PDF', (locale) => {
    it('is linked from the page and exists there', () => {
      const html = readFileSync(join(dist, locale, 'index.html'), 'utf8');
      expect(html).toContain(
        `<a href="/${locale}/cookie-policy-${locale}.pdf" type="application/pdf" data-pdf download>`,
      );
      expect(existsSync(join(dist, locale, `cookie-policy-${locale}.pdf`))).toBe(true);
    });

    it('is in its language, with selectable text naming every cookie, under 400 KB', async () => {
      const path = join(dist, locale, `cookie-policy-${locale}.pdf`);
      const pdf = await readPdf(path);
      expect(pdf.language).toBe(locale);
      expect(pdf.title).toContain(titles[locale]);
      expect(pdf.text).toContain(titles[locale]);
      for (const name of names) expect(pdf.text).toContain(name);
      const size = readFileSync(path).length;
      expect(size).toBeGreaterThan(10_000);
      expect(size).toBeLessThan(400 * 1024);
    });

    it('is dated with the policy’s last update (cookies.json), not the day it was printed', async () => {
      const updated = builtPolicyDate(dist).toISOString().slice(0, 10).replaceAll('-', '');
      const pdf = await readPdf(join(dist, locale, `cookie-policy-${locale}.pdf`));
      expect(pdf.dates).toEqual([`D:${updated}000000+00'00'`, `D:${updated}000000+00'00'`]);
    });

    it('names the policy’s online address and its version date', async () => {
      const { text } = await readPdf(join(dist, locale, `cookie-policy-${locale}.pdf`));
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain(`https://cookies.odwb.be/${locale}/`);
      expect(flat).toContain(formatDate(versionDate, locale).replace(/\s+/g, ' '));
    });

    it('prints the authority’s address and complaint page once each, in one unbroken paragraph', async () => {
      const { text, lines } = await readPdf(join(dist, locale, `cookie-policy-${locale}.pdf`));
      const flat = text.replace(/\s+/g, '');
      const count = (url: string) => flat.split(url).length - 1;
      // The host twice: the authority's address, and inside its complaint page's address.
      expect(count(new URL(authority.url[locale]).host)).toBe(2);
      expect(count(authority.complaintUrl[locale])).toBe(1);
      // Between the authority's address and the sentence's art. 77 (before it or after it, as
      // each language words the sentence), no blank line.
      const at = lines.findIndex((line) => line.includes(authority.url[locale]));
      expect(at).toBeGreaterThan(-1);
      const before = lines.findLastIndex((line, index) => index <= at && line.includes('77'));
      const after = lines.findIndex((line, index) => index >= at && line.includes('77'));
      const nearest = before === -1 || (after !== -1 && after - at < at - before) ? after : before;
      expect(nearest).toBeGreaterThan(-1);
      const [from, to] = nearest < at ? [nearest, at] : [at, nearest];
      expect(lines.slice(from, to + 1).filter((line) => line.trim() === '')).toEqual([]);
    });
  });
});

describe('a build that cannot print PDFs', () => {
  it('links to no PDF when no Chromium is found', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'odwb-nopdf-'));
    workDirs.push(outDir);
    const result = await buildSite({ outDir, env: { CHROMIUM_PATH: '/nonexistent/chromium' } });
    expect(result.code).toBe(0);
    expect(result.output).toContain(
      'No Chromium found: building without the PDF downloads (see README).',
    );
    const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' });
    expect(files.filter((file) => file.endsWith('.pdf'))).toEqual([]);
    for (const file of files.filter((file) => file.endsWith('.html'))) {
      expect(readFileSync(join(outDir, file), 'utf8')).not.toMatch(/\.pdf"|data-pdf/);
    }
  });

  it('fails with the way to get a browser when PDFs are required', async () => {
    const outDir = join(mkdtempSync(join(tmpdir(), 'odwb-pdf-on-')), 'dist');
    workDirs.push(outDir);
    const result = await buildSite({
      outDir,
      env: { CHROMIUM_PATH: '/nonexistent/chromium', POLICY_PDF: 'on' },
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      `POLICY_PDF=on, but the PDFs cannot be printed.\n${NO_BROWSER_MESSAGE}`,
    );
    expect(existsSync(outDir)).toBe(false);
  });

  it('stops, says why, and leaves the previous dist/ as it was when Chromium fails', async () => {
    const work = mkdtempSync(join(tmpdir(), 'odwb-pdf-crash-'));
    workDirs.push(work);
    // A "Chromium" that says something and stops at once, as a broken install does.
    const chromium = join(work, 'chromium-headless-shell');
    writeFileSync(chromium, '#!/bin/sh\necho "cannot open shared object file" >&2\nexit 127\n', {
      mode: 0o755,
    });
    const outDir = join(work, 'dist');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'index.html'), 'the previous build');
    const result = await buildSite({ outDir, env: { CHROMIUM_PATH: chromium } });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      'The policy PDFs could not be printed, so the build stopped and dist/ was left as it was ' +
        `rather than published with broken download links: Chromium (${chromium}) stopped ` +
        '(exit code 127); it last said:\ncannot open shared object file\n' +
        '  Hint:\n    Build with POLICY_PDF=off to publish without PDFs.',
    );
    expect(readdirSync(outDir)).toEqual(['index.html']);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('the previous build');
  });
});
