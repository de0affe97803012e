/**
 * The Content-Security-Policy, enforced by a real Chromium on the built pages, twice: served with
 * the headers of _headers (Netlify, Cloudflare Pages; nginx sends the same), and served by a host
 * that sends no header at all (GitHub Pages), where only the page's own `<meta http-equiv>` holds.
 * Either way every page loads all it uses, styled by its inlined stylesheet, without a single
 * violation, and what the policy forbids (a planted inline script or style, an image from another
 * host) is blocked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../../../src/lib/chromium.ts';
import { attributes, elements, parseHtml } from '../../../src/lib/html.ts';
import { describeWithBrowser } from '../../support/describe-with-browser.ts';
import { distStyleHash } from '../../support/inline-style.ts';
import { serveStatic, type StaticSite } from '../../support/static-server.ts';

const dist = inject('distDir');
const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .sort();
const pages = files.map((file) => file.replace(/index\.html$/, ''));

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { violations: string[] }).violations);

/** The policy each page carries in its head, as the browser reads it. */
const metaPolicy = (file: string) =>
  attributes(
    elements(parseHtml(readFileSync(join(dist, file), 'utf8')), 'meta', {
      'http-equiv': (value) => value.toLowerCase() === 'content-security-policy',
    }),
    'content',
  );

it('puts the same policy in every page’s head, before its stylesheet: the header’s, less frame-ancestors', () => {
  const expected = `default-src 'none'; style-src '${distStyleHash(dist)}'; img-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'`;
  for (const file of files) {
    expect(metaPolicy(file), file).toEqual([expected]);
    const html = readFileSync(join(dist, file), 'utf8');
    expect(html.indexOf('http-equiv="Content-Security-Policy"'), file).toBeLessThan(
      html.indexOf('<style'),
    );
  }
  const headers = readFileSync(join(dist, '_headers'), 'utf8');
  expect(headers).toContain(`  Content-Security-Policy: ${expected}; frame-ancestors 'none'\n`);
});

for (const hosting of [
  { name: 'sent as a header (_headers)', headersFile: true },
  { name: 'from the page’s meta alone (a host that sends no header)', headersFile: false },
]) {
  describeWithBrowser(`the Content-Security-Policy ${hosting.name}`, () => {
    let site: StaticSite;
    let browser: ChromiumSession;
    /** Each policy that holds reports what it blocks: the header's and the meta's, or the meta's. */
    const reported = (blocked: string[]) =>
      blocked.flatMap((line) => (hosting.headersFile ? [line, line] : [line])).sort();
    beforeAll(async () => {
      site = await serveStatic(dist, '/', { headersFile: hosting.headersFile });
      browser = await launchChromium();
      // Runs before the page's own code; Chromium reports every blocked load as this event.
      await browser.context.addInitScript(() => {
        (window as unknown as { violations: string[] }).violations = [];
        document.addEventListener('securitypolicyviolation', (event) => {
          (window as unknown as { violations: string[] }).violations.push(
            `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`,
          );
        });
      });
    });
    afterAll(async () => {
      await browser?.close();
      await site?.close();
    });

    it(
      hosting.headersFile ? 'is sent with every page' : 'is not sent as a header by this host',
      async () => {
        const response = await fetch(new URL('fr/', site.url));
        const header = response.headers.get('content-security-policy');
        if (hosting.headersFile) expect(header).toContain(`style-src '${distStyleHash(dist)}'`);
        else expect(header).toBeNull();
      },
    );

    it.each(pages)('lets /%s load everything it uses, styled, with no violation', async (path) => {
      const page = await browser.context.newPage();
      const failed: string[] = [];
      page.on('requestfailed', (request) => failed.push(request.url()));
      page.on('response', (response) => {
        if (
          response.status() >= 400 &&
          !response.url().endsWith('.html') &&
          response.url() !== new URL(path, site.url).href
        ) {
          failed.push(`${response.status()} ${response.url()}`);
        }
      });
      await page.goto(new URL(path, site.url).href, { waitUntil: 'load' });
      expect(await violations(page)).toEqual([]);
      expect(failed).toEqual([]);
      // The stylesheet applied: Tailwind's system font stack replaced the browser's default.
      expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain(
        'system-ui',
      );
      await page.close();
    });

    it('blocks an inline script planted in the page’s markup, as an injection would put it', async () => {
      const page = await browser.context.newPage();
      const url = new URL('de/', site.url).href;
      // The server's own answer, with a script written into the body: the host's headers kept.
      await page.route(url, async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace(
          '<body>',
          '<body><script>document.title = "injected"</script>',
        );
        expect(body).toContain('injected');
        await route.fulfill({ response, body });
      });
      await page.goto(url, { waitUntil: 'load' });
      expect(await violations(page)).toEqual(reported(['script-src-elem blocked inline']));
      expect(await page.title()).not.toBe('injected');
      await page.close();
    });

    it('blocks a planted inline script and style, and anything from another host', async () => {
      const page = await browser.context.newPage();
      // Chromium announces the request before the policy stops it; no answer may come back.
      const answered: string[] = [];
      page.on('response', (response) => answered.push(response.url()));
      await page.goto(new URL('en/', site.url).href, { waitUntil: 'load' });
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'document.title = "injected"';
        document.body.append(script);
        const style = document.createElement('style');
        style.textContent = 'body { color: red }';
        document.head.append(style);
        const image = document.createElement('img');
        image.src = 'https://example.org/tracker.png';
        document.body.append(image);
      });
      await page.waitForTimeout(200);
      expect((await violations(page)).sort()).toEqual(
        reported([
          'img-src blocked https://example.org/tracker.png',
          'script-src-elem blocked inline',
          'style-src-elem blocked inline',
        ]),
      );
      expect(await page.title()).not.toBe('injected');
      expect(await page.evaluate(() => getComputedStyle(document.body).color)).not.toBe(
        'rgb(255, 0, 0)',
      );
      expect(answered.filter((url) => !url.startsWith(site.url))).toEqual([]);
      await page.close();
    });
  });
}
