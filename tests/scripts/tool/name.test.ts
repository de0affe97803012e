/**
 * The tool introduces itself by package.json's name and version wherever another party reads it
 * (scripts/tool/name.ts): the server `npm run verify` checks sees it in the user agent, the audit's
 * reports and records name it, so a re-user who renames the package renames the tool everywhere.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, it } from 'vitest';
import { TOOL } from '../../../scripts/audit/report-values.ts';
import { get } from '../../../scripts/verify/http.ts';

const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  name: string;
  version: string;
};

it('names itself to the server npm run verify reads', async () => {
  let userAgent: string | undefined;
  const server = createServer((request, response) => {
    userAgent = request.headers['user-agent'];
    response.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    await get(`http://127.0.0.1:${port}/`);
  } finally {
    server.close();
  }
  expect(userAgent).toBe(`${pkg.name} verify ${pkg.version}`);
});

it('names itself in the audit’s reports and records', () => {
  expect(`${TOOL.name} ${TOOL.version}`).toBe(`${pkg.name} audit ${pkg.version}`);
});
