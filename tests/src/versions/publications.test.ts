/**
 * content/publications.yaml (src/versions/publications.ts): a publication names a recorded
 * version, is not dated before it, and follows the one before; the history lists publications,
 * each with the versions it made public, and what is recorded since as pending.
 */
import { describe, expect, it } from 'vitest';
import { parsePublications, policyHistory } from '../../../src/versions/publications.ts';
import type { PolicyVersion } from '../../../src/versions/versions-file.ts';

const version = (date: string): PolicyVersion => ({ date, cookies: [], providers: [], texts: {} });
const versions = ['2026-11-29', '2026-12-03', '2026-12-07'].map(version);
const file = (published: string) => `replaces:
  url: https://www.odwb.be/terms/cookies-policy/
  note: The policy the portal published before.
auditMaxAgeDays: 30
published:
${published}`;
const HAND_EDIT = 'Publications are written by `npm run policy:publish`: undo the hand edit.';

describe('content/publications.yaml', () => {
  it('refuses a publication of no recorded version, dated before it, or out of order', () => {
    const { problems } = parsePublications(
      file(`  - { date: 2026-12-04, version: 2026-12-03, commit: abcdef1 }
  - { date: 2026-12-02, version: 2026-12-05, commit: abcdef2 }
  - { date: 2026-12-06, version: 2026-12-07, commit: abcdef3 }
`),
      versions,
    );
    expect(problems).toEqual([
      `content/publications.yaml: publication 2 (2026-12-02): version 2026-12-05 is not a version of content/versions.yaml. ${HAND_EDIT}`,
      `content/publications.yaml: publication 2 (2026-12-02): it is dated before the version it publishes (2026-12-05). ${HAND_EDIT}`,
      `content/publications.yaml: publication 2 (2026-12-02): it comes before publication 1 (2026-12-04, version 2026-12-03). Publications are listed oldest first. ${HAND_EDIT}`,
      `content/publications.yaml: publication 3 (2026-12-06): it is dated before the version it publishes (2026-12-07). ${HAND_EDIT}`,
    ]);
  });

  it('refuses a publication dated 30 February, year 0 or after today', () => {
    const { problems } = parsePublications(
      file(`  - { date: 2026-02-30, version: 2026-11-29, commit: abcdef1 }
  - { date: 0000-01-01, version: 2026-11-29, commit: abcdef2 }
  - { date: 9999-12-31, version: 2026-11-29, commit: abcdef3 }
`),
      versions,
    );
    const rule = `Write a real date as YYYY-MM-DD, from 2000-01-01 up to today, e.g. 2026-11-29. ${HAND_EDIT}`;
    expect(problems).toEqual([
      `content/publications.yaml: line 6: published 1 date "2026-02-30" is not valid. ${rule}`,
      `content/publications.yaml: line 7: published 2 date "0000-01-01" is not valid. ${rule}`,
      `content/publications.yaml: line 8: published 3 date "9999-12-31" is not valid. ${rule}`,
    ]);
  });

  it('names a field written wrong, with its fix', () => {
    const { problems } = parsePublications(
      file('  - { date: 2026-12-04, version: 2026-12-03, commit: HEAD }\n'),
      versions,
    );
    expect(problems).toEqual([
      `content/publications.yaml: line 6: published 1 commit "HEAD" is not valid. Write the commit's hexadecimal name (git rev-parse HEAD). ${HAND_EDIT}`,
    ]);
  });
});

describe('the public history', () => {
  it('lists each publication with the versions it made public, the rest as pending', () => {
    const { publications } = parsePublications(
      file(`  - { date: 2026-12-04, version: 2026-12-03, commit: abcdef1 }
  - { date: 2026-12-05, version: 2026-12-03, commit: abcdef2 }
`),
      versions,
    );
    const history = policyHistory(versions, publications!);
    // A redeployment of the same version adds nothing.
    expect(history.published.map((entry) => entry.publication.date)).toEqual(['2026-12-04']);
    expect(history.published[0]!.covers.map((covered) => covered.date)).toEqual([
      '2026-11-29',
      '2026-12-03',
    ]);
    expect(history.pending.map((pending) => pending.date)).toEqual(['2026-12-07']);
    expect(history.lastPublished?.date).toBe('2026-12-03');
  });

  it('with nothing published, everything is pending', () => {
    const { publications } = parsePublications(
      file('  []\n').replace('published:\n  []', 'published: []'),
      versions,
    );
    const history = policyHistory(versions, publications!);
    expect(history.published).toEqual([]);
    expect(history.pending).toHaveLength(3);
  });
});
