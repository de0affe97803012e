/**
 * A portal in French only, from the second portal's fixture (tests/fixtures/portals/namur/) and
 * `npm run init -- --languages fr`: no other change, and the site has one language everywhere,
 * without a trace of Dutch, English or German in its pages, exports or sitemap.
 */
import { execFile } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { attributes, elements, parseHtml, parseXml, textOf } from '../../src/lib/html.ts';
import { buildSite, inheritedEnv } from '../support/build-site.ts';
import { copyProject } from '../support/copy-project.ts';
import { scriptFile } from '../support/npm-script.ts';

const run = promisify(execFile);
const fixture = fileURLToPath(new URL('../fixtures/portals/namur/', import.meta.url));
const ADDRESS = 'https://cookies.ville.example';

let dir: string;
let remove: () => void;
let dist: string;
let check = '';

async function npmRun(name: string, ...args: string[]) {
  const { stdout, stderr } = await run(process.execPath, [scriptFile(name), ...args], {
    cwd: dir,
    env: { ...inheritedEnv(), NO_COLOR: '1' },
  });
  return `${stdout}${stderr}`;
}

beforeAll(async () => {
  ({ dir, remove } = copyProject());
  cpSync(fixture, dir, { recursive: true });
  rmSync(join(dir, 'README.md'));
  // The fixture's Dutch texts go with the languages init leaves out.
  await npmRun('init', '--languages', 'fr', '--address', ADDRESS, '--deployment-name', 'ville');
  await npmRun('policy:version', '--summary', 'Première version publiée de cette politique.');
  check = await npmRun('check');
  dist = join(dir, 'dist');
  const build = await buildSite({ root: dir, outDir: dist });
  if (build.code !== 0) throw new Error(`The French-only portal does not build:\n${build.output}`);
}, 240_000);

afterAll(() => remove?.());

const text = (path: string) => readFileSync(join(dist, path), 'utf8');

it('checks with no translation left to do, and builds French only', () => {
  expect(check).toContain('every text in every language.');
  expect(check).not.toContain('Translations behind the French');
  const folders = readdirSync(dist, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== '_astro')
    .map((entry) => entry.name);
  expect(folders).toEqual(['fr']);
});

it('has no other language in its pages, exports and sitemap', () => {
  for (const path of ['index.html', '404.html', 'fr/index.html', 'fr/404.html']) {
    const page = parseHtml(text(path));
    for (const lang of attributes(elements(page, '*', { lang: true }), 'lang'))
      expect(['fr', 'mul'], `${path}: lang="${lang}"`).toContain(lang.split('-')[0]);
    for (const lang of attributes(elements(page, '*', { hreflang: true }), 'hreflang'))
      expect(['fr', 'x-default'], `${path}: hreflang="${lang}"`).toContain(lang);
    expect(textOf(page), path).not.toMatch(/Nederlands|English|Deutsch/);
  }
  // One language: no switcher offering only the page itself.
  expect(
    elements(parseHtml(text('fr/index.html')), 'nav', {
      class: (value) => value.includes('language-switcher'),
    }),
  ).toEqual([]);
  expect(Object.keys(JSON.parse(text('cookies.json')).authority.address)).toEqual(['fr']);
  expect(JSON.parse(text('cookies.json')).locales).toEqual(['fr']);
  const locs = elements(parseXml(text('sitemap-0.xml')), 'loc').map((loc) => textOf(loc));
  expect(locs).toEqual(expect.arrayContaining([`${ADDRESS}/`, `${ADDRESS}/fr/`]));
  for (const loc of locs) expect(loc, loc).toMatch(new RegExp(`^${ADDRESS}/(fr/.*)?$`));
});
