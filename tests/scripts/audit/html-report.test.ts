/**
 * The HTML page's words without a browser (html-report.process.test.ts checks it with axe): the
 * verdict, the states of consent, and text from the portal shown as text, never as markup.
 */
import { describe, expect, it } from 'vitest';
import { formatHtml } from '../../../scripts/audit/html-report.ts';
import { sampleAudit } from './support/samples.ts';

describe('the HTML report', () => {
  it('gives the verdict, then the consent interface and the states side by side', () => {
    const { observation, comparison, context } = sampleAudit();
    const html = formatHtml(observation, comparison, context);
    expect(html).toContain(
      '<h2>Summary</h2>\n<p class="fail"><strong>The policy does not match the portal.</strong></p>',
    );
    expect(html).toContain(
      '<h2>Consent</h2>\n<p>Consent interface: found by autoconsent&#39;s Klaro rule on https://www.portal.example/. Visited in 3 states, each from an empty profile: No answer, Refused all, Accepted all.</p>',
    );
    expect(html).toContain(
      '<tr><td>fx_stats</td><td>fx_stats</td><td>statistics</td><td>-</td><td>-</td><td>header</td><td>only after consent</td></tr>',
    );
  });

  it('shows what the portal sent as text: a cookie written with markup cannot run in the report', () => {
    const { observation, comparison, context } = sampleAudit();
    const hostile = comparison.undeclared.map((item) => ({
      ...item,
      name: '<img src=x onerror=alert(1)>',
    }));
    const html = formatHtml(observation, { ...comparison, undeclared: hostile }, context);
    expect(html).toContain('<td>&lt;img src=x onerror=alert(1)&gt;</td>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
  });
});
