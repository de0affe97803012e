/**
 * The audit's command line without running it: the configured portal, the report files, and
 * mistakes answered with what to type instead, before any browser starts.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadYaml } from '../../../src/data/parse.ts';
import { DEFAULTS, readArgs } from '../../../scripts/audit/args.ts';

/** The portal as the policy names it, read from the file the way an editor reads it. */
const PORTAL = (
  loadYaml(readFileSync(new URL('../../../content/operator.yaml', import.meta.url), 'utf8')) as {
    portal: { url: string };
  }
).portal.url;

const refusal = (argv: string[]) => {
  try {
    readArgs(argv);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${argv.join(' ')} was accepted`);
};

describe('the command line', () => {
  it('--portal-from-config audits the portal the policy names (content/operator.yaml), as the scheduled workflow does', () => {
    const args = readArgs(['--portal-from-config', '--markdown', 'summary.md']);
    expect(args).toMatchObject({
      help: false,
      urls: [new URL(PORTAL).href],
      markdown: 'summary.md',
      ...DEFAULTS,
    });
    expect(readArgs(['--portal-from-config', 'https://www.odwb.be/explore/'])).toMatchObject({
      urls: [new URL(PORTAL).href, 'https://www.odwb.be/explore/'],
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

  it('--portal-from-config names the operator file it could not read, and the way round it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'odwb-audit-args-'));
    try {
      expect(refusal(['--portal-from-config', '--data', dir])).toBe(
        `--portal-from-config reads the portal's address from ${join(dir, 'operator.yaml')}, which does not exist. Give the portal's URL instead, or --data <dir> with the folder holding operator.yaml.`,
      );
      writeFileSync(join(dir, 'operator.yaml'), 'portal:\n  name: Example\n');
      const file = join(dir, 'operator.yaml');
      expect(refusal(['--portal-from-config', '--data', dir])).toBe(
        `--portal-from-config cannot read the portal's address: ${file}: line 1: portal url is missing. Write a full web address starting with https://. ${file}: line 1: portal platform is missing. Write the platform company’s name, e.g. Opendatasoft. ${file}: controller is missing. Write controller: with name, contact, postalAddress, dpoContact, jointControllers and privacyStatement, each found with its source or missing (content/README.md, “Operator facts”). ${file}: processing is missing. Write processing: with legalText, serverRetention, hostingLocation and transfersOutsideEea, each found with its source or missing (content/README.md, “Operator facts”). ${file}: consentSettings is missing. Write value (the control’s description in every language, and its url when it has a page of its own) with source (url and note), or missing: where it was looked for. Fix the file, or give the portal's URL instead.`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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
