/**
 * The audit's command line without running it: the configured portal, the report files, and
 * mistakes answered with what to type instead, before any browser starts.
 */
import { describe, expect, it } from 'vitest';
import { site } from '../../../src/config/site.ts';
import { DEFAULTS, readArgs } from '../../../scripts/audit/args.ts';

const refusal = (argv: string[]) => {
  try {
    readArgs(argv);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${argv.join(' ')} was accepted`);
};

describe('the command line', () => {
  it('--portal-from-config audits the portal the site names (src/config/site.ts), as the scheduled workflow does', () => {
    const args = readArgs(['--portal-from-config', '--markdown', 'summary.md']);
    expect(args).toMatchObject({
      help: false,
      urls: [new URL(site.portalUrl).href],
      markdown: 'summary.md',
      ...DEFAULTS,
    });
    expect(readArgs(['--portal-from-config', 'https://www.odwb.be/explore/'])).toMatchObject({
      urls: [new URL(site.portalUrl).href, 'https://www.odwb.be/explore/'],
    });
  });

  it.each([
    [
      ['--portal-from-config', '--har', 'x.har'],
      'give either URLs or --har <file.har>, not both. Run `npm run audit -- --help` for the options.',
    ],
    [
      ['https://www.odwb.be/', '--markdown', 'nowhere/summary.md'],
      'cannot write the Markdown report to nowhere/summary.md (its folder does not exist). Give a file in an existing folder.',
    ],
    [
      ['https://www.odwb.be/', '--html', 'nowhere/report.html'],
      'cannot write the HTML report to nowhere/report.html (its folder does not exist). Give a file in an existing folder.',
    ],
    [
      ['https://www.odwb.be/', '--max-pages', '0'],
      '--max-pages must be a whole number of at least 1, not "0".',
    ],
    [
      ['https://www.odwb.be/', '--markdown'],
      'option --markdown needs a value. Run `npm run audit -- --help` for the options.',
    ],
    [
      ['--har', 'x.har', '--record'],
      '--record applies to a live audit, not to a HAR file. Run `npm run audit -- --help` for the options.',
    ],
  ])('%j: %s', (argv, message) => {
    expect(refusal(argv)).toBe(message);
  });

  it('--resolve sends each named host to its address', () => {
    expect(
      readArgs([
        'https://www.odwb.be/',
        '--resolve',
        'WWW.odwb.be=192.0.2.10',
        '--resolve',
        'a.b=::1',
      ]),
    ).toMatchObject({ resolve: { 'www.odwb.be': '192.0.2.10', 'a.b': '::1' } });
  });
});
