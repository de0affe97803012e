/**
 * `--html FILE`: the report a data-protection officer keeps. Written from a HAR audit (fast, no
 * crawl), then opened in Chromium: it must request nothing but itself and pass axe like the site.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, expect, it } from 'vitest';
import { launchChromium } from '../../../src/lib/chromium.ts';
import { AXE_LOADED, axeSource } from '../../src/pages/browser/support/site.ts';
import { describeWithBrowser } from '../../support/describe-with-browser.ts';
import { runAudit } from './support/run-cli.ts';
import { HAR, ODWB_DATA, SLOW_MACHINE_MS } from './support/fixture-portal.ts';

const scratch = mkdtempSync(join(tmpdir(), 'odwb-audit-html-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describeWithBrowser(
  'the HTML report',
  () => {
    it('writes an HTML report that passes axe and makes no request of its own', async () => {
      const file = join(scratch, 'report.html');
      const { code, stderr } = await runAudit([
        '--har',
        `${HAR}/portal.har`,
        '--data',
        ODWB_DATA,
        '--html',
        file,
      ]);
      expect(stderr).toBe('');
      expect(code).toBe(1);
      const html = readFileSync(file, 'utf8');
      expect(html).not.toMatch(/<script|<img|<link|src=|@import|url\(/i);
      for (const heading of [
        'Summary',
        'Findings, with evidence',
        'Suggested entries',
        'Requests to other hosts',
        'What the audit covered',
        'How this report was made',
      ]) {
        expect(html).toContain(`<h2>${heading}</h2>`);
      }
      expect(html).toContain('<td>stats.example.net</td><td>undeclared</td><td>1</td>');
      expect(html).toContain('- name: _pk_id.*\n  wildcard: true\n  provider: TODO');
      expect(html).toContain('Set-Cookie: _pk_ses.1.5a3c=1; Max-Age=1800; Domain=.example.net;');
      const session = await launchChromium();
      try {
        const page = await session.context.newPage();
        const requests: string[] = [];
        page.on('request', (request) => requests.push(request.url()));
        const url = pathToFileURL(file).href;
        await page.goto(url);
        expect(requests).toEqual([url]);
        await page.evaluate(axeSource);
        const results = await new AxeBuilder({ page, axeSource: AXE_LOADED })
          .setLegacyMode(true)
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(results.passes.length).toBeGreaterThan(0);
        expect(results.violations.map((violation) => violation.id)).toEqual([]);
      } finally {
        await session.close();
      }
    });
  },
  { timeout: SLOW_MACHINE_MS },
);
