/**
 * Whether the policy as built is published, and if not what keeps it a draft: the operator facts
 * and the inventory (operator-facts.ts), the evidence of an audit of the portal (evidence.ts), the
 * exemption test (exemption.ts), and whether the current version is recorded as published
 * (content/publications.yaml). The content check computes it once and hands it to the pages, so
 * the pages, the exports and the check never disagree about it.
 */
import type { DraftState } from './operator-facts.ts';
import type { Evidence } from './evidence.ts';

export interface PolicyState extends DraftState {
  /** What the recorded audit supports. */
  evidence: Evidence;
  /** Persistent strictly necessary cookies without their justification. */
  unjustifiedExemptions: string[];
  /** The current version is recorded but not published. */
  unpublished: boolean;
  /** The current version's date (content/versions.yaml). */
  versionDate: string;
  /** The day the current version was published; undefined in a draft. */
  publishedOn: string | undefined;
}

/** The date a page, a PDF or an export gives the policy: its publication, or the draft's version. */
export const policyDate = (state: Pick<PolicyState, 'publishedOn' | 'versionDate'>) =>
  state.publishedOn ?? state.versionDate;
