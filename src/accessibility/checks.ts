/**
 * The automated checks the browser test run records in content/accessibility/evidence.json, each
 * with the WCAG criteria it judges: the report, the statement and the list of criteria only a
 * person can judge (criteria.ts) all name checks from here.
 */
export const automatedChecks = {
  axe: ['1.1.1', '1.3.1', '1.4.3', '2.4.2', '3.1.1', '4.1.2'],
  nu: ['4.1.1'],
  keyboard: ['2.1.1', '2.4.1', '2.4.7'],
  reflow: ['1.4.4', '1.4.10'],
  'text-spacing': ['1.4.12'],
  'focus-not-obscured': ['2.4.11'],
  'target-size': ['2.5.8'],
  'forced-colours': ['1.4.11', '2.4.7'],
  pdf: ['1.3.1', '2.4.5', '3.1.1'],
} as const satisfies Record<string, readonly string[]>;
export type AutomatedCheck = keyof typeof automatedChecks;
export const automatedCheckNames = Object.keys(automatedChecks) as AutomatedCheck[];
