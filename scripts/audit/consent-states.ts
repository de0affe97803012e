/**
 * The three visits a regulator asks about first: what is stored before the visitor answers the
 * consent banner, after they refuse everything, and after they accept everything. Each visit
 * starts from an empty profile, so nothing from one answer leaks into another.
 */
import type { ConsentState } from '../../src/data/observations.ts';
import type { FirstLayer } from './first-layer.ts';

export { consentStates, type ConsentState } from '../../src/data/observations.ts';

/** Column headings and report wording. */
export const STATE_LABELS: Record<ConsentState, string> = {
  'no-answer': 'No answer',
  'refuse-all': 'Refused all',
  'accept-all': 'Accepted all',
};

/** The states in which nothing that needs consent may be stored or called. */
export const withoutConsent = (state: ConsentState) => state !== 'accept-all';

/** How the audit found the consent interface, if it found one. */
export type ConsentInterface =
  | { found: false; page: string }
  | {
      found: true;
      page: string;
      /** `rules`: a consent-manager rule of @duckduckgo/autoconsent; `selectors`: the operator's. */
      by: 'rules' | 'selectors';
      /** The rule's name (e.g. Klaro) or the file holding the selectors. */
      name: string;
      /** Refusal against acceptance on the banner's first layer (first-layer.ts). */
      firstLayer?: FirstLayer;
    };
