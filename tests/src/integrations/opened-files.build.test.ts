/**
 * What one `astro build` opens, counted by the kernel: the build runs under strace, which sees
 * every open of every thread, Node's and the native code's alike (Tailwind scans for class names
 * in Rust, out of reach of any Node fs hook). Tailwind reads only the site's markup
 * (`@source` in src/styles/global.css), so the build opens nothing under tests/ or scripts/.
 * Needs strace (`sudo apt-get install -y strace`), which .ci/run installs.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inheritedEnv, projectRoot } from '../../support/build-site.ts';

const hasStrace = spawnSync('strace', ['-V']).status === 0;
const astroCli = join(projectRoot, 'node_modules/astro/bin/astro.mjs');

/** Each successful open of the traced processes (files and folders), relative to the project. */
function opens(trace: string): string[] {
  // With -y, strace follows a successful open's result with the path it resolved: `= 7</abs/path>`.
  return [...trace.matchAll(/= \d+<([^>\n]+)>$/gm)]
    .map((match) => relative(projectRoot, match[1]!))
    .filter((path) => !path.startsWith('..'));
}

/** Every path the traced processes opened, once each, sorted. */
const openedPaths = (trace: string): string[] => [...new Set(opens(trace))].sort();

/** How many times each path was opened. */
function openCounts(trace: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const path of opens(trace)) counts[path] = (counts[path] ?? 0) + 1;
  return counts;
}

/**
 * The files the content check reads: every content file but content/README.md and the JSON
 * Schemas (written for editors' editors, never read by the build), and the interface strings.
 */
const contentFiles = (): string[] =>
  [
    ...readdirSync(join(projectRoot, 'content'), { recursive: true, encoding: 'utf8' })
      .map((path) => `content/${path}`)
      .filter((path) => statSync(join(projectRoot, path)).isFile())
      .filter((path) => path !== 'content/README.md' && !path.startsWith('content/schemas/')),
    ...readdirSync(join(projectRoot, 'src/i18n/ui')).map((name) => `src/i18n/ui/${name}`),
  ].sort();

const under = (paths: string[], folder: string) =>
  paths.filter((path) => path === folder || path.startsWith(`${folder}/`));

(hasStrace ? describe : describe.skip)('the files one astro build opens', () => {
  let work: string;
  let opened: string[];
  let counts: Record<string, number>;
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'odwb-opened-'));
    const trace = join(work, 'trace.txt');
    await new Promise<void>((resolve, reject) => {
      execFile(
        'strace',
        [
          ...['-f', '-qq', '-y', '-e', 'trace=open,openat,openat2', '-e', 'signal=none'],
          ...['-o', trace, process.execPath, astroCli, 'build'],
          ...['--root', projectRoot, '--outDir', join(work, 'dist')],
        ],
        {
          cwd: projectRoot,
          env: { ...inheritedEnv(), POLICY_PDF: 'off', ASTRO_TELEMETRY_DISABLED: '1' },
          maxBuffer: 32 * 1024 * 1024,
        },
        (error, stdout, stderr) => (error ? reject(new Error(`${stdout}${stderr}`)) : resolve()),
      );
    });
    const text = readFileSync(trace, 'utf8');
    opened = openedPaths(text);
    counts = openCounts(text);
  }, 240_000);
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('sees what the build reads: the stylesheet, the components, the content', () => {
    expect(opened).toContain('src/styles/global.css');
    expect(opened).toContain('src/components/PageHead.astro');
    expect(opened).toContain('content/cookies.yaml');
  });

  it('reads every content file and interface string once, and nothing else of content/', () => {
    const files = contentFiles();
    expect(files).toContain('content/policy/fr/index.mdx');
    expect(Object.fromEntries(files.map((file) => [file, counts[file] ?? 0]))).toEqual(
      Object.fromEntries(files.map((file) => [file, 1])),
    );
    // The folder is listed (the check reads content/ folder by folder), none of its files opened.
    expect(opened.filter((path) => path.startsWith('content/schemas/'))).toEqual([]);
    expect(opened).not.toContain('content/README.md');
  });

  it('opens nothing under tests/ (fixtures included) or scripts/', () => {
    expect(under(opened, 'tests')).toEqual([]);
    expect(under(opened, 'scripts')).toEqual([]);
  });
});

it('reads the paths strace resolved, relative to the project, and nothing outside it', () => {
  const trace = [
    `12 openat(AT_FDCWD</x>, "tests/fixtures/a.yaml", O_RDONLY|O_CLOEXEC) = 21<${projectRoot}tests/fixtures/a.yaml>`,
    `13 openat(AT_FDCWD</x>, "/etc/hosts", O_RDONLY) = 5</etc/hosts>`,
    `13 openat(AT_FDCWD</x>, "missing", O_RDONLY) = -1 ENOENT (No such file or directory)`,
    `14 openat(3<${projectRoot}src>, "pages", O_RDONLY|O_DIRECTORY) = 9<${projectRoot}src/pages>`,
  ].join('\n');
  expect(openedPaths(trace)).toEqual(['src/pages', 'tests/fixtures/a.yaml']);
  expect(openCounts(`${trace}\n${trace}`)).toEqual({ 'src/pages': 2, 'tests/fixtures/a.yaml': 2 });
  if (!hasStrace) throw new Error('No strace: install it (sudo apt-get install -y strace).');
});
