/**
 * What one `astro build` opens, counted by the kernel: the build runs under strace, which sees
 * every open of every thread, Node's and the native code's alike (Tailwind scans for class names
 * in Rust, out of reach of any Node fs hook). Tailwind reads only the site's markup
 * (`@source` in src/styles/global.css), so the build opens nothing under tests/ or scripts/.
 * Needs strace (`sudo apt-get install -y strace`), which .ci/run installs.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inheritedEnv, projectRoot } from '../../support/build-site.ts';

const hasStrace = spawnSync('strace', ['-V']).status === 0;
const astroCli = join(projectRoot, 'node_modules/astro/bin/astro.mjs');

/** Every path the traced processes opened (files and folders), relative to the project. */
function openedPaths(trace: string): string[] {
  // With -y, strace follows a successful open's result with the path it resolved: `= 7</abs/path>`.
  const paths = [...trace.matchAll(/= \d+<([^>\n]+)>$/gm)].map((match) => match[1]!);
  return [...new Set(paths.map((path) => relative(projectRoot, path)))]
    .filter((path) => !path.startsWith('..'))
    .sort();
}

const under = (paths: string[], folder: string) =>
  paths.filter((path) => path === folder || path.startsWith(`${folder}/`));

(hasStrace ? describe : describe.skip)('the files one astro build opens', () => {
  let work: string;
  let opened: string[];
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
    opened = openedPaths(readFileSync(trace, 'utf8'));
  }, 240_000);
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('sees what the build reads: the stylesheet, the components, the content', () => {
    expect(opened).toContain('src/styles/global.css');
    expect(opened).toContain('src/components/PageHead.astro');
    expect(opened).toContain('content/cookies.yaml');
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
  if (!hasStrace) throw new Error('No strace: install it (sudo apt-get install -y strace).');
});
