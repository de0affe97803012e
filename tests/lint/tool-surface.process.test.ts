/**
 * What the tools may import from the site is declared once (TOOL_SURFACE in
 * .dependency-cruiser.cjs) and `npm run lint` holds them to it: the real dependency-cruiser, with
 * the project's own rules, on a planted tool that imports two declared modules (the content
 * check's entry, the paths) and two undeclared ones (a part of the check behind its entry, a
 * module of the build). Only the undeclared imports fail, each named.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';

const project = fileURLToPath(new URL('../../', import.meta.url));
const planted = mkdtempSync(join(tmpdir(), 'odwb-tool-surface-'));
afterAll(() => rmSync(planted, { recursive: true, force: true }));

function plant(path: string, text: string): void {
  mkdirSync(dirname(join(planted, path)), { recursive: true });
  writeFileSync(join(planted, path), text);
}

it('fails a tool’s import of a site module the surface does not declare, and only that', () => {
  plant('tsconfig.json', '{}\n');
  plant('package.json', '{ "name": "planted", "type": "module" }\n');
  const modules = [
    'src/config/paths.ts',
    'src/content-check/index.ts',
    'src/content-check/data.ts',
    'src/lib/devtools-pipe.ts',
  ];
  for (const module of modules) plant(module, 'export const value = 1;\n');
  plant(
    'scripts/tool.ts',
    `${modules.map((module, index) => `import { value as v${index} } from '../${module}';`).join('\n')}\nexport const all = [v0, v1, v2, v3];\n`,
  );
  const run = spawnSync(
    process.execPath,
    [
      join(project, 'node_modules/dependency-cruiser/bin/dependency-cruiser.mjs'),
      'scripts',
      '--config',
      join(project, '.dependency-cruiser.cjs'),
    ],
    { cwd: planted, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
  );
  expect(run.stderr).toBe('');
  expect(run.stdout).toBe(`
  error tool-imports-declared-surface: scripts/tool.ts → src/lib/devtools-pipe.ts
  error tool-imports-declared-surface: scripts/tool.ts → src/content-check/data.ts

x 2 dependency violations (2 errors, 0 warnings). 5 modules, 4 dependencies cruised.

`);
  expect(run.status).not.toBe(0);
});
