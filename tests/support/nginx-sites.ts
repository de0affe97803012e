/**
 * Several generated sites in one real nginx, as a server that hosts them side by side: one
 * nginx.conf including every conf.d file (as Debian's does), in a throw-away prefix; and requests
 * to 127.0.0.1 naming the host, so each server block answers for its own name.
 */
import { request } from 'node:http';
import { nginxArgs, writeConf } from './nginx-server.ts';

/** One nginx.conf that includes every site's conf.d files, as Debian's includes conf.d/*.conf. */
export function serverWithBoth(prefix: string, sites: Record<string, string>[]) {
  return nginxArgs(prefix, writeConf(prefix, Object.assign({}, ...sites), 'conf.d/*.conf'));
}

export interface Answer {
  status: number;
  location: string | undefined;
  body: string;
}

/** A request to 127.0.0.1:port for `host`, as a browser sends it to that name. */
export function get(port: number, host: string, path: string, language?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host };
    if (language) headers['accept-language'] = language;
    request({ host: '127.0.0.1', port, path, headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, location: response.headers.location, body }),
      );
    })
      .on('error', reject)
      .end();
  });
}

/** Retries `attempt` until nginx answers (it starts in the background), for up to 10 s. */
export async function until(attempt: () => Promise<unknown>) {
  for (let tries = 0; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (tries > 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
