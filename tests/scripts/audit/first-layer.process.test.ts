/**
 * Refusing as easy as accepting: the first layer of the banner, before any click, is measured
 * against real consent managers from npm (vanilla-cookieconsent 3, Klaro) and the portal's own
 * banner: a refusal as tall and as large as the acceptance passes; none on the first layer, or a
 * smaller one, fails the audit with what to change.
 */
import { expect, it } from 'vitest';
import { describeWithBrowser } from '../../support/describe-with-browser.ts';
import { resolveArgs } from './fixtures/consent-portals.ts';
import { runAudit } from './support/run-cli.ts';
import { SLOW_MACHINE_MS, useConsentPortals } from './support/fixture-portal.ts';

const DATA = 'tests/scripts/audit/fixtures/cookieconsent-data';
const SELECTORS = 'tests/scripts/audit/fixtures/consent/custom.yaml';
let origin: string;
useConsentPortals((started) => (origin = started));

const firstLayerOf = async (args: string[]) => {
  const result = await runAudit([...args, '--depth', '0', '--json']);
  expect(result.stderr).toBe('');
  const report = JSON.parse(result.stdout);
  return { code: result.code, layer: report.consentStates.consent.firstLayer };
};

describeWithBrowser(
  "the banner's first layer",
  () => {
    it('vanilla-cookieconsent 3: "Reject all" as prominent as "Accept all"', async () => {
      const { code, layer } = await firstLayerOf([`${origin}/cookieconsent/`, '--data', DATA]);
      expect(code).toBe(0);
      expect(layer).toMatchObject({
        refuse: { text: 'Reject all' },
        accept: { text: 'Accept all' },
        verdict: 'as-prominent',
      });
      // Its buttons have equal weight by default: the same box height and text size.
      expect(layer.refuse.height).toBe(layer.accept.height);
      expect(layer.refuse.fontSize).toBe(layer.accept.fontSize);
    });

    it('Klaro: "I decline" as prominent as "That\'s ok"', async () => {
      const { layer } = await firstLayerOf([
        `${origin}/klaro/`,
        '--data',
        'tests/scripts/audit/fixtures/consent-data',
        ...resolveArgs,
      ]);
      expect(layer).toMatchObject({
        refuse: { text: 'I decline' },
        accept: { text: "That's ok" },
        verdict: 'as-prominent',
      });
    });

    it('vanilla-cookieconsent 3 with refusal in its settings only: no refusal on the first layer fails', async () => {
      const result = await runAudit([
        `${origin}/cookieconsent-no-reject/`,
        '--data',
        DATA,
        '--depth',
        '0',
      ]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(
        /First layer of the banner: no control to refuse beside "Accept all" \(\d+ px high, [\d.]+ px text\): a visitor must look further to refuse\. Offer "refuse all" on the first layer, as prominently as "accept all"\./,
      );
      expect(result.stdout).toContain(
        'Refusing less prominent than accepting (1): the banner\'s first layer, before any click, must offer a refusal as visible and as large as the acceptance. Offer "refuse all" beside "accept all", as tall and with text as large.',
      );
      expect(result.stdout).toMatch(
        /^ {2}none on the first layer +"Accept all", \d+ px high, [\d.]+ px text +no refusal on the first layer$/m,
      );
      expect(result.stdout.trimEnd().split('\n').at(-1)).toMatch(
        /, refusing less prominent than accepting\)\.$/,
      );
    });

    it('vanilla-cookieconsent 3 whose acceptance says "Sure, go ahead": the first layer could not be checked (exit 3)', async () => {
      const result = await runAudit([
        `${origin}/cookieconsent-unlabelled/`,
        '--data',
        DATA,
        '--depth',
        '0',
        '--json',
      ]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(3);
      const report = JSON.parse(result.stdout);
      expect(report.result).toBe('could-not-check');
      // Nothing recognised as accepting: no acceptance in the report, and no verdict.
      expect(report.consentStates.consent.firstLayer).toEqual({
        refuse: expect.objectContaining({ text: 'Reject all' }),
        verdict: 'unknown',
      });
      expect(report.notChecked).toEqual([
        `the cookieconsent3 banner on ${origin}/cookieconsent-unlabelled/ shows no control the audit recognises as accepting on its first layer (refuse: "Reject all"), so whether refusing is offered there as prominently as accepting was not checked. Name its buttons with --consent <file> (scripts/audit/README.md, "A banner no rule knows").`,
      ]);
    });

    it("the portal's own banner with a small refusal link: less prominent fails", async () => {
      const { code, layer } = await firstLayerOf([
        `${origin}/tiny-refuse/`,
        '--data',
        'tests/scripts/audit/fixtures/consent-data',
        '--consent',
        SELECTORS,
      ]);
      expect(code).toBe(1);
      expect(layer.verdict).toBe('less-prominent');
      expect(layer.refuse).toMatchObject({ text: 'Refuse all', fontSize: 10 });
      expect(layer.accept).toMatchObject({ text: 'Accept all', fontSize: 20 });
      expect(layer.refuse.height).toBeLessThan(layer.accept.height);
    });
  },
  { concurrent: true, timeout: SLOW_MACHINE_MS },
);
