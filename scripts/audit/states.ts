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
  /** The states the audit reached: a state whose answer the banner would not take is left out. */
  visits: StateVisit[];
  /** Why each state left out could not be reached, for "Could not check". */
  notReached: string[];
}

export type StatesOptions = Omit<CrawlOptions, 'state' | 'prepare' | 'onFirstPage' | 'harPath'> & {
  selectors?: ConsentSelectors | undefined;
  /** Where each state's HAR file goes, if one is wanted. */
  harPath?: ((state: ConsentState) => string) | undefined;
};

const ACTION = { 'refuse-all': 'optOut', 'accept-all': 'optIn' } as const;
const VERB = { 'refuse-all': 'refuse everything', 'accept-all': 'accept everything' } as const;
const AFTER = { 'refuse-all': 'after refusing', 'accept-all': 'after accepting' } as const;
const FALLBACK =
  'name its buttons with --consent <file> (scripts/audit/README.md, "A banner no rule knows")';

/**
 * A state the audit could not put the portal in: the banner would not take the answer. Its visit
 * would show another state under this one's name, so it is left out, and the reason ends the
 * audit "could not check" (not-checked.ts): nothing is claimed about a state nobody saw.
 */
class StateNotReached extends Error {}

/** The sentence each report prints under "Could not check" for a state not reached. */
const notReached = (state: 'refuse-all' | 'accept-all', why: string, whatToDo: string) =>
  new StateNotReached(
    `${why}, so the audit could not ${VERB[state]}: what the portal stores ${AFTER[state]} ("${STATE_LABELS[state]}") was not checked. ${whatToDo}`,
  );

function rulesFailure(
  outcome: RulesOutcome,
  state: 'refuse-all' | 'accept-all',
  page: Page,
  timeoutSeconds: number,
) {
  const cmp = outcome.kind === 'failed' && outcome.cmp ? outcome.cmp : 'consent';
  if (outcome.kind === 'failed' && outcome.reason === 'not-found') {
    return notReached(
      state,
      `the consent banner found on the first visit to ${page.url()} did not show in the "${STATE_LABELS[state]}" visit`,
      `Run the audit again; if it happens again, ${FALLBACK}.`,
    );
  }
  if (outcome.kind === 'failed' && outcome.reason === 'refused-by-rule') {
    return notReached(
      state,
      `autoconsent's ${cmp} rule found the banner on ${page.url()} but not the controls to ${VERB[state]} with`,
      `To audit this banner, ${FALLBACK}.`,
    );
  }
  return notReached(
    state,
    `the ${cmp} banner on ${page.url()} did not close within ${timeoutSeconds} s of the attempt to ${VERB[state]}`,
    `Allow more time with --timeout <seconds>, or ${FALLBACK}.`,
  );
}

/**
 * Runs in the page: whether nothing of the banner is on screen (no part of it with a size that
 * is neither hidden nor transparent). A consent manager's wrapper may have no box of its own
 * while its fixed dialog is shown, so every element inside counts.
 */
function bannerGone(selector: string): boolean {
  return ![...document.querySelectorAll(selector)].some((root) =>
    [root, ...root.querySelectorAll('*')].some((element) => {
      const box = element.getBoundingClientRect();
      return (
        box.width > 0 &&
        box.height > 0 &&
        element.checkVisibility({ opacityProperty: true, visibilityProperty: true })
      );
    }),
  );
}

/**
 * A rule that reports the answer given is not proof that the portal took it: a banner whose
 * buttons do nothing, or that shows again once the page has reloaded, has not been answered.
 * The rule's own banner element must be gone (when the rule names it).
 */
async function stillShown(
  page: Page,
  cmp: string,
  state: 'refuse-all' | 'accept-all',
  timeoutSeconds: number,
) {
  const banner = bannerSelector(cmp);
  if (banner === undefined) return undefined;
  const gone = await page
    .waitForFunction(bannerGone, banner, { timeout: timeoutSeconds * 1000, polling: 100 })
    .then(() => true)
    .catch(() => false);
  if (gone) return undefined;
  return notReached(
    state,
    `the ${cmp} banner on ${page.url()} was still shown ${timeoutSeconds} s after autoconsent's rule clicked to ${VERB[state]}`,
    `Check that the banner's buttons close it and that its answer is kept, or ${FALLBACK}.`,
  );
}

/**
 * A banner that shows again on a later page: the portal did not keep the answer (its record
 * was not stored, or something deleted it), so the visit is no longer in the state it names.
 */
async function shownAgain(page: Page, banner: string, state: 'refuse-all' | 'accept-all') {
  const gone = await page.evaluate(bannerGone, banner).catch(() => true);
  if (gone) return;
  throw notReached(
    state,
    `the consent banner ('${banner}') showed again on ${page.url()}, a later page of the "${STATE_LABELS[state]}" visit: the portal did not keep the answer`,
    'Check that the consent manager stores the answer and that nothing on the portal deletes it, then audit again.',
  );
}

export async function visitStates(options: StatesOptions): Promise<StatesAudit> {
  const { selectors, harPath, ...crawlOptions } = options;
  const timeoutMs = options.timeoutSeconds * 1000;
  const visit = async (
    state: ConsentState,
    onFirstPage: (page: Page, rules: Autoconsent) => Promise<void>,
    onLaterPage?: (page: Page) => Promise<void>,
  ): Promise<StateVisit> => {
    const rules = new Autoconsent();
    const observation = await crawl({
      ...crawlOptions,
      state,
      harPath: harPath?.(state),
      prepare: selectors ? undefined : (context) => rules.attach(context),
      onFirstPage: (page) => onFirstPage(page, rules),
      onLaterPage,
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
  if (!found.found) return { consent: found, visits: [first], notReached: [] };

  const answered: StateVisit[] = [];
  const reasons: string[] = [];
  for (const state of ['refuse-all', 'accept-all'] as const) {
    // The banner's element, once known: it must not show again on a later page.
    let banner = selectors?.banner;
    try {
      answered.push(
        await visit(
          state,
          async (page, rules) => {
            if (selectors) {
              const failure = await answerWithSelectors(
                page,
                selectors,
                state === 'refuse-all' ? 'refuse' : 'accept',
                timeoutMs,
              );
              if (failure) throw notReached(state, failure.why, failure.advice);
            } else {
              const outcome = await rules.run(page, ACTION[state], timeoutMs);
              if (outcome.kind !== 'answered')
                throw rulesFailure(outcome, state, page, options.timeoutSeconds);
              // Some consent managers reload the page once the choice is stored.
              await page.waitForLoadState('load', { timeout: timeoutMs }).catch(() => undefined);
              const shown = await stillShown(page, outcome.cmp, state, options.timeoutSeconds);
              if (shown) throw shown;
              banner = bannerSelector(outcome.cmp);
            }
            await page.waitForLoadState('load', { timeout: timeoutMs }).catch(() => undefined);
          },
          async (page) => {
            if (banner !== undefined) await shownAgain(page, banner, state);
          },
        ),
      );
    } catch (error) {
      if (!(error instanceof StateNotReached)) throw error;
      reasons.push(error.message);
    }
  }
  return { consent: found, visits: [first, ...answered], notReached: reasons };
}
