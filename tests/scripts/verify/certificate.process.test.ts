/**
 * `npm run verify` against a server whose certificate no browser trusts (a self-signed one, as an
 * operator makes to try nginx locally): it names the certificate and how to test locally, instead
 * of saying the site cannot be reached. The server is a real HTTPS server with a real certificate
 * made by openssl.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runVerify } from '../hosting/support/run-verify.ts';

let server: Server;
let folder: string;
let port: number;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'verify-certificate-'));
  execFileSync(
    'openssl',
    [
      ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1'],
      ...['-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost'],
      ...['-keyout', join(folder, 'key.pem'), '-out', join(folder, 'cert.pem')],
    ],
    { stdio: 'ignore' },
  );
  server = createServer(
    { key: readFileSync(join(folder, 'key.pem')), cert: readFileSync(join(folder, 'cert.pem')) },
    (_request, response) => response.end('never read'),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  rmSync(folder, { recursive: true, force: true });
});

describe('npm run verify on a self-signed certificate', () => {
  it('names the certificate and the way to test locally, and exits 2', async () => {
    const result = await runVerify(`https://localhost:${port}/`);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toBe(
      `The certificate of localhost:${port} is self-signed (DEPTH_ZERO_SELF_SIGNED_CERT): browsers refuse it too, so nothing was checked. ` +
        'Install a certificate from a trusted authority (npm run nginx names Let’s Encrypt’s by default), ' +
        'or, to test a local nginx, serve it over plain HTTP and verify http:// (scripts/hosting/README.md, “Testing the configuration locally”).',
    );
  });
});
