/**
 * An ordinary visitor: the audit's browser does not say it is automated, so a consent manager
 * that hides from bots (vanilla-cookieconsent 3, from its npm package, with its defaults) shows
 * its banner and is answered in every state of consent.
 */
import { expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium, launchChromium } from '../../../src/lib/chromium.ts';
import { ordinaryVisitor } from '../../../scripts/audit/visitor.ts';
import { describeWithBrowser } from '../../support/describe-with-browser.ts';
import { listen } from './fixtures/server.ts';
import { runAudit } from './support/run-cli.ts';
import { SLOW_MACHINE_MS, useConsentPortals, useFixturePortal } from './support/fixture-portal.ts';

const DATA = 'tests/scripts/audit/fixtures/cookieconsent-data';
let portals: string;
useConsentPortals((started) => (portals = started));
/** Answers every request with the headers it came with. */
let echo: string;
useFixturePortal(
  (started) => (echo = started),
  () =>
    listen((request, response) => {
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(`<!doctype html><title>Echo</title><pre>${JSON.stringify(request.headers)}</pre>`);
    }),
);

describeWithBrowser(
  'the audit visits as an ordinary visitor',
  () => {
    it('presents itself as a desktop Chrome: no automation flag, no HeadlessChrome, one language, a common window', async () => {
      const visitor = ordinaryVisitor(findChromium());
      const session = await launchChromium({
        ...visitor.launch,
        args: [...CHROMIUM_ARGS, ...visitor.args],
      });
      try {
        const page = await session.context.newPage();
        await visitor.present(session.context, page);
        await page.goto(`${echo}/`);
        const seen = await page.evaluate(() => ({
          webdriver: navigator.webdriver,
          userAgent: navigator.userAgent,
          language: navigator.language,
          window: [innerWidth, innerHeight],
          brands: (navigator as Navigator & { userAgentData: { brands: { brand: string }[] } })
            .userAgentData.brands,
          headers: JSON.parse(document.querySelector('pre')!.textContent!),
        }));
        expect(seen.webdriver).toBe(false);
        expect(seen.userAgent).toMatch(
          /^Mozilla\/5\.0 \([^)]+\) AppleWebKit\/537\.36 \(KHTML, like Gecko\) Chrome\/\d+\.0\.0\.0 Safari\/537\.36$/,
        );
        expect(seen.headers['user-agent']).toBe(seen.userAgent);
        expect(JSON.stringify(seen.headers)).not.toMatch(/headless/i);
        expect(seen.language).toBe('en-US');
        expect(seen.headers['accept-language']).toMatch(/^en-US\b/);
        expect(seen.window).toEqual([1366, 768]);
        expect(seen.brands.map((brand) => brand.brand)).toEqual(['Chromium', 'Not:A-Brand']);
      } finally {
        await session.close();
      }
    });

    it('answers vanilla-cookieconsent 3, which hides from bots, in three states', async () => {
      const { code, stdout, stderr } = await runAudit([
        `${portals}/cookieconsent/`,
        '--data',
        DATA,
        '--depth',
        '0',
        '--json',
      ]);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const states = JSON.parse(stdout).consentStates;
      expect(states.consent).toEqual({
        found: true,
        page: `${portals}/cookieconsent/`,
        by: 'rules',
        name: 'cookieconsent3',
        firstLayer: expect.objectContaining({ verdict: 'as-prominent' }),
      });
      expect(
        states.items.map((item: { name: string; seen: object; verdict: string }) => [
          item.name,
          Object.keys(item.seen),
          item.verdict,
        ]),
      ).toEqual([
        ['fx_session', ['no-answer', 'refuse-all', 'accept-all'], 'necessary'],
        ['cc_cookie', ['refuse-all', 'accept-all'], 'choice'],
        ['fx_stats', ['accept-all'], 'after-consent'],
      ]);
    });
  },
  { concurrent: true, timeout: SLOW_MACHINE_MS },
);
