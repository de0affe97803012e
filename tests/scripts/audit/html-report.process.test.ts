/**
 * `--html FILE`: the report a data-protection officer keeps. Written from a HAR audit (fast, no
 * crawl), then opened in Chromium: it must request nothing but itself and pass axe like the site.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeWithBrowser } from '../../support/describe-with-browser.ts';
import { expectSelfContainedAndAccessible } from './support/check-html.ts';
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
      expect(html).toContain(
        '<td>stats.example.net</td><td>example.net</td><td>third</td><td>Matomo</td><td>Site Analytics</td><td>undeclared</td><td>1</td>',
      );
      expect(html).toContain('- name: _pk_id.*\n  wildcard: true\n  provider: TODO');
      expect(html).toContain('Set-Cookie: _pk_ses.1.5a3c=1; Max-Age=1800; Domain=.example.net;');
      await expectSelfContainedAndAccessible(file);
    });
  },
  { timeout: SLOW_MACHINE_MS },
);
