/**
 * Throw-away copies of the working tree under one temp folder, so the bench never writes to its
 * content/, dist/ or build caches: plain copies, and copies whose inventory is a synthetic one.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentPaths } from '../../src/config/paths.ts';
import { setOperatorFact } from './operator-file.ts';
import { BenchError } from './budgets.ts';
import { generateInventory, syntheticConsentSettings, toYaml } from './synthetic.ts';

/** Not copied: history, build output and caches; node_modules is linked entry by entry instead. */
const skipped = new Set(['.git', 'node_modules', 'dist', '.astro', 'test-results']);
/** Where Astro and Vite keep their caches: each copy has its own, or 5,000 synthetic cookies would land in the working tree's. */
const caches = ['.astro', '.vite', '.cache'];

export class Scratch {
  readonly dir = mkdtempSync(join(tmpdir(), 'odwb-bench-'));
  readonly repo: string;
  constructor(repo: string) {
    this.repo = repo;
  }

  /** A copy of the working tree at <scratch>/<name>, made once. */
  copy(name: string): string {
    const target = join(this.dir, name);
    if (existsSync(target)) return target;
    for (const entry of readdirSync(this.repo).filter((entry) => !skipped.has(entry))) {
      cpSync(join(this.repo, entry), join(target, entry), { recursive: true });
    }
    mkdirSync(join(target, 'node_modules'));
    for (const entry of readdirSync(join(this.repo, 'node_modules'))) {
      if (!caches.includes(entry)) {
        symlinkSync(join(this.repo, 'node_modules', entry), join(target, 'node_modules', entry));
      }
    }
    return target;
  }

  /**
   * A copy at <scratch>/cookies-<n> whose inventory is the synthetic one of n cookies, published
   * as an editor would: its consent settings page named, and a new version recorded by the copy's
   * own `npm run policy:version` command (the check refuses an unrecorded inventory).
   */
  synthetic(cookies: number): string {
    if (existsSync(join(this.dir, `cookies-${cookies}`)))
      return join(this.dir, `cookies-${cookies}`);
    const dir = this.copy(`cookies-${cookies}`);
    const files = toYaml(generateInventory(cookies));
    writeFileSync(join(dir, contentPaths.cookies), files.cookies);
    writeFileSync(join(dir, contentPaths.providers), files.providers);
    setOperatorFact(dir, 'consentSettings', {
      value: syntheticConsentSettings,
      source: {
        url: 'https://portal.example.org/terms/',
        note: 'A stand-in for the benchmark’s synthetic portal.',
      },
    });
    const recorded = spawnSync(process.execPath, [join(dir, 'scripts/policy-version.ts'), dir], {
      cwd: dir,
      encoding: 'utf8',
    });
    if (recorded.status !== 0) {
      throw new BenchError(
        `the synthetic inventory of ${cookies} cookies could not be recorded as a version:\n` +
          `${recorded.stdout}${recorded.stderr}`.trim(),
      );
    }
    return dir;
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true, maxRetries: 3 });
  }
}

/** hyperfine's --prepare for a cold build of a copy: its output and every cache removed. */
export const coldBuild = (dir: string) =>
  `rm -rf ${['dist', '.astro', ...caches.map((cache) => `node_modules/${cache}`)].map((path) => join(dir, path)).join(' ')}`;

/**
 * The copy's own build, as `npm run build` runs it there: in the copy (Astro puts some of its
 * build files under the working folder, which must not be the working tree's), with POLICY_PDF.
 */
export const astroBuild = (dir: string, pdf: string) =>
  `env -C ${dir} POLICY_PDF=${pdf} node ${join(dir, 'node_modules/astro/bin/astro.mjs')} build`;
