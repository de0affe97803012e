/**
 * A manual evaluation that covers every criterion only a person can judge
 * (src/accessibility/criteria.ts), all passed: what a complete self-assessment records in
 * content/accessibility/manual-checks.yaml. Tests of other draft reasons pass it so that the
 * missing evaluation is not what keeps their site a draft.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { personCriteria } from '../../src/accessibility/criteria.ts';
import { contentPaths } from '../../src/config/paths.ts';
import { unevaluatedCriteria, type ManualCheck } from '../../src/accessibility/evidence.ts';

export const completeEvaluation: ManualCheck[] = [
  {
    date: '2026-12-07',
    by: 'the project team',
    check: {
      fr: 'évaluation complète, à la main, avec NVDA et Firefox',
      en: 'full evaluation by hand, with NVDA and Firefox',
      nl: 'volledige evaluatie met de hand, met NVDA en Firefox',
      de: 'vollständige manuelle Bewertung mit NVDA und Firefox',
    },
    criteria: [...personCriteria],
    result: 'passed',
  },
];

/** What it leaves for a person to evaluate: nothing (the draft rule's input). */
export const allEvaluated: readonly string[] = unevaluatedCriteria(completeEvaluation);

/** Records the complete evaluation in the project copy at `dir`, as an editor would. */
export function recordCompleteEvaluation(dir: string): void {
  writeFileSync(
    join(dir, contentPaths.accessibilityChecks),
    yaml.dump(completeEvaluation, { noRefs: true }),
  );
}
