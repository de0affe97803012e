/**
 * Least privilege in CI (SECURITY.md, "CI"), read from the workflow files as GitHub reads them:
 * read-only tokens except for the deploy job, which alone may write to Pages and mint an OIDC
 * token and runs no project code; no token left in .git/config for the build or the audit; every
 * action pinned by a full commit, with the tag it stands for beside it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const folder = fileURLToPath(new URL('../../.github/workflows/', import.meta.url));

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const files = readdirSync(folder)
  .filter((name) => name.endsWith('.yml'))
  .sort();
const workflows = files.map((name) => ({
  name,
  text: readFileSync(join(folder, name), 'utf8'),
  workflow: yaml.load(readFileSync(join(folder, name), 'utf8')) as Workflow,
}));

/** Every permission granted anywhere, as "file job: scope: level" (the workflow's as "*"). */
const writes = workflows.flatMap(({ name, workflow }) => [
  ...Object.entries(workflow.permissions ?? {}).map(
    ([scope, level]) => `${name} *: ${scope}: ${level}`,
  ),
  ...Object.entries(workflow.jobs).flatMap(([job, { permissions }]) =>
    Object.entries(permissions ?? {}).map(([scope, level]) => `${name} ${job}: ${scope}: ${level}`),
  ),
]);

it('grants write access only to the deploy job, for Pages and the OIDC token', () => {
  expect(files).toEqual(['advisories.yml', 'audit.yml', 'deploy.yml']);
  expect(writes.filter((line) => !line.endsWith(': read'))).toEqual([
    'deploy.yml deploy: pages: write',
    'deploy.yml deploy: id-token: write',
  ]);
  for (const { workflow } of workflows) expect(workflow.permissions).toEqual({ contents: 'read' });
});

it('runs no project code in the deploy job: it only publishes the artifact', () => {
  const deploy = workflows.find(({ name }) => name === 'deploy.yml')!.workflow.jobs.deploy!;
  expect(deploy.steps.map((step) => step.run ?? step.uses?.replace(/@.*/, ''))).toEqual([
    'actions/deploy-pages',
  ]);
});

describe.each(workflows)('$name', ({ text, workflow }) => {
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

  it('pins every action by a full commit, with its tag in a comment', () => {
    const unpinned = steps
      .filter((step) => step.uses !== undefined)
      .filter((step) => {
        const line = text.split('\n').find((candidate) => candidate.includes(step.uses!));
        return !/@[0-9a-f]{40} # v\d+\.\d+\.\d+$/.test(line ?? '');
      })
      .map((step) => step.uses);
    expect(unpinned).toEqual([]);
  });

  it('leaves no token in .git/config after the checkout', () => {
    const checkouts = steps.filter((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkouts.map((step) => step.with?.['persist-credentials'])).toEqual(
      checkouts.map(() => false),
    );
  });
});
