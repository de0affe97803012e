/**
 * Runs the real `astro build`, as `npm run build` does, in a child process so its exit code
 * and the messages a person would read can be checked.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const astroCli = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

/**
 * The environment of this process minus what Vitest's Astro config put there (SITE, BASE_URL):
 * inherited by a child build, they would override the settings under test.
 */
export function inheritedEnv(): NodeJS.ProcessEnv {
  const { SITE: _site, BASE_URL: _base, BASE_PATH: _path, SITE_URL: _url, ...env } = process.env;
  return env;
}

export interface BuildResult {
  code: number;
  output: string;
}

export function buildSite(options: {
  root?: string;
  outDir: string;
  env?: Record<string, string>;
}): Promise<BuildResult> {
  const args = [
    astroCli,
    'build',
    '--root',
    options.root ?? projectRoot,
    '--outDir',
    options.outDir,
  ];
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      args,
      {
        cwd: options.root ?? projectRoot,
        env: { ...inheritedEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...options.env },
        maxBuffer: 32 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` });
      },
    );
  });
}
