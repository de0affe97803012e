/**
 * Every built page is valid HTML by the Nu Html Checker (the W3C validator, from the `vnu-jar`
 * package, run with the machine's Java): the shipped build, a draft with its notice, as visitors
 * and assistive technology receive it.
 */
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { expect, inject, it } from 'vitest';
import {
  EvidenceRun,
  installedVersion,
  reportFolder,
  staleEvidence,
  staleMessage,
  writePart,
} from '../../support/accessibility-evidence.ts';

const distDir = inject('distDir');
const pages = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .sort();
const vnuJar = join(
  dirname(createRequire(import.meta.url).resolve('vnu-jar')),
  'build/dist/vnu.jar',
);

/** Each page's result, for the accessibility statement's evidence (WCAG 4.1.1). */
const evidence = new EvidenceRun(['nu'], { 'Nu Html Checker': installedVersion('vnu-jar') });
/** `fr/index.html` as a visitor's path, `/fr/`; `404.html` stays `/404.html`. */
const pathOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

interface NuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}

it('checks every page of the build, the language-neutral ones included', () => {
  expect(pages).toContain('index.html');
  expect(pages).toContain('fr/index.html');
  expect(pages).toContain('fr/404.html');
});

/**
 * The inlined stylesheet is checked with the page. Two things in Tailwind's output are newer than
 * the checker's CSS grammar and only those are left out: `@property` (registered custom
 * properties, in every current browser) and `margin-trim`, which Tailwind names only inside an
 * `@supports` test of whether the browser knows it.
 */
const NEWER_THAN_THE_CHECKER = [
  'CSS: Unrecognized at-rule “@property”',
  'CSS: “margin-trim”: Property “margin-trim” doesn.t exist\\.',
];

it('finds neither errors nor warnings in any page', async () => {
  // vnu exits 1 when it reports anything; the report itself is the JSON on stderr.
  const { stderr } = await promisify(execFile)(
    'java',
    [
      '-jar',
      vnuJar,
      '--format',
      'json',
      '--also-check-css',
      '--filterpattern',
      `(${NEWER_THAN_THE_CHECKER.join('|')})`,
      ...pages.map((page) => join(distDir, page)),
    ],
    { maxBuffer: 16 * 1024 * 1024 },
  ).catch((error: { stderr: string }) => error);
  const { messages } = JSON.parse(stderr) as { messages: NuMessage[] };
  const readable = messages.map(
    ({ type, subType, url, lastLine, message }) =>
      `${url.replace(`file:${distDir}/`, '')}:${lastLine ?? '?'}: ${subType ?? type}: ${message}`,
  );
  for (const page of pages)
    evidence.record(
      pathOf(page),
      'nu',
      ['as served'],
      readable.filter((line) => line.startsWith(`${page}:`)),
    );
  expect(readable).toEqual([]);
});

it('content/accessibility/evidence.json says what the Nu Html Checker found on every page', () => {
  const folder = reportFolder();
  if (folder) {
    writePart('nu', evidence, folder);
    expect(evidence.part.results).toHaveLength(pages.length);
  } else expect(staleMessage(staleEvidence(evidence))).toBe('');
});
