/**
 * The audit in every state of consent. A first visit finds the consent interface (with
 * autoconsent's rules, or the operator's selectors) without answering it; when there is one, two
 * more visits, each from an empty profile, refuse everything and accept everything on the first
 * page, then crawl the same pages. Without a consent interface, the first visit is the audit.
 */
import type { Page } from 'playwright-core';
import { Autoconsent, type RulesOutcome } from './autoconsent.ts';
import type { ConsentSelectors } from './consent-config.ts';
import { answerWithSelectors, checkSelectors } from './consent-selectors.ts';
import { STATE_LABELS, type ConsentInterface, type ConsentState } from './consent-states.ts';
import { crawl, type CrawlOptions, type FirstPageCapture } from './crawl.ts';
import { AuditError } from './errors.ts';
import { bannerSelector, measureFirstLayer } from './first-layer.ts';
import type { Observation } from './observation.ts';

/**
 * How long after the first page's `load` a banner may take to appear. Consent managers show
 * theirs as soon as their script has run; one that comes later must be named with --consent.
 */
export const DETECT_MS = 3000;

export interface StateVisit {
  state: ConsentState;
  observation: Observation;
  firstPage: FirstPageCapture | undefined;
}

export interface StatesAudit {
  consent: ConsentInterface;
  visits: StateVisit[];
}

export type StatesOptions = Omit<CrawlOptions, 'state' | 'prepare' | 'onFirstPage' | 'harPath'> & {
  selectors?: ConsentSelectors | undefined;
  /** Where each state's HAR file goes, if one is wanted. */
  harPath?: ((state: ConsentState) => string) | undefined;
};

const ACTION = { 'refuse-all': 'optOut', 'accept-all': 'optIn' } as const;
const VERB = { 'refuse-all': 'refuse everything', 'accept-all': 'accept everything' } as const;

function rulesFailure(
  outcome: RulesOutcome,
  state: 'refuse-all' | 'accept-all',
  page: Page,
  timeoutSeconds: number,
) {
  const cmp = outcome.kind === 'failed' && outcome.cmp ? outcome.cmp : 'consent';
  const fallback =
    'name its buttons with --consent <file> (scripts/audit/README.md, "A banner no rule knows")';
  if (outcome.kind === 'failed' && outcome.reason === 'not-found') {
    return new AuditError(
      `the consent banner found on the first visit to ${page.url()} did not show in the "${STATE_LABELS[state]}" visit, so the audit could not ${VERB[state]}. Run the audit again; if it happens again, ${fallback}.`,
    );
  }
  if (outcome.kind === 'failed' && outcome.reason === 'refused-by-rule') {
    return new AuditError(
      `autoconsent's ${cmp} rule could not ${VERB[state]} on ${page.url()}. To audit this banner, ${fallback}.`,
    );
  }
  return new AuditError(
    `the ${cmp} banner on ${page.url()} did not close within ${timeoutSeconds} s of the attempt to ${VERB[state]}. Allow more time with --timeout <seconds>, or ${fallback}.`,
  );
}

export async function visitStates(options: StatesOptions): Promise<StatesAudit> {
  const { selectors, harPath, ...crawlOptions } = options;
  const timeoutMs = options.timeoutSeconds * 1000;
  const visit = async (
    state: ConsentState,
    onFirstPage: (page: Page, rules: Autoconsent) => Promise<void>,
  ): Promise<StateVisit> => {
    const rules = new Autoconsent();
    const observation = await crawl({
      ...crawlOptions,
      state,
      harPath: harPath?.(state),
      prepare: selectors ? undefined : (context) => rules.attach(context),
      onFirstPage: (page) => onFirstPage(page, rules),
    });
    const { firstPage, ...rest } = observation;
    return { state, observation: rest, firstPage };
  };

  let consent: ConsentInterface | undefined;
  const first = await visit('no-answer', async (page, rules) => {
    if (selectors) {
      await checkSelectors(page, selectors, timeoutMs);
      consent = {
        found: true,
        page: page.url(),
        by: 'selectors',
        name: selectors.file,
        firstLayer: await measureFirstLayer(page, selectors),
      };
      return;
    }
    const outcome = await rules.run(page, 'detect', Math.min(DETECT_MS, timeoutMs));
    consent =
      outcome.kind === 'found'
        ? {
            found: true,
            page: page.url(),
            by: 'rules',
            name: outcome.cmp,
            firstLayer: await measureFirstLayer(page, { banner: bannerSelector(outcome.cmp) }),
          }
        : { found: false, page: page.url() };
  });
  // The first page always loads (or the crawl stops with an error), so consent is set here.
  const found = consent ?? { found: false, page: options.urls[0] ?? '' };
  if (!found.found) return { consent: found, visits: [first] };

  const answered: StateVisit[] = [];
  for (const state of ['refuse-all', 'accept-all'] as const) {
    answered.push(
      await visit(state, async (page, rules) => {
        if (selectors) {
          await answerWithSelectors(
            page,
            selectors,
            state === 'refuse-all' ? 'refuse' : 'accept',
            timeoutMs,
          );
        } else {
          const outcome = await rules.run(page, ACTION[state], timeoutMs);
          if (outcome.kind !== 'answered')
            throw rulesFailure(outcome, state, page, options.timeoutSeconds);
        }
        // Some consent managers reload the page once the choice is stored.
        await page.waitForLoadState('load', { timeout: timeoutMs }).catch(() => undefined);
      }),
    );
  }
  return { consent: found, visits: [first, ...answered] };
}
