/**
 * One GET as a browser makes it on a first visit, with the bytes that really crossed the network:
 * Accept-Encoding gzip and br, no redirect followed, the body counted before it is decompressed.
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { toolCommand } from '../tool/name.ts';

export interface Response {
  url: string;
  status: number;
  headers: IncomingHttpHeaders;
  /** Body bytes as sent (compressed when the server compressed them). */
  wireBytes: number;
  /** The body as sent. */
  raw: Buffer;
  /** The body, decompressed. */
  body: Buffer;
}

/** The network could not be used at all: the check cannot run (exit 2), it did not fail. */
export class CannotRun extends Error {}

/** The site answered over TLS with a certificate no browser trusts: said as such, not "unreachable". */
export class UntrustedCertificate extends CannotRun {}

/** Node's TLS error codes for a certificate a browser would refuse, and what each means. */
const CERTIFICATE_ERRORS: Record<string, string> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'is signed by a self-signed authority',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'cannot be traced to a trusted authority',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'cannot be traced to a trusted authority',
  CERT_HAS_EXPIRED: 'has expired',
  CERT_NOT_YET_VALID: 'is not valid yet',
  ERR_TLS_CERT_ALTNAME_INVALID: 'is for another host name',
};

function certificateProblem(url: string, code: string): UntrustedCertificate {
  const { host } = new URL(url);
  return new UntrustedCertificate(
    `The certificate of ${host} ${CERTIFICATE_ERRORS[code]} (${code}): browsers refuse it too, so nothing was checked. ` +
      'Install a certificate from a trusted authority (npm run nginx names Let’s Encrypt’s by default), ' +
      'or, to test a local nginx, serve it over plain HTTP and verify http:// (scripts/hosting/README.md, “Testing the configuration locally”).',
  );
}

function decode(body: Buffer, encoding: string | undefined): Buffer {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'gzip':
      return gunzipSync(body);
    case 'br':
      return brotliDecompressSync(body);
    case 'deflate':
      return inflateSync(body);
    default:
      return body;
  }
}

export function get(url: string, headers: Record<string, string> = {}): Promise<Response> {
  const target = new URL(url);
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      target,
      {
        headers: { 'accept-encoding': 'gzip, br', 'user-agent': toolCommand('verify'), ...headers },
        timeout: 15_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          try {
            resolve({
              url,
              status: res.statusCode ?? 0,
              headers: res.headers,
              wireBytes: raw.length,
              raw,
              body: decode(raw, res.headers['content-encoding']),
            });
          } catch (error) {
            reject(
              new Error(
                `${url}: the body does not decompress as ${res.headers['content-encoding']} (${(error as Error).message})`,
              ),
            );
          }
        });
      },
    );
    req.on('timeout', () => req.destroy(new CannotRun(`${url} did not answer within 15 s`)));
    req.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error instanceof CannotRun
          ? error
          : error.code && Object.hasOwn(CERTIFICATE_ERRORS, error.code)
            ? certificateProblem(url, error.code)
            : new CannotRun(`${url}: ${error.code ?? error.message}`),
      ),
    );
    req.end();
  });
}

export const header = (response: Response, name: string): string | undefined => {
  const value = response.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : value;
};
