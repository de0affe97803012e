/**
 * Runs the real nginx with the generated configuration on a free local port, for the hosting
 * tests: its own prefix folder, its own logs and PID, stopped by that PID. TLS is the one
 * thing swapped (plain listeners on 127.0.0.1): everything inside the server block is the
 * generated text as an operator installs it. `checkNginxConfig` runs `nginx -t` on the files
 * exactly as written.
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { freePort } from './free-port.ts';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { nginxName } from '../../src/config/hosting.ts';
import { nginxFiles, type NginxSettings } from '../../scripts/hosting/nginx-config.ts';
import { builtStyleHashes } from '../../src/integrations/host-files.ts';

export const NO_NGINX_MESSAGE = [
  'No nginx found. The hosting checks run the generated configuration in a real nginx; either:',
  '  - install it: sudo apt-get install -y nginx (Debian/Ubuntu; the service need not run);',
  '  - or set NGINX_PATH=/path/to/nginx.',
  'On your own machine, SKIP_NGINX_TESTS=1 skips these checks (never under CI=true).',
].join('\n');

const CANDIDATES = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'];

export function findNginx(): string | undefined {
  const fromEnv = process.env.NGINX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/**
 * The main nginx.conf of a throw-away prefix: logs, PID and temporary files inside it, and the
 * generated conf.d files (`include`) at http level as Debian's nginx.conf includes conf.d/*.conf.
 */
function mainConf(prefix: string, include: string): string {
  return [
    // As root, nginx would run its workers as "nobody", who cannot read a private temp folder.
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    'worker_processes 1;',
    'daemon off;',
    `pid ${prefix}/nginx.pid;`,
    `error_log ${prefix}/error.log warn;`,
    'events { worker_connections 64; }',
    'http {',
    '    access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
      (kind) => `    ${kind}_temp_path ${prefix}/temp/${kind};`,
    ),
    `    include ${include};`,
    '}',
    '',
  ].join('\n');
}

/** Writes the generated files and the main nginx.conf into the prefix; returns nginx.conf's path. */
export function writeConf(
  prefix: string,
  files: Record<string, string>,
  include = `conf.d/${nginxName}.conf`,
) {
  const conf = join(prefix, 'conf');
  const main = mainConf(prefix, include);
  for (const [path, text] of Object.entries({ ...files, 'nginx.conf': main })) {
    mkdirSync(dirname(join(conf, path)), { recursive: true });
    writeFileSync(join(conf, path), text);
  }
  mkdirSync(join(prefix, 'temp'), { recursive: true });
  return join(conf, 'nginx.conf');
}

export const nginxArgs = (prefix: string, conf: string) => [
  '-p',
  prefix,
  '-c',
  conf,
  '-e',
  `${prefix}/error.log`,
];

/** `nginx -t` on the generated files as written; `output` is what nginx printed. */
export function checkNginxConfig(
  files: Record<string, string>,
): Promise<{ ok: boolean; output: string }> {
  const nginx = findNginx();
  if (!nginx) throw new Error(NO_NGINX_MESSAGE);
  const prefix = mkdtempSync(join(tmpdir(), 'odwb-nginx-t-'));
  const conf = writeConf(prefix, files);
  return new Promise((resolve) => {
    execFile(nginx, ['-t', ...nginxArgs(prefix, conf)], (error, stdout, stderr) => {
      rmSync(prefix, { recursive: true, force: true });
      resolve({ ok: !error, output: `${stdout}${stderr}`.replaceAll(prefix, '<prefix>') });
    });
  });
}

/**
 * The generated server blocks with plain listeners on 127.0.0.1: the HTTPS server's TLS swapped
 * for plain HTTP on `port`, the HTTP-to-HTTPS server moved to `redirectPort`.
 */
export function plainListeners(serverConf: string, port: number, redirectPort: number): string {
  const steps: [RegExp, string][] = [
    [/ {4}listen 80;\n {4}listen \[::\]:80;\n/, `    listen 127.0.0.1:${redirectPort};\n`],
    [
      / {4}listen 443 ssl http2;\n {4}listen \[::\]:443 ssl http2;\n/,
      `    listen 127.0.0.1:${port};\n`,
    ],
    [/ {4}ssl_certificate [^\n]*\n {4}ssl_certificate_key [^\n]*\n/, ''],
  ];
  return steps.reduce((text, [pattern, replacement]) => {
    if (!pattern.test(text)) {
      throw new Error(`The generated server blocks changed shape: ${pattern} not found.`);
    }
    return text.replace(pattern, replacement);
  }, serverConf);
}

export interface NginxSite {
  /** The site's address, base path included: http://127.0.0.1:PORT/odwb-cookies/ */
  url: string;
  /** The plain-HTTP server that sends visitors to HTTPS: http://127.0.0.1:PORT/ */
  redirectUrl: string;
  /** The files nginx runs, by path relative to its conf folder (for messages). */
  files: Record<string, string>;
  pid: number;
  /** Stops this nginx by its PID and removes its folder. */
  close: () => Promise<void>;
}

/**
 * Starts nginx on dist/ with the generated configuration. `edit` may change the generated files
 * first (the tests use it to break the configuration on purpose).
 */
export async function startNginx(options: {
  distDir: string;
  base: string;
  edit?: (files: Record<string, string>) => Record<string, string>;
}): Promise<NginxSite> {
  const nginx = findNginx();
  if (!nginx) throw new Error(NO_NGINX_MESSAGE);
  const port = await freePort();
  const redirectPort = await freePort();
  const settings: NginxSettings = {
    base: options.base,
    serverName: '127.0.0.1',
    siteDir: options.distDir,
    certificate: '/unused/in/the/plain/listener.pem',
    certificateKey: '/unused/in/the/plain/listener.key',
    styleHashes: await builtStyleHashes(options.distDir),
  };
  const generated = nginxFiles(settings);
  const serverFile = `conf.d/${nginxName}.conf`;
  let files: Record<string, string> = {
    ...generated,
    [serverFile]: plainListeners(generated[serverFile]!, port, redirectPort),
  };
  if (options.edit) files = options.edit(files);
  const prefix = mkdtempSync(join(tmpdir(), 'odwb-nginx-'));
  const conf = writeConf(prefix, files);
  const child: ChildProcess = spawn(nginx, nginxArgs(prefix, conf), { stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const errorLog = () => {
    const path = join(prefix, 'error.log');
    return existsSync(path) ? readFileSync(path, 'utf8') : '';
  };
  const close = async () => {
    if (child.exitCode === null && child.pid) process.kill(child.pid, 'SIGTERM');
    await exited;
    rmSync(prefix, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}${options.base}`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) {
      const log = errorLog();
      await close();
      throw new Error(`nginx stopped at start:\n${log}`);
    }
    try {
      await fetch(url, { redirect: 'manual' });
      break;
    } catch {
      if (attempt > 100) {
        await close();
        throw new Error(`nginx did not answer on ${url} within 10 s:\n${errorLog()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return { url, redirectUrl: `http://127.0.0.1:${redirectPort}/`, files, pid: child.pid!, close };
}
