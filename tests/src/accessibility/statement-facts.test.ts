/**
 * The accessibility statement's operator facts (content/operator.yaml, group `accessibility`):
 * sourced or missing like the policy's, a missing one makes the site a draft with where to look,
 * and a mistake is named by fact and field.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checkOperatorFile } from '../../../src/content-check/operator-facts.ts';
import { draftReasons, draftState } from '../../../src/data/operator-facts.ts';
import type { Cookie } from '../../../src/data/schema.ts';
import { allEvaluated, completeEvaluation } from '../../support/manual-evaluation.ts';
import { unevaluatedCriteria } from '../../../src/accessibility/evidence.ts';

const completeText = readFileSync(
  new URL('../../fixtures/operator/complete.yaml', import.meta.url),
  'utf8',
);
const edited = (edit: (operator: Record<string, Record<string, unknown>>) => void) => {
  const operator = yaml.load(completeText, { schema: yaml.CORE_SCHEMA }) as Record<
    string,
    Record<string, unknown>
  >;
  edit(operator);
  return yaml.dump(operator);
};
const necessary: Cookie = {
  name: 'sessionid',
  provider: 'opendatasoft',
  category: 'necessary',
  party: 'first',
  storage: 'http-cookie',
  lifetime: 'P2W',
  service: { fr: 's', nl: 's', de: 's', en: 's' },
  purpose: { fr: 'p', nl: 'p', de: 'p', en: 'p' },
  source: [{ url: 'https://example.org', note: 'n' }],
};

describe('the accessibility statement’s operator facts', () => {
  it('make no draft when each is found with its source', () => {
    const operator = checkOperatorFile(completeText).operator!;
    expect(draftState(operator, [necessary], undefined, allEvaluated).missingFacts).toEqual([]);
  });

  it('a file without the group has them all missing, each a reason the site is a draft', () => {
    const operator = checkOperatorFile(edited((file) => delete file.accessibility)).operator!;
    expect(draftState(operator, [necessary], undefined, allEvaluated).missingFacts).toEqual([
      'accessibility.feedback',
      'accessibility.complaintService',
      'accessibility.ombudsman',
      'accessibility.ombudsmanAddress',
      'accessibility.statementReviewed',
    ]);
    expect(draftReasons(operator, [necessary], undefined, allEvaluated)[0]).toBe(
      'content/operator.yaml: accessibility.feedback (where visitors report an accessibility problem) is missing, and the policy cannot be published without it (the accessibility statement must offer a feedback mechanism, Directive (EU) 2016/2102 art. 7(1)(b)). Look on the operator’s accessibility or contact page (a mailto: address, or a form that works without JavaScript or cookies), or from its web team; already searched: content/operator.yaml has no accessibility group (content/README.md, “Operator facts”). Write value and source (url and note) once found.',
    );
  });

  it('a mistake is named by its fact and field, with the fix', () => {
    const text = edited((file) => {
      const group = file.accessibility as Record<string, Record<string, unknown>>;
      group.statementReviewed!.value = '2026-02-30';
      group.feedback!.value = 'accessibility@example.org';
    });
    expect(checkOperatorFile(text).problems).toEqual([
      'content/operator.yaml: line 110: accessibility.feedback: value "accessibility@example.org" is not valid. Write a mailto: address, or an https:// form that works without JavaScript or cookies, where visitors report an accessibility problem.',
      'content/operator.yaml: line 144: accessibility.statementReviewed: value "2026-02-30" is not valid. Write the date the operator last reviewed the statement, as YYYY-MM-DD.',
    ]);
  });

  it('a review date of year 0 or in the future is refused like an impossible one', () => {
    for (const day of ['0000-01-01', '9999-12-31']) {
      const text = edited((file) => {
        const group = file.accessibility as Record<string, Record<string, unknown>>;
        group.statementReviewed!.value = day;
      });
      expect(checkOperatorFile(text).problems).toEqual([
        `content/operator.yaml: line 144: accessibility.statementReviewed: value "${day}" is not valid. Write the date the operator last reviewed the statement, as YYYY-MM-DD.`,
      ]);
    }
  });

  it('the missing manual evaluation keeps the site a draft, naming each criterion and the fix', () => {
    const operator = checkOperatorFile(completeText).operator!;
    const onlyKeyboard = [{ ...completeEvaluation[0]!, criteria: ['2.1.1', '2.1.2'] }];
    const state = draftState(operator, [necessary], undefined, unevaluatedCriteria(onlyKeyboard));
    expect(state.isDraft).toBe(true);
    expect(state.unevaluatedCriteria).not.toContain('2.1.1');
    expect(state.unevaluatedCriteria).toContain('1.1.1');
    const one = [
      {
        ...completeEvaluation[0]!,
        criteria: completeEvaluation[0]!.criteria.filter((c) => c !== '3.1.2'),
      },
    ];
    expect(draftReasons(operator, [necessary], undefined, unevaluatedCriteria(one))).toEqual([
      'content/accessibility/manual-checks.yaml: no person has evaluated WCAG criterion 3.1.2, which automated tests cannot judge (src/accessibility/criteria.ts says why for each), and the accessibility statement cannot claim a compliance status without an evaluation of every requirement (Implementing Decision (EU) 2018/1523, annex). Record each check a person did, with its date, criteria and result (content/README.md, “Accessibility statement”); a failed one lists its issue.',
    ]);
    expect(draftState(operator, [necessary], undefined, allEvaluated).isDraft).toBe(false);
  });
});
