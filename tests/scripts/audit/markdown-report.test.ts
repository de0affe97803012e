/**
 * The Markdown report a person reads in a CI job's summary: the verdict first, the states of
 * consent side by side, then the findings with their evidence folded, in Markdown that shows
 * cookie names and evidence as they are.
 */
import { describe, expect, it } from 'vitest';
import { mergeVisits } from '../../../scripts/audit/across-states.ts';
import { compare } from '../../../scripts/audit/compare.ts';
import {
  escapeMarkdown,
  formatMarkdown,
  markdownTable,
} from '../../../scripts/audit/markdown-report.ts';
import type { Observation } from '../../../scripts/audit/observation.ts';
import { TOOL } from '../../../scripts/audit/report-values.ts';
import { cookie, inventory, PORTAL, providers, sampleAudit, visit } from './support/samples.ts';

const sections = (markdown: string) => markdown.split('\n\n');

describe('the Markdown report', () => {
  it('says first whether the policy matches, then shows the three states side by side', () => {
    const { observation, comparison, context } = sampleAudit();
    expect(sections(formatMarkdown(observation, comparison, context)).slice(0, 4)).toEqual([
      '## Cookie audit of https://www.portal.example/',
      '**The policy does not match the portal (1 undeclared item, 1 lifetime declared too short, 5 items stored without consent, 2 tracking requests without consent, 1 undeclared tracking host).**',
      "Consent interface: found by autoconsent's Klaro rule on https://www.portal.example/. Visited in 3 states, each from an empty profile: No answer, Refused all, Accepted all.",
      `|  | No answer | Refused all | Accepted all |
| --- | --- | --- | --- |
| Cookies and storage keys | 4 | 4 | 5 |
| of which need consent | 3, without consent | 2, without consent | 3 |
| Requests to other hosts | 1 | 1 | 1 |
| of which to hosts that track | 1, without consent | 1, without consent | 1 |`,
    ]);
  });

  it('lists the findings, most urgent first, then what is for information', () => {
    const { observation, comparison, context } = sampleAudit();
    const headings = formatMarkdown(observation, comparison, context)
      .split('\n')
      .filter((line) => line.startsWith('### '));
    expect(headings).toEqual([
      '### Stored without consent (5)',
      '### Requests to hosts that track, without consent (2)',
      '### Hosts that track, declared by no provider (1)',
      '### Seen but not declared in content/cookies.yaml (1)',
      '### Declared lifetime shorter than the real one (1)',
      '### Requests to other hosts (1, 1 undeclared, for information)',
      '### Stored in each state (6, for information)',
      '### Declared but not seen (1, for information)',
      '### Not expected in this audit (1, for information)',
      '### Seen and declared (4)',
      '### How this report was made',
    ]);
  });

  it('gives each finding its advice and its evidence, folded under the table', () => {
    const { observation, comparison, context } = sampleAudit();
    const markdown = formatMarkdown(observation, comparison, context);
    const start = markdown.indexOf('### Seen but not declared');
    expect(markdown.slice(start, markdown.indexOf('### Declared lifetime'))).toBe(
      `### Seen but not declared in content/cookies.yaml (1)

Declare each (--suggest prints an entry), or stop the portal from setting it.

| Name | Storage | Where | Lifetime | Set by |
| --- | --- | --- | --- | --- |
| fx\\_tracker | http-cookie | www.portal.example/ | 1 day | header |

<details><summary>Evidence (1)</summary>

\`\`\`text
fx_tracker: Set-Cookie: fx_tracker=1; Max-Age=86400 from https://www.portal.example/ on https://www.portal.example/ at 2026-12-03T09:00:00.000Z (No answer)
\`\`\`

</details>

`,
    );
  });

  it('ends with how the report was made: pages, coverage, inventory fingerprints, browser and tool', () => {
    const { observation, comparison, context } = sampleAudit();
    const last = sections(formatMarkdown(observation, comparison, context)).at(-1);
    expect(last).toBe(`- 1 page audited
- Covered: an anonymous first visit to www.portal.example in a fresh profile: not signed in, one visit in each state of consent, each from an empty profile, page languages fr.
- Compared with content/cookies.yaml, SHA-256 ${'a'.repeat(64)}
- Compared with content/providers.yaml, SHA-256 ${'b'.repeat(64)}
- Seen by Chromium 150.0.0.0, started 2026-12-03T09:00:00.000Z; odwb-cookie-policy audit 1.0.0, Node ${TOOL.node}
`);
  });

  it('without a banner: says so, one visit, no side-by-side table, and a passing verdict', () => {
    const alone = visit('no-answer', [cookie('fx_session', undefined, 'no-answer')]);
    alone.hosts = [];
    const { context } = sampleAudit();
    const states = {
      ...context.states!,
      consent: { found: false as const, page: PORTAL },
      states: ['no-answer' as const],
      items: [],
      hosts: [],
      storedWithoutConsent: [],
      trackingWithoutConsent: [],
      undeclaredTrackingHosts: [],
    };
    const comparison = compare(mergeVisits([{ observation: alone }]), inventory, providers);
    const markdown = formatMarkdown(alone, comparison, { ...context, states });
    expect(sections(markdown).slice(1, 4)).toEqual([
      '**The policy matches the portal: everything seen is declared with a long enough lifetime.**',
      "Consent interface: none found on https://www.portal.example/ (autoconsent's rules, within 3 s of loading; name a banner they do not know with --consent \\<file\\>). One visit, without an answer.",
      '### Declared but not seen (3, for information)',
    ]);
  });

  it('a HAR file: named in the title, its hosts as it names them, its requests counted', () => {
    const har: Observation = {
      ...visit('no-answer', [cookie('fx_session', undefined, undefined)]),
      source: { kind: 'har', file: 'portal.har' },
      pages: [PORTAL, `${PORTAL}api`],
    };
    const comparison = compare(har, inventory, providers);
    const { context } = sampleAudit();
    const markdown = formatMarkdown(har, comparison, { ...context, states: undefined });
    expect(sections(markdown)[0]).toBe('## Cookie audit of the HAR file portal.har');
    const hosts = markdown.slice(markdown.indexOf('### Requests to other hosts'));
    expect(sections(hosts).slice(0, 3)).toEqual([
      '### Requests to other hosts (1, 1 undeclared, for information)',
      "Add each host to its provider's domains in providers.yaml, or stop the portal from calling it.",
      `| Host | Declared by | Requests | Types | First caused by |
| --- | --- | --- | --- | --- |
| ad.doubleclick.net | undeclared | 1 | image | https://www.portal.example/ |`,
    ]);
    expect(markdown).toContain('\n- 2 requests audited\n');
  });

  it('prints the suggested entries as YAML to paste, with --suggest', () => {
    const { observation, comparison, context } = sampleAudit();
    const suggestions = [{ names: ['fx_tracker'], hint: undefined, yaml: '- name: fx_tracker\n' }];
    const markdown = formatMarkdown(observation, comparison, {
      ...context,
      suggestions,
      showSuggestions: true,
    });
    expect(markdown).toContain(`### Suggested entries for content/cookies.yaml (1)

Paste them, then replace every TODO; npm run check refuses them until then.

\`\`\`yaml
- name: fx_tracker
\`\`\``);
  });

  it('names the pages it could not audit, and why', () => {
    const { observation, comparison, context } = sampleAudit();
    const skipped = {
      ...observation,
      skipped: [{ url: `${PORTAL}slow`, reason: 'did not load within 15 s' }],
    };
    expect(formatMarkdown(skipped, comparison, context)).toContain(
      '\n- 1 page audited, 1 not audited: https://www.portal.example/slow (did not load within 15 s)\n',
    );
  });
});

describe('Markdown text', () => {
  it("shows a cookie name's Markdown characters as themselves", () => {
    expect(escapeMarkdown('_pk_id.*')).toBe('\\_pk\\_id.\\*');
    expect(escapeMarkdown('<script>`x`[1]')).toBe('\\<script\\>\\`x\\`\\[1\\]');
  });

  it('keeps a table cell whole: a pipe or a line break cannot split it, and the break shows as \\n', () => {
    expect(markdownTable(['Name', 'Value'], [['a|b', 'one\ntwo']])).toBe(
      '| Name | Value |\n| --- | --- |\n| a\\|b | one\\\\ntwo |',
    );
  });

  it('folds evidence in a fence that no backticks in the evidence can close', () => {
    const { observation, comparison, context } = sampleAudit();
    const tricky = comparison.undeclared.map((item) => ({
      ...item,
      evidence: { ...item.evidence, header: 'x=```; Path=/' },
    }));
    const markdown = formatMarkdown(observation, { ...comparison, undeclared: tricky }, context);
    expect(markdown).toContain(
      '````text\nfx_tracker: Set-Cookie: x=```; Path=/ from https://www.portal.example/ on https://www.portal.example/ at 2026-12-03T09:00:00.000Z (No answer)\n````',
    );
  });
});
