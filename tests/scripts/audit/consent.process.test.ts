/**
 * The audit in every state of consent, end to end: the real CLI against portals that run a real
 * consent manager (Klaro, from its npm package), a banner of their own answered through the
 * operator's selectors, and no banner at all. Tracker hosts are reached with --resolve, so the
 * real tracker database judges real host names.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeWithBrowser } from '../../support/describe-with-browser.ts';
import { expectSelfContainedAndAccessible } from './support/check-html.ts';
import { resolveArgs } from './fixtures/consent-portals.ts';
import { runAudit } from './support/run-cli.ts';
import {
  isoDate,
  normalize,
  SLOW_MACHINE_MS,
  useConsentPortals,
} from './support/fixture-portal.ts';

const DATA = 'tests/scripts/audit/fixtures/consent-data';
const SELECTORS = 'tests/scripts/audit/fixtures/consent';
let origin: string;
useConsentPortals((started) => (origin = started));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const scratch = mkdtempSync(join(tmpdir(), 'odwb-audit-consent-'));

describeWithBrowser(
  'the audit in every state of consent',
  () => {
    it('Klaro: a marketing cookie before any answer fails, statistics after accepting is fine', async () => {
      const html = join(scratch, 'klaro.html');
      const { code, stdout, stderr } = await runAudit([
        `${origin}/klaro/`,
        '--data',
        DATA,
        ...resolveArgs,
        '--json',
        '--html',
        html,
      ]);
      expect(stderr).toBe('');
      expect(code).toBe(1);
      const report = JSON.parse(stdout);
      expect(report.ok).toBe(false);
      const states = report.consentStates;
      expect(states.consent).toEqual({
        found: true,
        page: `${origin}/klaro/`,
        by: 'rules',
        name: 'Klaro',
        firstLayer: expect.objectContaining({ verdict: 'as-prominent' }),
      });
      expect(states.states).toEqual(['no-answer', 'refuse-all', 'accept-all']);
      // The fault, in both states without consent, each with the script's write as evidence.
      const adsEvidence = (state: string) => ({
        setBy: 'script',
        page: `${origin}/klaro/`,
        time: isoDate,
        state,
        header: 'fx_ads=1; max-age=7776000; path=/',
        script: `${origin}/klaro/`,
        line: expect.any(Number),
      });
      expect(states.storedWithoutConsent).toEqual([
        {
          state: 'no-answer',
          name: 'fx_ads',
          storage: 'http-cookie',
          declaredAs: 'fx_ads',
          category: 'marketing',
          evidence: adsEvidence('no-answer'),
        },
        {
          state: 'refuse-all',
          name: 'fx_ads',
          storage: 'http-cookie',
          declaredAs: 'fx_ads',
          category: 'marketing',
          evidence: adsEvidence('refuse-all'),
        },
      ]);
      const verdicts = Object.fromEntries(
        states.items.map((item: { name: string; verdict: string; seen: object }) => [
          item.name,
          [item.verdict, Object.keys(item.seen)],
        ]),
      );
      expect(verdicts).toEqual({
        fx_session: ['necessary', ['no-answer', 'refuse-all', 'accept-all']],
        fx_ads: ['without-consent', ['no-answer', 'refuse-all', 'accept-all']],
        // Klaro's own record of the answer: there once the visitor answered, either way.
        klaro: ['choice', ['refuse-all', 'accept-all']],
        // Held back by Klaro until the visitor accepts: as it should be.
        fx_stats: ['after-consent', ['accept-all']],
      });
      // The ad server's pixel on the second page, before any answer and after refusal.
      const pixel = (state: string) => ({
        state,
        host: 'ad.doubleclick.net',
        request: {
          url: expect.stringMatching(
            /^http:\/\/ad\.doubleclick\.net:\d+\/pixel\?campaign=fixture&page=data$/,
          ),
          query: { campaign: 'fixture', page: 'data' },
          type: 'image',
          page: `${origin}/klaro/data`,
          time: isoDate,
          state,
        },
      });
      expect(states.trackingWithoutConsent).toEqual([pixel('no-answer'), pixel('refuse-all')]);
      expect(states.undeclaredTrackingHosts).toEqual(['ad.doubleclick.net']);
      expect(states.hosts).toMatchObject([
        {
          host: 'ad.doubleclick.net',
          domain: 'doubleclick.net',
          party: 'third',
          organization: 'Google',
          category: 'advertising',
          tracking: true,
          provider: null,
          requests: { 'no-answer': 1, 'refuse-all': 1, 'accept-all': 1 },
        },
        {
          host: 'fixture.matomo.cloud',
          domain: 'matomo.cloud',
          party: 'third',
          organization: 'Matomo',
          category: 'site_analytics',
          tracking: true,
          provider: 'matomo',
          // Only once the visitor accepted, on both pages.
          requests: { 'accept-all': 2 },
        },
      ]);
      // The HTML report shows the states side by side too.
      const page = readFileSync(html, 'utf8');
      expect(page).toContain(
        '<th scope="col">No answer</th><th scope="col">Refused all</th><th scope="col">Accepted all</th>',
      );
      expect(page).toContain(
        '<td>fx_stats</td><td>fx_stats</td><td>statistics</td><td>-</td><td>-</td><td>script</td><td>only after consent</td>',
      );
      await expectSelfContainedAndAccessible(html);
    });

    it('Klaro, as a table: the states side by side, findings first', async () => {
      const { code, stdout } = await runAudit([`${origin}/klaro/`, '--data', DATA, ...resolveArgs]);
      expect(code).toBe(1);
      // Sizes in pixels depend on the machine's fonts: the verdict and the texts do not.
      const text = normalize(stdout).replaceAll(/[\d.]+ px/g, '<n> px');
      expect(text).toContain(
        `Consent interface: found by autoconsent's Klaro rule on ${origin}/klaro/. Visited in 3 states, each from an empty profile: No answer, Refused all, Accepted all. First layer of the banner: refusing is offered as prominently as accepting: "I decline" (<n> px high, <n> px text) against "That's ok" (<n> px high, <n> px text).

Stored without consent (2): each needs consent (declared in a category other than necessary, or declared nowhere) but was stored before an answer or after refusal. Have the portal wait for the visitor to accept; if it is strictly necessary, declare it so.
  Name    Declared as  Category   State        Set by
  fx_ads  fx_ads       marketing  No answer    script
  fx_ads  fx_ads       marketing  Refused all  script
`,
      );
      expect(text)
        .toContain(`Stored in each state (4, for information): what each visit found stored, and how (header, script, jar). "Only after consent" is what a category that needs consent should show.
  Name        Declared as  Category    No answer  Refused all  Accepted all  Verdict
  fx_session  fx_session   necessary   header     header       header        necessary
  fx_ads      fx_ads       marketing   script     script       script        needs consent, stored without it
  klaro       klaro        necessary   -          script       script        the visitor's consent choice
  fx_stats    fx_stats     statistics  -          -            script        only after consent
`);
      expect(text.trimEnd().split('\n').at(-1)).toBe(
        'Result: the policy does not match the portal (0 undeclared items, 0 lifetimes declared too short, 2 items stored without consent, 2 tracking requests without consent, 1 undeclared tracking host).',
      );
    });

    it('a banner no rule knows, answered through the selectors in --consent: consent respected', async () => {
      const { code, stdout, stderr } = await runAudit([
        `${origin}/custom/`,
        '--data',
        DATA,
        '--consent',
        `${SELECTORS}/custom.yaml`,
        '--json',
      ]);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const states = JSON.parse(stdout).consentStates;
      expect(states.consent).toEqual({
        found: true,
        page: `${origin}/custom/`,
        by: 'selectors',
        name: `${SELECTORS}/custom.yaml`,
        firstLayer: expect.objectContaining({ verdict: 'as-prominent' }),
      });
      expect(states.storedWithoutConsent).toEqual([]);
      expect(
        states.items.map((item: { name: string; seen: object }) => [
          item.name,
          Object.keys(item.seen),
        ]),
      ).toEqual([
        ['fx_session', ['no-answer', 'refuse-all', 'accept-all']],
        ['fx_choice', ['refuse-all', 'accept-all']],
        ['fx_stats', ['accept-all']],
      ]);
    });

    it('no banner: says so and makes the one visit, which cannot check an inventory that declares consent cookies', async () => {
      const { code, stdout, stderr } = await runAudit([`${origin}/plain/`, '--data', DATA]);
      expect(stderr).toBe('');
      expect(code).toBe(3);
      expect(stdout).toContain('Could not check (1)');
      expect(normalize(stdout)).toContain(
        `Consent interface: none found on ${origin}/plain/ (autoconsent's rules, within 3 s of loading; name a banner they do not know with --consent <file>). One visit, without an answer.`,
      );
      expect(stdout).not.toContain('Stored in each state');
      // Entries set only after consent or a choice are not expected from a visit that cannot answer.
      expect(stdout).toContain('Not expected in this audit (4, for information)');
    });
  },
  { concurrent: true, timeout: SLOW_MACHINE_MS },
);

describeWithBrowser(
  'the states of consent refuse to guess: one readable message and exit 2',
  () => {
    it('selectors that match nothing on the page, all named at once', async () => {
      const result = await runAudit([
        `${origin}/custom/`,
        '--data',
        DATA,
        '--consent',
        `${SELECTORS}/wrong.yaml`,
        '--timeout',
        '2',
      ]);
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: `audit: the consent selectors in ${SELECTORS}/wrong.yaml do not fit ${origin}/custom/:
  - banner '#cookie-banner' shows nothing within 2 s
  - refuse '#cookie-banner .reject' matches nothing
Copy each selector from the banner's HTML (the browser's "Inspect" menu), or remove the file to let the audit's rules find the banner.
`,
      });
    });
  },
  { concurrent: true, timeout: SLOW_MACHINE_MS },
);
