/**
 * One GET as a browser makes it on a first visit, with the bytes that really crossed the network:
 * Accept-Encoding gzip and br, no redirect followed, the body counted before it is decompressed.
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

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
        headers: { 'accept-encoding': 'gzip, br', 'user-agent': 'odwb-verify', ...headers },
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
