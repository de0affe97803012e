/**
 * `npm run dev` re-checks the content on every edit: a mistake made while the server runs shows
 * in the browser's error overlay with the same words as `npm run check` (a broken interface-string
 * file too), and goes away once fixed;
 * an edit of a page shows on the next load (compiled from the text the check read anew).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
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

/** Reloads the page until the overlay's text passes `test`: the file watcher takes a moment. */
async function overlayOnReload(page: Page, test: (text: string) => boolean): Promise<string> {
  let text = '';
  let status = 0;
  for (let tries = 0; tries < 30; tries++) {
    try {
      const response = await page.goto(`${origin}/fr/`);
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
});
