/**
 * Reports nobody can forge: the real CLI audits a portal whose storage keys, Set-Cookie lines and
 * page language carry fence breakers, HTML with dialogs, a forged verdict, GitHub Actions
 * workflow commands and terminal escapes (fixtures/hostile-portal.ts). The Markdown report is
 * rendered with `marked` (which, unlike GitHub, keeps raw HTML: the harsher reader) and the HTML
 * report opened, both in Chromium: neither may hold an element, a handler or a dialog the report
 * did not write. The text report may hold no control character and no workflow command.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { marked } from 'marked';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../../../src/lib/chromium.ts';
import { describeWithBrowser } from '../../support/describe-with-browser.ts';
import { FORGED_VERDICT, startHostilePortal } from './fixtures/hostile-portal.ts';
import { PORTAL_DATA, SLOW_MACHINE_MS, useFixturePortal } from './support/fixture-portal.ts';
import { runAudit, type CliResult } from './support/run-cli.ts';

let origin: string;
useFixturePortal((started) => (origin = started), startHostilePortal);
const scratch = mkdtempSync(join(tmpdir(), 'odwb-audit-hostile-'));
const markdownFile = join(scratch, 'report.md');
const htmlFile = join(scratch, 'report.html');
let result: CliResult;
let session: ChromiumSession | undefined;

/** What a rendered report holds that a reader would notice: elements, handlers, headings, links. */
async function inspect(page: Page) {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    return {
      tags: [...new Set(all.map((element) => element.localName))].sort(),
      handlers: all.flatMap((element) =>
        [...element.attributes]
          .filter((attribute) => attribute.name.startsWith('on'))
          .map((attribute) => `${element.localName} ${attribute.name}`),
      ),
      headings: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(
        (heading) => heading.textContent ?? '',
      ),
      links: [...document.querySelectorAll('a')].map((link) => link.getAttribute('href') ?? ''),
    };
  });
}

async function open(load: (page: Page) => Promise<unknown>) {
  const page = await session!.context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await load(page);
  // Give an image's error handler the time to run, had one been written.
  await page.waitForTimeout(300);
  const found = await inspect(page);
  await page.close();
  return { ...found, dialogs };
}

describeWithBrowser(
  "a hostile portal's reports",
  () => {
    beforeAll(async () => {
      result = await runAudit([
        `${origin}/`,
        '--data',
        PORTAL_DATA,
        '--depth',
        '0',
        '--markdown',
        markdownFile,
        '--html',
        htmlFile,
      ]);
      session = await launchChromium();
    }, SLOW_MACHINE_MS);
    afterAll(async () => {
      await session?.close();
      rmSync(scratch, { recursive: true, force: true });
    });

    it('finds every planted key, and fails', () => {
      expect(result.stderr).toBe('');
      expect(result.code).toBe(1);
      // Two cookies, eleven local and one session storage key.
      expect(result.stdout).toMatch(/^Seen but not declared in .*cookies\.yaml \(13\):/m);
    });

    it('the text report: no control character, no workflow command, the real verdict last', () => {
      const { stdout } = result;
      // eslint-disable-next-line no-control-regex -- no raw control character may remain
      expect(stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/);
      const lines = stdout.split('\n');
      expect(lines.filter((line) => /^\s*::/.test(line))).toEqual([]);
      expect(lines.filter((line) => line.includes('##['))).toEqual([]);
      expect(lines.filter((line) => line.startsWith(FORGED_VERDICT))).toEqual([]);
      // The escaped forms say exactly what the portal wrote.
      expect(stdout).toContain('terminal\\x1b[2J\\x1b]0;owned\\x07\\x1b[31mred');
      expect(stdout).toContain('\\x3a:add-mask::hidden');
      expect(stdout).toContain('#\\x23[error]legacy command');
      expect(stdout).toContain(
        `page languages en\\n::warning::forged language\\n${FORGED_VERDICT}`,
      );
      expect(lines.at(-2)).toMatch(/^Result: the policy does not match the portal \(/);
    });

    it('the Markdown report, rendered: only what the report writes', async () => {
      const markdown = readFileSync(markdownFile, 'utf8');
      const html = await marked.parse(markdown);
      const found = await open((page) =>
        page.setContent(
          `<!doctype html><html lang="en"><head><title>Summary</title></head><body>${html}</body></html>`,
        ),
      );
      expect(found.dialogs).toEqual([]);
      expect(found.handlers).toEqual([]);
      expect(found.tags).toEqual(
        [
          'a',
          'body',
          'code',
          'details',
          'h2',
          'h3',
          'head',
          'html',
          'li',
          'p',
          'pre',
          'strong',
          'summary',
          'table',
          'tbody',
          'td',
          'th',
          'thead',
          'title',
          'tr',
          'ul',
        ].filter((tag) => found.tags.includes(tag)),
      );
      expect(found.tags).not.toContain('img');
      expect(found.tags).not.toContain('script');
      expect(found.headings[0]).toBe(`Cookie audit of ${origin}/`);
      expect(found.headings.filter((heading) => heading.startsWith('Result'))).toEqual([]);
      expect(found.links.filter((href) => !/^https?:\/\//.test(href))).toEqual([]);
    });

    it('the HTML report, opened: only what the report writes', async () => {
      const found = await open((page) => page.goto(pathToFileURL(htmlFile).href));
      expect(found.dialogs).toEqual([]);
      expect(found.handlers).toEqual([]);
      expect(found.tags).toEqual(
        [
          'body',
          'caption',
          'details',
          'h1',
          'h2',
          'head',
          'html',
          'li',
          'main',
          'meta',
          'p',
          'pre',
          'strong',
          'style',
          'summary',
          'table',
          'tbody',
          'td',
          'th',
          'thead',
          'title',
          'tr',
          'ul',
        ].filter((tag) => found.tags.includes(tag)),
      );
      expect(found.headings.filter((heading) => heading.startsWith('Result'))).toEqual([]);
      expect(found.links).toEqual([]);
    });
  },
  { timeout: SLOW_MACHINE_MS },
);
