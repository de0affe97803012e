/** The report of `npm run verify`: one line per check, its problems under it, a closing count. */
import type { Check, WeighedPage } from './checks.ts';

export interface VerifyResult {
  url: string;
  pass: boolean;
  checks: Check[];
  pageWeights: WeighedPage[];
}

export function textReport(result: VerifyResult): string {
  const width = Math.max(...result.checks.map((check) => check.name.length));
  const lines = [`Verifying ${result.url}`, ''];
  for (const check of result.checks) {
    lines.push(`${check.pass ? 'ok  ' : 'FAIL'}  ${check.name.padEnd(width)}  ${check.summary}`);
    for (const problem of check.problems) lines.push(`        - ${problem}`);
  }
  const failed = result.checks.filter((check) => !check.pass).length;
  lines.push(
    '',
    `${result.checks.length} checks: ${result.checks.length - failed} passed, ${failed} failed.`,
  );
  if (failed > 0) {
    lines.push(
      'The deployment falls short: fix what the FAIL lines name (scripts/hosting/README.md says what each check expects).',
    );
  }
  return `${lines.join('\n')}\n`;
}
