/**
 * The one validator before every write (scripts/staged/staged.ts), on a fixture site in memory:
 * a problem the content already had does not stop a command, except in a file the command writes
 * whole (the audit's record), where every problem the check finds is the command's own.
 */
import { expect, it } from 'vitest';
import { checked } from '../../scripts/staged/staged.ts';
import { siteWith } from '../support/content-files.ts';

const RECORD = 'content/observations.yaml';

/** A record of the audit that observed `name` on 2026-12-01. */
const record = (name: string, comment = '') => `${comment}audit:
  portal: https://www.odwb.be/
  observedOn: '2026-12-01'
  consentInterface: none
  consentManager: null
  tool: odwb-cookie-policy audit 1.0.0
cookies:
  - name: ${name}
    observedOn: '2026-12-01'
    lifetimeSeconds: null
    setBy: header
    states: [no-answer]
    pages: ['https://www.odwb.be/']
`;

const undeclared = `${RECORD}: observation "fx_gone": no entry of content/cookies.yaml is named "fx_gone". Record a new audit, which keeps only declared entries.`;

// The record on disk already names an entry cookies.yaml does not declare.
const files = siteWith({ [RECORD]: record('fx_gone') });

it('lets a write through when the problem it leaves was there before', () => {
  const text = record('fx_gone', '# Rewritten.\n');
  const run = checked(files, (draft) => draft.write(RECORD, text));
  expect(run.problems).toEqual([]);
  expect(run.changes).toEqual([[RECORD, text]]);
});

it('refuses a file written whole with any problem the check finds in it, even one it had', () => {
  const text = record('fx_gone', '# Rewritten.\n');
  const run = checked(
    files,
    (draft) => draft.write(RECORD, text),
    () => true,
    [RECORD],
  );
  expect(run.problems).toEqual([undeclared]);
  expect(run.changes).toEqual([]);
});

it('writes a file written whole when the check finds nothing in it', () => {
  const text = record('sessionid');
  const run = checked(
    files,
    (draft) => draft.write(RECORD, text),
    () => true,
    [RECORD],
  );
  expect(run.problems).toEqual([]);
  expect(run.changes).toEqual([[RECORD, text]]);
});
