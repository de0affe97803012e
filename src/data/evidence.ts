/**
 * Observed before signed: what the last recorded audit of the portal (content/observations.yaml)
 * supports, cookie by cookie, and what publishing therefore still lacks. A policy is published
 * only when an audit of the portal that content/operator.yaml names, no older than the days
 * content/publications.yaml allows, visited the three states of consent and could check what it
 * had to (its result is not "could not check"), and every declared
 * cookie was observed there as declared, or carries a visible reason why no automatic audit can
 * observe it (with the check made by hand). The same result decides which sentences about the
 * portal's behaviour the pages may state ("set only with your consent", "no other site can read
 * them"), and the date the page gives as the last check of the inventory.
 */
import { contentPaths } from '../config/paths.ts';
import { lifetimeDiffers } from './lifetime.ts';
import { consentStates, type Observations } from './observations.ts';
import { requiresConsent, type Cookie } from './schema.ts';

/** What keeps the audit from counting as evidence, as a whole. */
export type AuditGap = 'no-audit' | 'other-portal' | 'stale' | 'states' | 'not-checked';

export interface Evidence {
  /** The day the inventory was last checked on the portal, when the audit counts as evidence. */
  checkedOn: string | undefined;
  /** Why the recorded audit does not count, when it does not. */
  auditGap: AuditGap | undefined;
  /** Declared cookies neither observed as declared nor said to be unobservable, with why. */
  unobserved: { name: string; why: string }[];
  /** Every cookie that needs consent was seen only after acceptance, in an audit of every state. */
  consentVerified: boolean;
  /** Every declared cookie was observed on the portal by the audit that counts. */
  allObserved: boolean;
  /**
   * The audit found the inventory whole: every declared cookie observed, and nothing it does not
   * declare (its result is "matches"). Only then may a page say what the portal does not set.
   */
  inventoryConfirmed: boolean;
}

/** What is known without an audit that counts: nothing observed, nothing checked. */
export const noEvidence: Evidence = {
  checkedOn: undefined,
  auditGap: 'no-audit',
  unobserved: [],
  consentVerified: false,
  allObserved: false,
  inventoryConfirmed: false,
};

const DAY_MS = 86_400_000;
const ageInDays = (date: string, today: Date) =>
  Math.floor((today.getTime() - Date.parse(`${date}T00:00:00Z`)) / DAY_MS);

/** host and port: www.odwb.be, 127.0.0.1:8080. */
const hostOf = (url: string) => new URL(url).host;

export function portalEvidence(
  observations: Observations | undefined,
  cookies: Cookie[],
  { portalUrl, today, maxAgeDays }: { portalUrl: string; today: Date; maxAgeDays: number },
): Evidence {
  const none = (auditGap: AuditGap): Evidence => ({
    checkedOn: undefined,
    auditGap,
    unobserved: cookies
      .filter((cookie) => cookie.notObservedBecause === undefined)
      .map((cookie) => ({ name: cookie.name, why: 'no audit that counts observed it' })),
    consentVerified: false,
    allObserved: false,
    inventoryConfirmed: false,
  });
  if (!observations) return none('no-audit');
  const { audit } = observations;
  if (hostOf(audit.portal) !== hostOf(portalUrl)) return none('other-portal');
  if (ageInDays(audit.observedOn, today) > maxAgeDays) return none('stale');
  if (!consentStates.every((state) => audit.states?.includes(state))) return none('states');
  // An audit that could not look at everything (an unanswered banner, an error page) saw nothing
  // a DPO may sign (scripts/audit/README.md, "Exit codes").
  if (audit.result === 'could-not-check') return none('not-checked');
  const fresh = (date: string) => ageInDays(date, today) <= maxAgeDays;
  const unobserved: Evidence['unobserved'] = [];
  let allObserved = true;
  let consentVerified = true;
  for (const cookie of cookies) {
    const seen = observations.cookies.find((entry) => entry.name === cookie.name);
    const observed = seen !== undefined && fresh(seen.observedOn);
    if (!observed) allObserved = false;
    if (requiresConsent(cookie.category)) {
      // Seen, and only once the visitor accepted: the portal waits for consent.
      const onlyAfterAcceptance = observed && seen.states.every((state) => state === 'accept-all');
      if (!onlyAfterAcceptance) consentVerified = false;
    }
    if (cookie.notObservedBecause !== undefined && !observed) continue;
    if (!observed)
      unobserved.push({
        name: cookie.name,
        why: seen
          ? `last observed on ${seen.observedOn}, more than the days allowed`
          : `the audit of ${audit.observedOn} did not observe it`,
      });
    else if (
      cookie.storage === 'http-cookie' &&
      lifetimeDiffers(cookie.lifetime, seen.lifetimeSeconds)
    )
      unobserved.push({
        name: cookie.name,
        why: `the audit of ${seen.observedOn} observed it with another lifetime than ${cookie.lifetime}`,
      });
  }
  return {
    checkedOn: audit.observedOn,
    auditGap: undefined,
    unobserved,
    consentVerified,
    allObserved,
    inventoryConfirmed: allObserved && audit.result === 'matches',
  };
}

const RECORD = (portal: string) => `\`npm run audit -- ${portal} --record\``;

/** Why the policy cannot be published on this evidence, one line per reason, for editors. */
export function evidenceReasons(
  evidence: Evidence,
  observations: Observations | undefined,
  { portalUrl, maxAgeDays }: { portalUrl: string; maxAgeDays: number },
): string[] {
  const path = contentPaths.observations;
  const record = RECORD(portalUrl);
  switch (evidence.auditGap) {
    case 'no-audit':
      return [
        `${path}: no audit of the portal is recorded, so no cookie, lifetime or behaviour the policy states has been observed on ${portalUrl}. Record one with ${record}, which visits the portal without an answer, after refusing and after accepting.`,
      ];
    case 'other-portal':
      return [
        `${path}: the recorded audit observed ${observations!.audit.portal}, not the portal ${contentPaths.operator} names (${portalUrl}). Record an audit of that portal with ${record}.`,
      ];
    case 'stale':
      return [
        `${path}: the recorded audit of the portal is of ${observations!.audit.observedOn}, more than ${maxAgeDays} days ago (auditMaxAgeDays in ${contentPaths.publications}). Record a new one with ${record}.`,
      ];
    case 'states': {
      const visited = observations!.audit.states;
      return [
        `${path}: the recorded audit of ${observations!.audit.observedOn} ${visited ? `visited the portal only ${visited.join(', ')}` : 'does not say which states of consent it visited'}; publishing needs all three (${consentStates.join(', ')}). Record a new one with ${record}${visited ? ', naming the banner’s buttons with --consent if it did not find them' : ''}.`,
      ];
    }
    case 'not-checked':
      return [
        `${path}: the recorded audit of ${observations!.audit.observedOn} could not check the portal (its result is could-not-check: a banner it could not answer, a start page that answered an error, or storage it could not read), so it observed nothing a policy can be signed on. Record a new one with ${record}, naming the banner’s buttons with --consent if it did not find them.`,
      ];
    case undefined:
      return evidence.unobserved.map(
        ({ name, why }) =>
          `${contentPaths.cookies}: cookie "${name}": not observed as declared on the portal (${why}). Correct the entry from what the audit saw, audit again where it is set, or, if no automatic audit can see it (set only after signing in, say), write notObservedBecause, in French at least, with manualEvidence (the check made by hand).`,
      );
  }
}
