/**
 * The fast project runs functions and fixtures in this process only. A test that starts a
 * command, a browser or a server fails here with what to do, instead of quietly making the
 * project slow: such a test belongs in a <name>.process.test.ts file (tests/README.md).
 */
import { vi } from 'vitest';

vi.mock('node:child_process', async (importOriginal) => {
  const original = await importOriginal<Record<string, unknown>>();
  const refuse = (name: string) => () => {
    throw new Error(
      `A fast test (name.test.ts) called child_process.${name}. Tests that start a command belong in a name.process.test.ts file; see tests/README.md.`,
    );
  };
  const names = ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'];
  const refused = Object.fromEntries(names.map((name) => [name, refuse(name)]));
  return { ...original, ...refused, default: { ...original, ...refused } };
});

vi.mock('playwright-core', () => {
  const refuse = () => {
    throw new Error(
      'A fast test (name.test.ts) launched a browser. Tests that need Chromium belong in a name.process.test.ts file; see tests/README.md.',
    );
  };
  return { chromium: { launch: refuse, launchPersistentContext: refuse } };
});
