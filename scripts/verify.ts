// `npm run verify -- <url> [--json]`: checks a deployed copy of the site from outside, as the tests
// check the generated nginx configuration: security headers on each kind of response, the language
// redirect, 404s per language, types and charsets, compression, page weight, caching, links
// and the pages in Chromium. Exit 0 when all is well, 1 when something falls short, 2 when the
// check cannot run (one sentence says what to do). See scripts/hosting/README.md.
import { parseArgs } from 'node:util';
import { localeCodes } from '../src/config/locales.ts';
import {
  cachingCheck,
  collect,
  compressionCheck,
  languageRedirectCheck,
  MISSING,
  notFoundCheck,
  pageWeightCheck,
  securityHeadersCheck,
  typesCheck,
  weighPages,
} from './verify/checks.ts';
import { findChromium } from '../src/lib/chromium.ts';
import { browserCheck, NO_BROWSER } from './verify/browser.ts';
import { CannotRun, UntrustedCertificate } from './verify/http.ts';
import { defaultSiteUrl } from '../src/config/deployment.ts';
import { linksCheck } from './verify/links.ts';
import { textReport, type VerifyResult } from './verify/report.ts';

const USAGE = `Give the deployed site’s address: npm run verify -- ${new URL(defaultSiteUrl).href} [--json]`;

const HELP = `Usage: npm run verify -- <url> [--json]

Checks the site deployed at <url> from outside: security headers on each kind of response, the
language redirect, 404s per language, types and charsets, compression, page weight,
caching, links and the pages in Chromium.
  --json   print the results as JSON instead of text
  --help   print this text
Exit 0 when all is well, 1 when something falls short, 2 when the check cannot run.`;

export async function verify(url: string): Promise<VerifyResult> {
  // Said before anything is fetched: a run that cannot finish should not take minutes to say so.
  if (!findChromium()) throw new CannotRun(NO_BROWSER);
  const root = url.endsWith('/') ? url : `${url}/`;
  const site = await collect(root);
  const weights = weighPages(site);
  const checks = [
    securityHeadersCheck(site),
    await languageRedirectCheck(site),
    notFoundCheck(site),
    typesCheck(site),
    compressionCheck(site),
    pageWeightCheck(weights),
    cachingCheck(site),
    await linksCheck(root),
    await browserCheck([
      root,
      ...localeCodes.map((code) => `${root}${code}/`),
      ...localeCodes.map((code) => `${root}${code}/${MISSING}/`),
    ]),
  ];
  return { url: root, pass: checks.every((check) => check.pass), checks, pageWeights: weights };
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    console.error(`${(error as Error).message}. ${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(HELP);
    return 0;
  }
  const [url, ...extra] = parsed.positionals;
  if (!url || extra.length > 0 || !/^https?:\/\/[^/]/.test(url)) {
    console.error(USAGE);
    return 2;
  }
  try {
    const result = await verify(url);
    process.stdout.write(
      parsed.values.json ? `${JSON.stringify(result, null, 2)}\n` : textReport(result),
    );
    return result.pass ? 0 : 1;
  } catch (error) {
    if (error instanceof CannotRun) {
      console.error(
        error.message.startsWith('No Chromium') || error instanceof UntrustedCertificate
          ? error.message
          : `Cannot reach the site (${error.message}): check the address and that this machine can reach it, then run npm run verify again.`,
      );
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main();
