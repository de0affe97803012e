/**
 * The operator facts of src/config/site.ts, checked before publishing: each one is either read on
 * a public page (with a valid `source`) or explicitly not found. A missing fact the policy cannot
 * go without stops the build; any other missing fact is reported as a notice, since the pages
 * show it to visitors as not yet published rather than hide it.
 */
import { isMissing, type OperatorFact, type OperatorFactName } from '../config/site.ts';
import { sourceSchema } from '../data/schema.ts';

const SITE_CONFIG = 'src/config/site.ts';

interface FactRule {
  /** What the fact is, in an editor's words. */
  label: string;
  /** Whether the policy may not be published without it. */
  required: (context: FactContext) => boolean;
  /** Where such a fact is usually published, so the editor knows where to look. */
  usuallyFound: string;
}

export interface FactContext {
  /** True when a cookie of the inventory needs consent: visitors must then learn where to withdraw it. */
  consentAsked: boolean;
}

const rules: Record<OperatorFactName, FactRule> = {
  controller: {
    label: 'the controller’s name',
    // GDPR art. 13(1)(a): the policy has nobody to speak for without it.
    required: () => true,
    usuallyFound:
      'on the portal’s terms of use or legal notice, or in the act that entrusts the portal to its operator',
  },
  contactUrl: {
    label: 'the channel through which visitors reach the controller',
    required: () => true,
    usuallyFound: 'on the portal’s contact page, or in its terms of use',
  },
  postalAddress: {
    label: 'the controller’s postal address',
    required: () => false,
    usuallyFound:
      'in the operator’s legal notice, or in the Crossroads Bank for Enterprises (kbopub.economie.fgov.be)',
  },
  dpoContact: {
    label: 'the data protection officer’s contact',
    // Due by law for a public body (GDPR art. 37(1)(a), 37(7)), yet rarely published where the
    // portal can link to it: the pages say plainly that it is missing until it is found.
    required: () => false,
    usuallyFound:
      'in the operator’s privacy statement or legal notice (a public body must publish it, GDPR art. 37(7))',
  },
  consentSettings: {
    label: 'where visitors change or withdraw their cookie choices',
    // Consent must be as easy to withdraw as to give (GDPR art. 7(3)): no consent without the way back.
    required: ({ consentAsked }) => consentAsked,
    usuallyFound:
      'on the portal’s own pages (Opendatasoft portals show a cookie management link at the bottom of each page)',
  },
};

export interface OperatorFactsCheck {
  /** Facts that stop the build. */
  problems: string[];
  /** Facts shown on the pages as not yet published. */
  notices: string[];
}

export function checkOperatorFacts(
  facts: Record<OperatorFactName, OperatorFact<unknown>>,
  context: FactContext,
): OperatorFactsCheck {
  const problems: string[] = [];
  const notices: string[] = [];
  for (const [name, rule] of Object.entries(rules) as [OperatorFactName, FactRule][]) {
    const fact = facts[name];
    const field = `${SITE_CONFIG}: operator.${name} (${rule.label})`;
    if (isMissing(fact)) {
      if (rule.required(context)) {
        const why =
          name === 'consentSettings'
            ? 'the policy cannot be published without it while a cookie needs consent'
            : 'the policy cannot be published without it';
        problems.push(
          `${field} is missing, and ${why}. It is usually found ${rule.usuallyFound}. Write it as value with a source (url and note) once found.`,
        );
      } else {
        notices.push(`${field}: not found yet. It is usually found ${rule.usuallyFound}.`);
      }
      continue;
    }
    const source = sourceSchema.safeParse(fact.source);
    if (!source.success) {
      problems.push(
        `${field} has no valid source. Give the url (starting with https://) of the public page it was read on, and a note saying what that page states.`,
      );
    }
  }
  return { problems, notices };
}
