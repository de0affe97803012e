/**
 * The facts of content/operator.yaml (group `accessibility`) that the accessibility statement
 * needs and the project cannot know. Each is required: a public body's statement names where to
 * report a problem, its complaint service and the ombudsman with full contact details, and says
 * when it was last reviewed (Implementing Decision (EU) 2018/1523). A missing one makes the site a
 * draft, through src/data/operator-facts.ts, like the policy's own facts.
 */
import type { Operator, OperatorFact } from './operator-schema.ts';

export const statementFactNames = [
  'accessibility.feedback',
  'accessibility.complaintService',
  'accessibility.ombudsman',
  'accessibility.ombudsmanAddress',
  'accessibility.statementReviewed',
] as const;
export type StatementFactName = (typeof statementFactNames)[number];

type Group = NonNullable<Operator['accessibility']>;

const NO_GROUP =
  'content/operator.yaml has no accessibility group (content/README.md, “Operator facts”).';

/** The fact of each name, as content/operator.yaml writes it. */
type StatementFacts = {
  [K in keyof Group as `accessibility.${K & string}`]: Group[K];
};

/** The fact at `name`; missing when the file has no accessibility group at all. */
export function statementFactAt<N extends StatementFactName>(
  operator: Operator,
  name: N,
): StatementFacts[N] | { missing: string } {
  const key = name.slice('accessibility.'.length) as keyof Group;
  return (operator.accessibility?.[key] as StatementFacts[N] | undefined) ?? { missing: NO_GROUP };
}

export const statementFactRules: Record<
  StatementFactName,
  { label: string; requiredBecause: () => string; usuallyFound: string }
> = {
  'accessibility.feedback': {
    label: 'where visitors report an accessibility problem',
    requiredBecause: () =>
      'the accessibility statement must offer a feedback mechanism, Directive (EU) 2016/2102 art. 7(1)(b)',
    usuallyFound:
      'on the operator’s accessibility or contact page (a mailto: address, or a form that works without JavaScript or cookies), or from its web team',
  },
  'accessibility.complaintService': {
    label: 'the operator’s complaint service',
    requiredBecause: () =>
      'the statement’s enforcement procedure starts with a complaint to the body, Implementing Decision (EU) 2018/1523, annex',
    usuallyFound: 'in the operator’s legal notice or on its “complaints” (plaintes) page',
  },
  'accessibility.ombudsman': {
    label: 'the ombudsman competent for the operator',
    requiredBecause: () =>
      'the statement must name the enforcement procedure, Directive (EU) 2016/2102 art. 7(1)(b) and 9',
    usuallyFound:
      'in the Walloon decree of 2 May 2019 and on le-mediateur.be (the ombudsman of Wallonia and the Wallonia-Brussels Federation)',
  },
  'accessibility.ombudsmanAddress': {
    label: 'the ombudsman’s postal address and telephone number',
    requiredBecause: () =>
      'the statement gives the ombudsman’s full contact details, Implementing Decision (EU) 2018/1523, annex',
    usuallyFound: 'on the ombudsman’s own contact page',
  },
  'accessibility.statementReviewed': {
    label: 'the date the operator last reviewed the accessibility statement',
    requiredBecause: () =>
      'the statement says when it was last reviewed, Implementing Decision (EU) 2018/1523, annex',
    usuallyFound: 'from the operator, once someone there has read and approved the statement',
  },
};

export const isStatementFactMissing = (fact: OperatorFact<unknown> | { missing: string }) =>
  'missing' in fact;

/** The statement's facts that are missing: each makes the site a draft. */
export const missingStatementFacts = (operator: Operator): StatementFactName[] =>
  statementFactNames.filter((name) => isStatementFactMissing(statementFactAt(operator, name)));
