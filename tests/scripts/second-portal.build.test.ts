/**
 * Re-using the project for another portal, as scripts/init/README.md ("Re-using this project for another
 * portal") tells a person to: a copy of the project with the files of
 * tests/fixtures/portals/namur/ laid over it (a city's portal in French and Dutch only, its own
 * controller, address and deployment name), English and German removed, a new history recorded.
 * The copy checks, builds and generates its nginx configuration with the project's own commands;
 * its dist/ holds the two languages only and no trace of ODWB; and its nginx files load beside
 * ODWB's in one real nginx, `nginx -t` without a warning, each site served from its own dist/.
 */
import { execFile, execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  type Dirent,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { nginxFiles } from '../../scripts/hosting/nginx-config.ts';
import { nginxName } from '../../src/config/hosting.ts';
import { builtStyleHashes } from '../../src/integrations/host-files.ts';
import { attributes, elements, parseHtml, parseXml, textOf } from '../../src/lib/html.ts';
import { buildSite, inheritedEnv } from '../support/build-site.ts';
import { copyProject } from '../support/copy-project.ts';
import { scriptFile } from '../support/npm-script.ts';
import { findNginx, plainListeners } from '../support/nginx-server.ts';
import { nginxSuite } from './hosting/support/nginx-suite.ts';
import { freePort } from '../support/free-port.ts';
import { get, serverWithBoth, until } from '../support/nginx-sites.ts';

const run = promisify(execFile);
const fixture = fileURLToPath(new URL('../fixtures/portals/namur/', import.meta.url));
const ADDRESS = 'https://cookies.data.namur.example';
const HOST = 'cookies.data.namur.example';
const NAME = 'namur-cookies';
const REMOVED = ['en', 'de'];
/** What would betray ODWB's policy in another portal's site. */
const ODWB = /odwb|wallonie|agence du num/i;

let dir: string;
let remove: () => void;
let dist: string;
let cookiesBefore: string;
let cookiesAfterInit: string;
const outputs: Record<string, string> = {};

/** A command of package.json in the copy, as its re-user runs it there. */
async function npmRun(name: string, ...args: string[]) {
  const { stdout, stderr } = await run(process.execPath, [scriptFile(name), ...args], {
    cwd: dir,
    env: { ...inheritedEnv(), NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 32 * 1024 * 1024,
  });
  outputs[name] = `${stdout}${stderr}`;
}

beforeAll(async () => {
  ({ dir, remove } = copyProject());
  // The README's steps: npm run init for the languages, the address and the name...
  cookiesBefore = readFileSync(join(dir, 'content/cookies.yaml'), 'utf8');
  await npmRun('init', '--languages', 'fr,nl', '--address', ADDRESS, '--deployment-name', NAME);
  cookiesAfterInit = readFileSync(join(dir, 'content/cookies.yaml'), 'utf8');
  // ...the portal's facts and its cookies' sources, by hand (the fixture)...
  cpSync(fixture, dir, { recursive: true });
  rmSync(join(dir, 'README.md'));
  // ...and the first version of its own history.
  await npmRun('policy:version', '--summary', 'Première version publiée de cette politique.');
  await npmRun('check');
  dist = join(dir, 'dist');
  const build = await buildSite({ root: dir, outDir: dist });
  outputs.build = build.output;
  if (build.code !== 0) throw new Error(`The second portal does not build:\n${build.output}`);
  await npmRun('nginx', `--site-dir=${dist}`);
}, 240_000);

afterAll(() => remove?.());

/** Every file the build wrote, relative to dist/, without the compressed twins. */
const files = () =>
  (readdirSync(dist, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)))
    .filter((path) => !/\.(gz|br)$/.test(path))
    .sort();
const text = (path: string) => readFileSync(join(dist, path), 'utf8');
const pages = () => files().filter((path) => path.endsWith('.html'));

it('npm run init removes the other languages’ texts and keeps every comment', () => {
  const lines = (text: string) => text.split('\n');
  const removed = lines(cookiesBefore).filter((line) => !lines(cookiesAfterInit).includes(line));
  expect(removed.length).toBeGreaterThan(0);
  for (const line of removed) expect(line).toMatch(/^\s+(en|de): \S/);
  expect(lines(cookiesAfterInit).filter((line) => line.startsWith('#'))).toEqual(
    lines(cookiesBefore).filter((line) => line.startsWith('#')),
  );
  expect(outputs.init).toContain(
    `Wrote content/site.yaml: fr, nl (reference fr), ${ADDRESS}, ${NAME}.`,
  );
  for (const code of REMOVED)
    for (const path of [`content/policy/${code}`, `src/i18n/ui/${code}.json`])
      expect(existsSync(join(dir, path)), path).toBe(false);
});

it('checks and builds with the project’s own commands, in its two languages', () => {
  expect(outputs.check).toContain('Cookie policy content is complete: 4 cookies from 1 provider');
  expect(outputs.build).toContain('Complete!');
  expect(
    files()
      .filter((path) => path.includes('/'))
      .map((path) => path.split('/')[0]),
  ).toEqual(expect.arrayContaining(['fr', 'nl']));
  const folders = new Set(
    files()
      .filter((path) => path.includes('/') && !path.startsWith('_astro/'))
      .map((path) => path.split('/')[0]),
  );
  expect([...folders].sort()).toEqual(['fr', 'nl']);
});

it('names its own portal and controller in each language, and not ODWB anywhere', () => {
  const french = parseHtml(text('fr/index.html'));
  const dutch = parseHtml(text('nl/index.html'));
  expect(textOf(french)).toContain('Open Data Namur');
  expect(textOf(french)).toContain('la Ville de Namur');
  expect(textOf(dutch)).toContain('de Stad Namen');
  for (const path of files().filter((path) => !path.endsWith('.pdf')))
    expect(text(path), path).not.toMatch(ODWB);
});

/** The text of a PDF, as a reader's viewer extracts it. */
async function pdfText(path: string): Promise<string> {
  const document = await getDocument({
    data: new Uint8Array(readFileSync(join(dist, path))),
    verbosity: 0,
  }).promise;
  let text = '';
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    text += `${content.items.map((item) => ('str' in item ? item.str : '')).join(' ')}\n`;
  }
  return text;
}

it('prints each language’s PDF for its own portal', async () => {
  for (const code of ['fr', 'nl']) {
    const text = await pdfText(`${code}/cookie-policy-${code}.pdf`);
    expect(text).toContain('Open Data Namur');
    expect(text).not.toMatch(ODWB);
  }
});

it('offers French and Dutch only: lang, hreflang, the switcher and the chooser', () => {
  for (const path of pages()) {
    const page = parseHtml(text(path));
    const languages = attributes(elements(page, '*', { lang: true }), 'lang');
    expect(languages.length, path).toBeGreaterThan(0);
    for (const lang of languages)
      // mul: the chooser and the root 404 speak every language of the site at once.
      expect(['fr', 'nl', 'mul'], `${path}: lang="${lang}"`).toContain(lang.split('-')[0]);
    const links = [
      ...attributes(elements(page, 'a', { href: true }), 'href'),
      ...attributes(elements(page, 'link', { href: true }), 'href'),
    ];
    for (const href of links) {
      const own = new URL(href, `${ADDRESS}/${path}`);
      if (own.origin !== ADDRESS) continue;
      expect(own.pathname, `${path} links to ${href}`).not.toMatch(/^\/(en|de)\//);
    }
    for (const lang of attributes(elements(page, '*', { hreflang: true }), 'hreflang'))
      expect(['fr', 'nl', 'x-default'], `${path}: hreflang="${lang}"`).toContain(
        lang === 'x-default' ? lang : lang.split('-')[0],
      );
    expect(textOf(page), path).not.toMatch(/\bEnglish\b|\bDeutsch\b/);
  }
  const chooser = parseHtml(text('index.html'));
  expect(new Set(attributes(elements(chooser, 'a', { hreflang: true }), 'hreflang'))).toEqual(
    new Set(['fr', 'nl']),
  );
});

it('exports the inventory in French and Dutch only, the EDPB base in French', () => {
  const json = JSON.parse(text('cookies.json')) as unknown;
  const keys = new Set<string>();
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) {
        keys.add(key);
        walk(inner);
      }
  };
  walk(json);
  expect(keys.has('fr') && keys.has('nl')).toBe(true);
  expect(REMOVED.filter((code) => keys.has(code))).toEqual([]);
  expect(files()).toEqual(
    expect.arrayContaining([
      'fr/cookies.csv',
      'nl/cookies.csv',
      'fr/cookie-policy-fr.pdf',
      'nl/cookie-policy-nl.pdf',
    ]),
  );
  expect(text('cookies-edpb.json')).toMatch(/Durée de conservation\u00a0: 2\s+semaines \(P2W\)/);
  expect(text('cookies-edpb.json')).toContain('Open Data Namur cookie declaration');
});

it('has a 404 page per language and at the root, none for the removed ones', () => {
  expect(pages().filter((path) => path.endsWith('404.html'))).toEqual([
    '404.html',
    'fr/404.html',
    'nl/404.html',
  ]);
  expect(text('_redirects')).not.toMatch(/\/(en|de)\//);
  expect(text('_redirects')).toContain('/nl/*  /nl/404.html  404');
});

it('lists its own address in the sitemap, in French and Dutch', () => {
  const sitemap = parseXml(text('sitemap-0.xml'));
  const locs = elements(sitemap, 'loc').map((loc) => textOf(loc));
  expect(locs).toEqual(expect.arrayContaining([`${ADDRESS}/`, `${ADDRESS}/fr/`, `${ADDRESS}/nl/`]));
  for (const loc of locs) expect(loc, loc).toMatch(new RegExp(`^${ADDRESS}/((fr|nl)/.*)?$`));
  expect(new Set(attributes(elements(sitemap, 'xhtml:link'), 'hreflang'))).toEqual(
    new Set(['fr', 'nl', 'x-default']),
  );
});

it('writes its nginx files under its own deployment name, for its two languages', () => {
  const written = readdirSync(join(dir, 'nginx'), { recursive: true }).map(String).sort();
  expect(written).toEqual([
    'conf.d',
    `conf.d/${NAME}.conf`,
    NAME,
    `${NAME}/maps.conf`,
    `${NAME}/security-headers.conf`,
    `${NAME}/site.conf`,
  ]);
  const maps = readFileSync(join(dir, `nginx/${NAME}/maps.conf`), 'utf8');
  expect(maps).toContain('$namur_cookies_language');
  expect(maps).toContain('(fr|nl)');
  const server = readFileSync(join(dir, `nginx/conf.d/${NAME}.conf`), 'utf8');
  expect(server).toContain(`server_name ${HOST};`);
  for (const path of written.filter((path) => path.endsWith('.conf')))
    expect(
      readFileSync(join(dir, 'nginx', path), 'utf8').replaceAll(dir, '<copy>'),
      path,
    ).not.toMatch(ODWB);
});

/** The Namur files as `npm run nginx` wrote them, by path relative to /etc/nginx. */
const namurFiles = () =>
  Object.fromEntries(
    readdirSync(join(dir, 'nginx'), { recursive: true })
      .map(String)
      .filter((path) => path.endsWith('.conf'))
      .map((path) => [path, readFileSync(join(dir, 'nginx', path), 'utf8')]),
  );

nginxSuite()?.('ODWB’s site and this one in one nginx', () => {
  it('load side by side: nginx -t is clean, without a single warning', async () => {
    const prefix = mkdtempSync(join(tmpdir(), 'odwb-two-sites-'));
    try {
      execFileSync(
        'openssl',
        [
          ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1'],
          ...['-subj', '/CN=localhost', '-keyout', join(prefix, 'key.pem')],
          ...['-out', join(prefix, 'cert.pem')],
        ],
        { stdio: 'ignore' },
      );
      const namur = namurFiles();
      const certificate = (body: string) =>
        body
          .replace(/ssl_certificate [^;]*;/, `ssl_certificate ${prefix}/cert.pem;`)
          .replace(/ssl_certificate_key [^;]*;/, `ssl_certificate_key ${prefix}/key.pem;`);
      namur[`conf.d/${NAME}.conf`] = certificate(namur[`conf.d/${NAME}.conf`]!);
      const odwb = nginxFiles({
        base: '/',
        serverName: 'cookies.odwb.be',
        siteDir: inject('distDir'),
        certificate: `${prefix}/cert.pem`,
        certificateKey: `${prefix}/key.pem`,
        styleHashes: await builtStyleHashes(inject('distDir')),
      });
      const args = serverWithBoth(prefix, [odwb, namur]);
      const result = spawnSync(findNginx()!, ['-t', ...args], { encoding: 'utf8' });
      expect(`${result.stdout}${result.stderr}`.replaceAll(prefix, '<prefix>')).toBe(
        `nginx: the configuration file <prefix>/conf/nginx.conf syntax is ok\n` +
          `nginx: configuration file <prefix>/conf/nginx.conf test is successful\n`,
      );
      expect(result.status).toBe(0);
    } finally {
      rmSync(prefix, { recursive: true, force: true });
    }
  });

  it('serves each site from its own dist/ by its host name, on one port', async () => {
    const prefix = mkdtempSync(join(tmpdir(), 'odwb-two-sites-'));
    const port = await freePort();
    const redirectPort = await freePort();
    const namur = namurFiles();
    namur[`conf.d/${NAME}.conf`] = plainListeners(
      namur[`conf.d/${NAME}.conf`]!,
      port,
      redirectPort,
    );
    const odwb = nginxFiles({
      base: '/',
      serverName: 'cookies.odwb.be',
      siteDir: inject('distDir'),
      certificate: '/unused.pem',
      certificateKey: '/unused.key',
      styleHashes: await builtStyleHashes(inject('distDir')),
    });
    odwb[`conf.d/${nginxName}.conf`] = plainListeners(
      odwb[`conf.d/${nginxName}.conf`]!,
      port,
      redirectPort,
    );
    const child = spawn(findNginx()!, serverWithBoth(prefix, [odwb, namur]), { stdio: 'ignore' });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      await until(() => get(port, HOST, '/fr/'));
      const namurPage = await get(port, HOST, '/nl/', 'nl');
      const odwbPage = await get(port, 'cookies.odwb.be', '/de/');
      expect(namurPage.status).toBe(200);
      expect(namurPage.body).toContain('Open Data Namur');
      expect(odwbPage.status).toBe(200);
      expect(odwbPage.body).toMatch(ODWB);
      // Each site's own languages at its root and its own 404 pages.
      expect((await get(port, HOST, '/', 'de, nl;q=0.5')).location).toBe('/nl/');
      expect((await get(port, 'cookies.odwb.be', '/', 'de, nl;q=0.5')).location).toBe('/de/');
      expect((await get(port, HOST, '/de/')).status).toBe(404);
    } finally {
      if (child.exitCode === null && child.pid) process.kill(child.pid, 'SIGTERM');
      await exited;
      rmSync(prefix, { recursive: true, force: true });
    }
  });
});
