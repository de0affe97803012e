/**
 * The Content-Security-Policy of _headers, enforced by a real Chromium on the built pages: every
 * page loads all it uses without a single violation, and what the policy forbids is blocked.
 */
import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../../../src/lib/chromium.ts';
import { describeWithBrowser } from '../../support/describe-with-browser.ts';
import { serveStatic, type StaticSite } from '../../support/static-server.ts';

const dist = inject('distDir');
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .map((file) => file.replace(/index\.html$/, ''))
  .sort();

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { violations: string[] }).violations);

describeWithBrowser('the Content-Security-Policy', () => {
  let site: StaticSite;
  let browser: ChromiumSession;
  beforeAll(async () => {
    site = await serveStatic(dist, '/', { headersFile: true });
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

  it('is sent with every page', async () => {
    const response = await fetch(new URL('fr/', site.url));
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

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

  it('blocks inline scripts and styles, and anything from another host', async () => {
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
    expect((await violations(page)).sort()).toEqual([
      'img-src blocked https://example.org/tracker.png',
      'script-src-elem blocked inline',
      'style-src-elem blocked inline',
    ]);
    expect(await page.title()).not.toBe('injected');
    expect(answered.filter((url) => !url.startsWith(site.url))).toEqual([]);
    await page.close();
  });
});
