/**
 * Which operator facts (content/operator.yaml) a policy cannot be published without, given its
 * inventory, and what else in the data keeps it a draft. The content check reports these reasons
 * (`POLICY_PUBLISH=1` refuses them), and the pages derive their draft notice from the same list,
 * so the site and the check cannot disagree about whether a policy is a draft.
 */
import { legalBasis, provisionNumber } from '../config/legal-basis.ts';
import { contentPaths } from '../config/paths.ts';
import { isMissing, type Operator, type OperatorFact } from './operator-schema.ts';
import { consentRecordsOf, requiresConsent, type Cookie } from './schema.ts';
import type { ConsentObservation } from './observations.ts';
import {
  missingStatementFacts,
  statementFactAt,
  statementFactRules,
  type StatementFactName,
} from './statement-facts.ts';

/** Every fact of content/operator.yaml, by its path in the file. */
export const factNames = [
  'controller.name',
  'controller.contact',
  'controller.postalAddress',
  'controller.dpoContact',
  'controller.jointControllers',
  'controller.privacyStatement',
  'processing.legalText',
  'processing.serverRetention',
  'processing.hostingLocation',
  'processing.transfersOutsideEea',
  'consentSettings',
] as const;
export type FactName = (typeof factNames)[number];

/** What the inventory says that decides which facts are required. */
export interface InventoryContext {
  /** A cookie of the inventory needs consent. */
  consentAsked: boolean;
  /** Cookies that record the visitor's consent choices (setWhen: consent-choice). */
  consentRecords: string[];
}

export function inventoryContext(cookies: Cookie[]): InventoryContext {
  return {
    consentAsked: cookies.some((cookie) => requiresConsent(cookie.category)),
    consentRecords: consentRecordsOf(cookies),
  };
}

/** A consent interface exists when consent is asked, or when a cookie records consent choices. */
export const hasConsentInterface = (context: InventoryContext) =>
  context.consentAsked || context.consentRecords.length > 0;

interface FactRule {
  /** What the fact is, in an editor's words. */
  label: string;
  /** Why the policy needs it, or undefined when it may go without. */
  requiredBecause: (context: InventoryContext) => string | undefined;
  /** Where such a fact is usually published, so the editor knows where to look. */
  usuallyFound: string;
}

/** The public-task basis and the provision that requires a legal text behind it. */
const [publicTask, legalTextRequired] = legalBasis.necessary;

export const factRules: Record<FactName, FactRule> = {
  'controller.name': {
    label: 'the controller’s name',
    requiredBecause: () => 'GDPR art. 13(1)(a)',
    usuallyFound:
      'on the portal’s terms of use or legal notice, or in the act that entrusts the portal to its operator',
  },
  'controller.contact': {
    label: 'the channel through which visitors reach the controller',
    requiredBecause: () => 'GDPR art. 13(1)(a)',
    usuallyFound: 'on the portal’s contact page, or in its terms of use',
  },
  'controller.postalAddress': {
    label: 'the controller’s postal address',
    requiredBecause: () => 'GDPR art. 13(1)(a)',
    usuallyFound:
      'in the operator’s legal notice, or in the Crossroads Bank for Enterprises (kbopub.economie.fgov.be)',
  },
  'controller.dpoContact': {
    label: 'the data protection officer’s contact',
    requiredBecause: () => 'a public body must publish it, GDPR art. 13(1)(b) and 37(7)',
    usuallyFound: 'in the operator’s privacy statement or legal notice',
  },
  'controller.jointControllers': {
    label: 'whether other bodies are joint controllers with it',
    requiredBecause: () =>
      'GDPR art. 26 and 13(1)(a): joint controllers are each named, with the essence of their arrangement',
    usuallyFound:
      'in the act or agreement that entrusts the portal (the terms of use call the platform common to the Walloon Region and the Wallonia-Brussels Federation): the operator’s legal service confirms in writing who decides',
  },
  'controller.privacyStatement': {
    label: 'the portal’s privacy statement for account data',
    requiredBecause: () => undefined,
    usuallyFound: 'in the portal’s footer or sign-in page, or on the operator’s site',
  },
  'processing.legalText': {
    label: 'the legal text behind the public-task basis',
    requiredBecause: () =>
      `a basis under GDPR art. ${provisionNumber(publicTask)} must rest on a legal text, art. ${provisionNumber(legalTextRequired)}`,
    usuallyFound:
      'in the portal’s terms of use, or in the decree or regulation that entrusts the task to the operator (the operator confirms which text applies today)',
  },
  'processing.serverRetention': {
    label: 'how long the server keeps session data',
    requiredBecause: () => 'GDPR art. 13(2)(a)',
    usuallyFound:
      'in the operator’s privacy statement or processing register, or in the operator’s agreement with the platform company (its settings may differ from the platform’s defaults)',
  },
  'processing.hostingLocation': {
    label: 'where the portal is hosted, and by whom',
    requiredBecause: () =>
      'the section on storage and hosting promises it, and the hosting company is a recipient, GDPR art. 13(1)(e)',
    usuallyFound: 'in the platform company’s data-processing agreement or its security pages',
  },
  'processing.transfersOutsideEea': {
    label: 'whether data is transferred outside the EEA',
    requiredBecause: () => 'GDPR art. 13(1)(f)',
    usuallyFound:
      'in the platform company’s data-processing agreement and its list of sub-processors',
  },
  consentSettings: {
    label: 'where visitors change or withdraw their cookie choices',
    requiredBecause: (context) =>
      hasConsentInterface(context)
        ? 'consent must be as easy to withdraw as to give, GDPR art. 7(3), and the inventory shows a consent interface'
        : undefined,
    usuallyFound:
      'on the portal’s own pages (Opendatasoft portals show a cookie management link at the bottom of each page)',
  },
};

/** The fact at `name` ("controller.dpoContact") in a validated operator file. */
export function factAt(operator: Operator, name: FactName): OperatorFact<unknown> {
  const [group, key] = name.split('.') as [keyof Operator, string | undefined];
  const holder = operator[group] as unknown as Record<string, OperatorFact<unknown>>;
  if (key === undefined) return holder as unknown as OperatorFact<unknown>;
  // An optional fact not written at all is missing, and says so.
  return holder[key] ?? { missing: `Not written in ${contentPaths.operator} yet.` };
}

/** The required facts that are missing: each makes the site a draft. */
export function missingRequiredFacts(operator: Operator, context: InventoryContext): FactName[] {
  return factNames.filter(
    (name) => factRules[name].requiredBecause(context) && isMissing(factAt(operator, name)),
  );
}

/**
 * Where the inventory and the last audit disagree about a consent interface: `not-seen` when the
 * inventory implies one that the audit did not see, `unlisted` when the audit saw one that no
 * cookie of the inventory accounts for. No audit, no disagreement: the check lists every cookie
 * as documented only instead.
 */
export type ConsentDisagreement = 'not-seen' | 'unlisted';

export function consentDisagreement(
  context: InventoryContext,
  observed: ConsentObservation | undefined,
): ConsentDisagreement | undefined {
  if (!observed) return undefined;
  const declared = hasConsentInterface(context);
  if (declared && observed.consentInterface === 'none') return 'not-seen';
  if (!declared && observed.consentInterface === 'found') return 'unlisted';
  return undefined;
}

/** What keeps the policy a draft; `isDraft` when anything does. */
export interface DraftState {
  isDraft: boolean;
  /**
   * Required facts of content/operator.yaml that are missing, in the file's order (the
   * accessibility statement's last, src/data/statement-facts.ts).
   */
  missingFacts: (FactName | StatementFactName)[];
  /** Cookies that record consent choices while no cookie of the inventory needs consent. */
  unexplainedConsentRecords: string[];
  /** The inventory and the last audit disagree about a consent interface. */
  consentDisagreement: ConsentDisagreement | undefined;
  /**
   * WCAG criteria only a person can judge that no recorded manual check covers: the accessibility
   * statement cannot claim a status without them (src/accessibility/criteria.ts).
   */
  unevaluatedCriteria: string[];
}

export function draftState(
  operator: Operator,
  cookies: Cookie[],
  observed: ConsentObservation | undefined,
  /** The criteria only a person can judge that no manual check covers (src/accessibility/). */
  unevaluated: readonly string[],
): DraftState {
  const context = inventoryContext(cookies);
  const missingFacts = [
    ...missingRequiredFacts(operator, context),
    ...missingStatementFacts(operator),
  ];
  const unexplainedConsentRecords = context.consentAsked ? [] : context.consentRecords;
  const disagreement = consentDisagreement(context, observed);
  return {
    isDraft:
      missingFacts.length + unexplainedConsentRecords.length + unevaluated.length > 0 ||
      disagreement !== undefined,
    missingFacts,
    unexplainedConsentRecords,
    consentDisagreement: disagreement,
    unevaluatedCriteria: [...unevaluated],
  };
}

/** Why the policy is a draft, one line per reason, for editors (the check, the refused publish). */
export function draftReasons(
  operator: Operator,
  cookies: Cookie[],
  observed: ConsentObservation | undefined,
  unevaluated: readonly string[],
): string[] {
  const context = inventoryContext(cookies);
  const state = draftState(operator, cookies, observed, unevaluated);
  const reasons = state.missingFacts.map((name) => {
    const statementFact = name.startsWith('accessibility.');
    const rule = statementFact
      ? statementFactRules[name as StatementFactName]
      : factRules[name as FactName];
    const searched = (
      (statementFact
        ? statementFactAt(operator, name as StatementFactName)
        : factAt(operator, name as FactName)) as { missing: string }
    ).missing;
    return (
      `${contentPaths.operator}: ${name} (${rule.label}) is missing, and the policy cannot be published without it (${rule.requiredBecause(context)}). ` +
      `Look ${rule.usuallyFound}; already searched: ${searched} Write value and source (url and note) once found.`
    );
  });
  if (state.unexplainedConsentRecords.length > 0) {
    const names = state.unexplainedConsentRecords.map((name) => `"${name}"`).join(', ');
    reasons.push(
      `${contentPaths.cookies}: cookie ${names} records consent choices (setWhen: consent-choice), so the portal shows a consent interface, yet no cookie of the inventory needs consent: the inventory is probably incomplete. ` +
        'Run `npm run audit` against the portal and add the cookies its consent interface asks about, or correct setWhen if the cookie records something else.',
    );
  }
  if (state.consentDisagreement === 'not-seen') {
    const implied = [
      ...cookies.filter((cookie) => requiresConsent(cookie.category)).map((cookie) => cookie.name),
      ...context.consentRecords,
    ];
    reasons.push(
      `${contentPaths.observations}: the audit of ${observed!.observedOn} saw no consent interface on the portal, yet ${contentPaths.cookies} implies one (${[...new Set(implied)].map((name) => `"${name}"`).join(', ')}). ` +
        'Audit the portal again (`npm run audit -- <portal URL> --record`) if its banner is new or was missed (name its buttons with --consent), or correct the inventory.',
    );
  }
  if (state.consentDisagreement === 'unlisted')
    reasons.push(
      `${contentPaths.observations}: the audit of ${observed!.observedOn} saw a consent interface on the portal (${observed!.consentManager ?? 'a banner'}), yet no cookie of ${contentPaths.cookies} needs consent or records consent choices. ` +
        'Add the cookies it asks about and the cookie that records the choice (setWhen: consent-choice), or audit again if the banner is gone.',
    );
  if (state.unevaluatedCriteria.length > 0)
    reasons.push(
      `${contentPaths.accessibilityChecks}: no person has evaluated WCAG ${state.unevaluatedCriteria.length === 1 ? 'criterion' : 'criteria'} ${state.unevaluatedCriteria.join(', ')}, which automated tests cannot judge (src/accessibility/criteria.ts says why for each), and the accessibility statement cannot claim a compliance status without an evaluation of every requirement (Implementing Decision (EU) 2018/1523, annex). ` +
        'Record each check a person did, with its date, criteria and result (content/README.md, “Accessibility statement”); a failed one lists its issue.',
    );
  return reasons;
}

/**
 * How a page shows a fact: its value; a visible "missing" marker when the policy needs it (then
 * the page is a draft); nothing when the policy may go without it.
 */
export type FactDisplay<T> =
  { shown: 'value'; value: T } | { shown: 'missing' } | { shown: 'nothing' };

export function factDisplay<T>(
  fact: OperatorFact<T>,
  name: FactName,
  context: InventoryContext,
): FactDisplay<T> {
  if (!isMissing(fact)) return { shown: 'value', value: fact.value };
  return factRules[name].requiredBecause(context) ? { shown: 'missing' } : { shown: 'nothing' };
}
