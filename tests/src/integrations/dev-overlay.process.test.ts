/**
 * `npm run dev` re-checks the content on every edit: a mistake made while the server runs shows
 * in the browser's error overlay with the same words as `npm run check` (a broken interface-string
 * file too), and goes away once fixed;
 * an edit of a page shows on the next load (compiled from the text the check read anew).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../../../src/lib/chromium.ts';
import { projectRoot } from '../../support/build-site.ts';
import { copyProject } from '../../support/copy-project.ts';
import { describeWithBrowser } from '../../support/describe-with-browser.ts';

const astroCli = join(projectRoot, 'node_modules/astro/bin/astro.mjs');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

let copy: ReturnType<typeof copyProject>;
let dev: ChildProcess;
let browser: ChromiumSession;
let origin = '';
let log = '';

const overlayText = `document.querySelector('vite-error-overlay')?.shadowRoot
  ?.querySelector('#message-content')?.textContent ?? ''`;

/** Waits until astro dev has printed a line matching `pattern` after `from` characters of its log. */
async function printed(pattern: RegExp, from: number): Promise<string> {
  for (let tries = 0; tries < 300; tries++) {
    if (pattern.test(log.slice(from))) return log.slice(from);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`astro dev never printed ${pattern}; it printed:\n${log.slice(from)}`);
}

/** Reloads the page until the overlay's text passes `test`: the file watcher takes a moment. */
async function overlayOnReload(
  page: Page,
  test: (text: string) => boolean,
  path = '/fr/',
): Promise<string> {
  let text = '';
  let status = 0;
  for (let tries = 0; tries < 30; tries++) {
    try {
      const response = await page.goto(`${origin}${path}`);
      // Astro answers a failed render with 500 and a page whose scripts then draw the overlay.
      status = response?.status() ?? 0;
      if (status === 500) {
        await page.waitForSelector('vite-error-overlay', { state: 'attached', timeout: 15_000 });
      }
      text = (await page.evaluate(overlayText)) as string;
      if (test(text)) return text;
    } catch {
      // The dev server reloaded the page on an edit while it was being read: read it again.
    }
    await page.waitForTimeout(1000);
  }
  throw new Error(
    `The overlay never matched; it read "${text}" (HTTP ${status}). astro dev printed:\n${log}`,
  );
}

describeWithBrowser('npm run dev', () => {
  beforeAll(async () => {
    copy = copyProject();
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    dev = spawn(
      process.execPath,
      [astroCli, 'dev', '--root', copy.dir, '--host', '127.0.0.1', '--port', String(port)],
      // A clean environment: Vitest's own variables (VITEST, NODE_ENV, Astro's SITE...) change how astro dev serves.
      {
        cwd: copy.dir,
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          ASTRO_TELEMETRY_DISABLED: '1',
          NO_COLOR: '1',
        },
      },
    );
    dev.stdout?.on('data', (chunk) => (log += chunk));
    dev.stderr?.on('data', (chunk) => (log += chunk));
    const started = Date.now();
    while (!/ready in/.test(log)) {
      if (Date.now() - started > 60_000) throw new Error(`astro dev did not start:\n${log}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    // The pages carry a strict CSP; the test reads the overlay with evaluated code.
    browser = await launchChromium({ bypassCSP: true });
  });

  afterAll(async () => {
    await browser?.close();
    dev?.kill();
    copy?.remove();
  });

  it('shows a content mistake in the error overlay, and drops it once fixed', async () => {
    const page = await browser.context.newPage();
    expect(await overlayOnReload(page, (text) => text === '')).toBe('');

    const cookies = join(copy.dir, 'content/cookies.yaml');
    const original = readFileSync(cookies, 'utf8');
    const broken = original.replace(/(name: csrftoken\n  provider: )opendatasoft/, '$1acme');
    writeFileSync(cookies, broken);
    const line = broken.slice(0, broken.indexOf('provider: acme')).split('\n').length;
    const shown = await overlayOnReload(page, (text) => text.includes('cannot be published'));
    expect(shown).toContain(
      `content/cookies.yaml: line ${line}: cookie "csrftoken": provider "acme" is not listed in content/providers.yaml. Use one of its ids (opendatasoft), or add the provider there.`,
    );

    writeFileSync(cookies, original);
    await overlayOnReload(page, (text) => text === '');
    // The check reads the fixed file and hands it over: the row comes back.
    let rows = 0;
    for (let tries = 0; tries < 30 && rows === 0; tries++) {
      await page.goto(`${origin}/fr/`).catch(() => undefined);
      rows = await page.locator('#cookie-csrftoken').count();
      if (rows === 0) await page.waitForTimeout(1000);
    }
    expect(rows).toBeGreaterThan(0);
    await page.close();
  });

  it('shows a broken interface-string file in the overlay in the check’s words, not Vite’s', async () => {
    const page = await browser.context.newPage();
    const dutch = join(copy.dir, 'src/i18n/ui/nl.json');
    const original = readFileSync(dutch, 'utf8');
    writeFileSync(dutch, original.replace(/("site\.skipLink": )"([^"]*)"/, '$1$2'));
    const shown = await overlayOnReload(page, (text) => text.includes('cannot be published'));
    expect(shown).toContain('src/i18n/ui/nl.json: the JSON cannot be read (');
    expect(shown).toContain(
      'Fix the syntax: keys and texts in double quotes, commas between entries.',
    );
    // Vite's JSON plugin would have said "expected value at line 2 column 20", with a stack trace.
    expect(shown).not.toMatch(/expected value|\bat \[object Object\]/);

    writeFileSync(dutch, original);
    expect(await overlayOnReload(page, (text) => text === '')).toBe('');
    await page.close();
  });

  it('refuses a folder made for a language the site does not have, and forgets it once removed', async () => {
    const page = await browser.context.newPage();
    const spanish = join(copy.dir, 'content/policy/es');
    mkdirSync(spanish);
    const shown = await overlayOnReload(page, (text) => text.includes('cannot be published'));
    expect(shown).toContain(
      'content/policy/es: "es" is not a language of the site (fr, en, nl, de). Move its pages into one of those folders.',
    );
    rmdirSync(spanish);
    expect(await overlayOnReload(page, (text) => text === '')).toBe('');
    await page.close();
  });

  it('shows an edit of a policy page once saved, compiled from what the check read', async () => {
    const page = await browser.context.newPage();
    const french = join(copy.dir, 'content/policy/fr/index.mdx');
    const original = readFileSync(french, 'utf8');
    const edited = original.replace(/\n\n([^\n<]+)/, '\n\nUne phrase ajoutée en direct. $1');
    expect(edited).not.toBe(original);
    writeFileSync(french, edited);
    let text = '';
    for (let tries = 0; tries < 30 && !text.includes('Une phrase ajoutée en direct.'); tries++) {
      await page.goto(`${origin}/fr/`).catch(() => undefined);
      text =
        (await page
          .locator('main')
          .textContent()
          .catch(() => '')) ?? '';
      if (!text.includes('Une phrase ajoutée en direct.')) await page.waitForTimeout(1000);
    }
    writeFileSync(french, original);
    expect(text).toContain('Une phrase ajoutée en direct.');
    await page.close();
  });

  it('re-checks once for a saved content file, and not for an editor’s temporary files', async () => {
    // The earlier tests' last edits are printed first.
    let from = -1;
    while (from !== log.length) {
      from = log.length;
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
    // What vim, Emacs, sed -i and other editors write beside the file they save.
    const temporary = [
      'src/i18n/ui/sedrortAT',
      'content/.cookies.yaml.swp',
      'content/cookies.yaml~',
      'content/.#cookies.yaml',
      'content/4913',
    ];
    for (const path of temporary) writeFileSync(join(copy.dir, path), 'x');
    // Kept a moment, as an editor keeps them while the file is open: the watcher sees each.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    for (const path of temporary) rmSync(join(copy.dir, path));
    const cookies = join(copy.dir, 'content/cookies.yaml');
    writeFileSync(cookies, readFileSync(cookies, 'utf8'));
    const printedSince = await printed(/content\/cookies\.yaml changed/, from);
    // Give the watcher time for any late event before counting.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(log.slice(from).match(/changed/g), log.slice(from)).toHaveLength(1);
    expect(printedSince).toContain('content/cookies.yaml changed; the content check passes.');
    expect(log.slice(from)).not.toMatch(/sedrortAT|\.swp|cookies\.yaml~|\.#cookies|4913/);
  });

  it('asks for a restart, in the overlay and the terminal, once the site’s languages change', async () => {
    const page = await browser.context.newPage();
    const siteYaml = join(copy.dir, 'content/site.yaml');
    const siteJson = join(copy.dir, 'src/config/site.json');
    const [yaml, json] = [readFileSync(siteYaml, 'utf8'), readFileSync(siteJson, 'utf8')];
    const without = yaml.replace(/^languages: \[fr, nl, de, en\]$/m, 'languages: [fr, nl, en]');
    expect(without).not.toBe(yaml);
    const from = log.length;
    writeFileSync(siteYaml, without);
    // `npm run schemas` writes src/config/site.json, which Astro's configuration imports: it restarts.
    const schemas = spawnSync(process.execPath, ['scripts/schemas.ts'], {
      cwd: copy.dir,
      encoding: 'utf8',
    });
    expect(schemas.status, schemas.stderr).toBe(0);
    const message =
      'content/site.yaml changed the site’s languages (fr, nl, de, en → fr, nl, en): stop `npm run dev` and start it again.';
    // The page of the dropped language shows the fix, not a stack trace of a half-changed site.
    // The overlay shows `npm run dev` as code, without its backticks.
    const shown = await overlayOnReload(page, (text) => text.includes('start it again'), '/de/');
    expect(shown).toBe(
      `The cookie policy cannot be published: 1 problem found.\n  - ${message.replaceAll('`', '')}`,
    );
    expect(shown).not.toMatch(/TypeError|reading 'href'/);
    expect(await printed(/start it again/, from)).toContain(message);
    expect(log.slice(from)).not.toMatch(/TypeError/);

    writeFileSync(siteYaml, yaml);
    writeFileSync(siteJson, json);
    expect(await overlayOnReload(page, (text) => text === '', '/de/')).toBe('');
    await page.close();
  });
});
