/**
 * The statement's evidence files as people and the test run meet them: a report edited by hand
 * or a manual check without its issue is refused with the file, the field and the fix; a report
 * that no longer says what the checks find is named as stale, difference by difference.
 */
import { describe, expect, it } from 'vitest';
import { readStatementEvidence } from '../../../src/accessibility/load.ts';
import { noContentFiles, withChanges, type ContentFiles } from '../../../src/data/content-files.ts';
import { checkTypography } from '../../../src/content-check/typography-check.ts';
import {
  automatedChecks,
  complianceStatus,
  knownIssues,
  unevaluatedCriteria,
  type Evidence,
} from '../../../src/accessibility/evidence.ts';
import { personCriteria, wcag21AA } from '../../../src/accessibility/criteria.ts';
import { completeEvaluation } from '../../support/manual-evaluation.ts';
import { EvidenceRun, criteriaOf, staleEvidence } from '../../support/accessibility-evidence.ts';

/** A project holding only the given content/accessibility/ files, in memory. */
function project(files: Record<string, string>): ContentFiles {
  return withChanges(
    noContentFiles,
    Object.fromEntries(
      Object.entries(files).map(([name, text]) => [`content/accessibility/${name}`, text]),
    ),
  );
}

const report = (results: Evidence['results']): Evidence => ({
  format: 1,
  date: '2026-12-07',
  command: 'npm run accessibility',
  tools: { 'axe-core': '4.14.1' },
  results,
});
const axePassed = {
  page: '/fr/',
  check: 'axe' as const,
  views: ['light, 320px'],
  passed: true,
  problems: [],
};

describe('the evidence files', () => {
  it('are read as they are: no report is no problem, the statement then shows its status as missing', () => {
    expect(readStatementEvidence(project({}))).toEqual({
      evidence: undefined,
      manual: [],
      problems: [],
    });
  });

  it('refuse a report edited by hand, and say to regenerate it', () => {
    const root = project({
      'evidence.json': JSON.stringify(
        report([{ ...axePassed, passed: 'yes' as unknown as boolean }]),
      ),
    });
    expect(readStatementEvidence(root).problems).toEqual([
      'content/accessibility/evidence.json: results 1 passed "yes" is not valid. Write true or false. The browser test run writes this file: run `npm run accessibility` instead of editing it.',
    ]);
  });

  it('refuse a failed manual check that does not say what fails', () => {
    const root = project({
      'manual-checks.yaml': [
        '- date: 2026-12-04',
        '  by: the project team',
        '  check: { fr: lecture avec NVDA, en: reading with NVDA, nl: lezing met NVDA, de: Lesen mit NVDA }',
        '  criteria: [4.1.2]',
        '  result: failed',
      ].join('\n'),
    });
    expect(readStatementEvidence(root).problems).toEqual([
      'content/accessibility/manual-checks.yaml: line 1: check 1 (2026-12-04): issue is missing. Add issue: with a text for each of fr, en, nl, de.',
    ]);
  });
});

describe('the manual checks file, as an editor writes it', () => {
  it('names every mistake at once, by file, entry, field and fix', () => {
    const root = project({
      'manual-checks.yaml': [
        '- date: 2026-12-32',
        '  by: ""',
        '  check: { fr: lecture, en: reading, nl: lezing }',
        '  criteria: [1.4.31, 4.1.2]',
        '  result: done',
        '  note: with NVDA',
        '- date: 2026-12-04',
        '  check: { fr: lecture, en: reading, nl: lezing, de: Lesen }',
        '  criteria: []',
        '  result: failed',
        '  issue: { fr: a, en: b, nl: c }',
        '- just a line',
      ].join('\n'),
    });
    const fields =
      'Write each check as fields: date, by, check, criteria and result, with issue when it failed (the example at the top of the file).';
    const criteria =
      'List the WCAG 2.1 level A or AA criteria the check judged, e.g. criteria: [1.3.1, 4.1.2] (src/accessibility/criteria.ts lists them).';
    expect(readStatementEvidence(root).problems).toEqual([
      'content/accessibility/manual-checks.yaml: line 1: check 1 (2026-12-32): date "2026-12-32" is not valid. Write a real date as YYYY-MM-DD, from 2000-01-01 up to today, e.g. 2026-11-29. It is the day the check was done.',
      'content/accessibility/manual-checks.yaml: line 2: check 1 (2026-12-32): by is empty. Write who checked, e.g. by: the project team.',
      'content/accessibility/manual-checks.yaml: line 3: check 1 (2026-12-32): check is missing for "de". Add a German text under check.de.',
      `content/accessibility/manual-checks.yaml: line 4: check 1 (2026-12-32): criteria 1 "1.4.31" is not valid. ${criteria}`,
      'content/accessibility/manual-checks.yaml: line 5: check 1 (2026-12-32): result "done" is not valid. Write result: passed, or result: failed with the issue in every language.',
      'content/accessibility/manual-checks.yaml: line 6: check 1 (2026-12-32): unknown field "note". Correct its spelling or remove it; the fields are: date, by, check, criteria, result, issue.',
      'content/accessibility/manual-checks.yaml: line 7: check 2 (2026-12-04): by is missing. Write who checked, e.g. by: the project team.',
      `content/accessibility/manual-checks.yaml: line 9: check 2 (2026-12-04): criteria is an empty list. ${criteria}`,
      'content/accessibility/manual-checks.yaml: line 11: check 2 (2026-12-04): issue is missing for "de". Add a German text under issue.de.',
      `content/accessibility/manual-checks.yaml: line 12: check 3: it cannot be the text "just a line". ${fields}`,
    ]);
  });

  it('refuses a check dated year 0 or after today, and a report dated year 0', () => {
    const check = (date: string) =>
      `- date: ${date}\n  by: the project team\n  check: { fr: lecture, en: reading, nl: lezing, de: Lesen }\n  criteria: [4.1.2]\n  result: passed\n`;
    const root = project({
      'manual-checks.yaml': check('0000-01-01') + check('9999-12-31'),
      'evidence.json': JSON.stringify({ ...report([]), date: '0000-01-01' }),
    });
    const rule =
      'Write a real date as YYYY-MM-DD, from 2000-01-01 up to today, e.g. 2026-11-29. It is the day the check was done.';
    expect(readStatementEvidence(root).problems).toEqual([
      'content/accessibility/evidence.json: date "0000-01-01" is not valid. Write a real date as YYYY-MM-DD, from 2000-01-01, e.g. 2026-11-29. The browser test run writes this file: run `npm run accessibility` instead of editing it.',
      `content/accessibility/manual-checks.yaml: line 1: check 1 (0000-01-01): date "0000-01-01" is not valid. ${rule}`,
      `content/accessibility/manual-checks.yaml: line 6: check 2 (9999-12-31): date "9999-12-31" is not valid. ${rule}`,
    ]);
  });

  it('must be a list, and says so', () => {
    const root = project({ 'manual-checks.yaml': 'date: 2026-12-04\n' });
    expect(readStatementEvidence(root).problems).toEqual([
      'content/accessibility/manual-checks.yaml: the file must be a list of checks, or [] when none was done (content/README.md, “Accessibility statement”).',
    ]);
  });
});

describe('the manual checks’ texts', () => {
  it('follow each language’s typography, like every text an editor writes', () => {
    const root = project({
      'manual-checks.yaml': [
        '- date: 2026-12-04',
        '  by: the project team',
        '  check: { fr: "lecture de l\'accueil avec NVDA", en: reading with NVDA, nl: lezing met NVDA, de: Lesen mit NVDA }',
        '  criteria: [4.1.2]',
        '  result: passed',
      ].join('\n'),
    });
    expect(checkTypography(root).filter((line) => line.includes('manual-checks'))).toEqual([
      'content/accessibility/manual-checks.yaml: line 3: manual check 1: check.fr: "l\'accueil" has a straight apostrophe (\'). French writes the apostrophe ’: write "l’accueil".',
    ]);
  });
});

describe('the status derived from the evidence', () => {
  it('is "full" only when nothing fails and a person evaluated every criterion the tools cannot judge', () => {
    expect(
      complianceStatus(
        knownIssues(report([axePassed]), completeEvaluation),
        unevaluatedCriteria(completeEvaluation),
      ),
    ).toBe('full');
  });

  it('is never "full" without the manual evaluation: no status is claimed, the criteria are listed', () => {
    expect(complianceStatus(knownIssues(report([axePassed]), []), unevaluatedCriteria([]))).toBe(
      undefined,
    );
    // One criterion left out of an otherwise complete evaluation is enough.
    const allBut412 = [
      {
        ...completeEvaluation[0]!,
        criteria: completeEvaluation[0]!.criteria.filter((c) => c !== '4.1.2'),
      },
    ];
    expect(unevaluatedCriteria(allBut412)).toEqual(['4.1.2']);
    expect(
      complianceStatus(knownIssues(report([axePassed]), allBut412), unevaluatedCriteria(allBut412)),
    ).toBe(undefined);
  });

  it('is "partial" as soon as one check fails, evaluated by a person or not', () => {
    const failed = report([
      axePassed,
      {
        ...axePassed,
        page: '/nl/',
        passed: false,
        problems: [{ criteria: ['1.4.3'], text: 'contrast' }],
      },
    ]);
    expect(complianceStatus(knownIssues(failed, []), unevaluatedCriteria([]))).toBe('partial');
    expect(
      complianceStatus(
        knownIssues(failed, completeEvaluation),
        unevaluatedCriteria(completeEvaluation),
      ),
    ).toBe('partial');
    const manualFailure = [
      { ...completeEvaluation[0]! },
      {
        ...completeEvaluation[0]!,
        criteria: ['2.4.4'],
        result: 'failed' as const,
        issue: { fr: 'liens', en: 'links', nl: 'links', de: 'Links' },
      },
    ];
    expect(
      complianceStatus(
        knownIssues(report([axePassed]), manualFailure),
        unevaluatedCriteria(manualFailure),
      ),
    ).toBe('partial');
  });
});

describe('the criteria only a person can judge', () => {
  it('are WCAG 2.1 A and AA, all 50, each with why; the rest judged by checks that run', () => {
    expect(Object.keys(wcag21AA)).toHaveLength(50);
    expect(personCriteria).toContain('1.1.1');
    expect(personCriteria).not.toContain('1.4.10');
    for (const [criterion, judge] of Object.entries(wcag21AA)) {
      expect(judge.reason, criterion).toMatch(/\.$/);
      // A criterion left to automation names a check that records it in the report.
      if (judge.by === 'automation')
        for (const check of judge.checks)
          expect(automatedChecks[check] as readonly string[], criterion).toContain(criterion);
    }
  });
});

describe('a failed automated check', () => {
  it('counts a failed check that names no problem against every criterion it judges', () => {
    const issues = knownIssues(report([{ ...axePassed, check: 'nu', passed: false }]), []);
    expect(issues.map((issue) => issue.criterion)).toEqual(['4.1.1']);
  });
});

describe('a committed report against a fresh run', () => {
  const fresh = () => {
    const run = new EvidenceRun(['axe'], { 'axe-core': '4.14.1' });
    run.record('/fr/', 'axe', ['light, 320px'], []);
    return run;
  };

  it('agrees when it says what the run found, whatever its date', () => {
    const root = project({
      'evidence.json': JSON.stringify({ ...report([axePassed]), date: '2026-01-01' }),
    });
    expect(staleEvidence(fresh(), root)).toEqual([]);
  });

  it('is stale when the run finds a page, a failure or a tool version it does not say', () => {
    const run = fresh();
    run.record(
      '/fr/accessibilite/',
      'axe',
      ['light, 320px'],
      ['color-contrast (serious, WCAG 1.4.3) at p on /fr/accessibilite/'],
    );
    run.part.tools['axe-core'] = '4.15.0';
    const root = project({ 'evidence.json': JSON.stringify(report([axePassed])) });
    expect(staleEvidence(run, root)).toEqual([
      'this run found, the report does not say: /fr/accessibilite/ axe [light, 320px]: failed: color-contrast (serious, WCAG 1.4.3) at p on /fr/accessibilite/',
      'the report names axe-core 4.14.1, this run used 4.15.0',
    ]);
  });

  it('is stale when it says something the run did not find, or is missing', () => {
    const root = project({
      'evidence.json': JSON.stringify(report([axePassed, { ...axePassed, page: '/old/' }])),
    });
    expect(staleEvidence(fresh(), root)).toEqual([
      'the report says, this run did not find: /old/ axe [light, 320px]: passed',
    ]);
    expect(staleEvidence(fresh(), project({}))).toEqual([
      'content/accessibility/evidence.json does not exist',
    ]);
  });

  it('reads the WCAG criteria a problem names, else the check’s own', () => {
    expect(criteriaOf('axe', 'link-name (serious, WCAG 2.4.4, 4.1.2) at a')).toEqual([
      '2.4.4',
      '4.1.2',
    ]);
    expect(criteriaOf('nu', 'index.html:3: error: Stray end tag')).toEqual(['4.1.1']);
  });
});
