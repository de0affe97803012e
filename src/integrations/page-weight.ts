/**
 * Weighs every built page as a host sends it (its `.gz` twin, written by precompress.ts) against
 * the budgets of src/config/hosting.ts, and warns the editor when a page nears one or is over:
 * `npm run verify` fails a deployed site over budget, so the build says so first, naming the page,
 * the text that made it heavy and what to shorten. A warning, never a refusal: a heavy policy
 * must still be publishable. Runs after precompress.ts in astro.config.mjs.
 */
import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { budgetWarningShare, firstPaintBudgetBytes, pageBudgetBytes } from '../config/hosting.ts';
import { contentPaths } from '../config/paths.ts';
import { isLocale } from '../config/locales.ts';
import { weighPage, type PageWeight } from '../lib/page-weight.ts';
import { filesIn } from './host-files.ts';

const bytes = (count: number) => count.toLocaleString('en-GB');
const percent = (share: number) => `${Math.round(share * 100)} %`;

/** The MDX file a built page comes from (`de/index.html` → content/policy/de/index.mdx), if any. */
function sourceOf(page: string): string | undefined {
  const [locale, ...rest] = page.split('/');
  if (!isLocale(locale) || rest.join('/') === '404.html') return undefined;
  const slug = rest.slice(0, -1).join('/') || 'index';
  return `${contentPaths.pages}/${locale}/${slug}.mdx`;
}

/** One warning per budget a page reaches `budgetWarningShare` of, saying what an editor can do. */
export function weightWarnings(page: string, weight: PageWeight): string[] {
  const source = sourceOf(page);
  const notContent =
    'Its text comes from the interface strings (src/i18n/ui/) and its style from src/styles/global.css: shorten one of them.';
  const wholeBudget = pageBudgetBytes(weight.cookies);
  const warnings: string[] = [];
  const firstPaintShare = weight.firstPaint / firstPaintBudgetBytes;
  if (firstPaintShare >= budgetWarningShare) {
    warnings.push(
      `dist/${page}: the top of the page (up to its first section heading) takes ${bytes(weight.firstPaint)} bytes as sent, ` +
        `${percent(firstPaintShare)} of the ${bytes(firstPaintBudgetBytes)} a browser gets in its first round trip` +
        `${firstPaintShare > 1 ? ': over, so it paints one round trip later and npm run verify fails' : ''}. ` +
        (source
          ? `Shorten what comes before the first "##" heading in ${source}, or move part of it into a section.`
          : notContent),
    );
  }
  const wholeShare = weight.whole / wholeBudget;
  if (wholeShare >= budgetWarningShare) {
    warnings.push(
      `dist/${page}: ${bytes(weight.whole)} bytes as sent, ${percent(wholeShare)} of the ${bytes(wholeBudget)} ` +
        `allowed for a page listing ${weight.cookies} cookies` +
        `${wholeShare > 1 ? ': over, so npm run verify fails' : ''}. ` +
        (source
          ? `Shorten the policy’s text in ${source}, or the cookies’ texts in ${contentPaths.cookies}.`
          : notContent),
    );
  }
  return warnings;
}

export default function pageWeight(): AstroIntegration {
  return {
    name: 'odwb:page-weight',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir).replace(/\/$/, '');
        const pages = filesIn(out).filter((file) => file.endsWith('.html'));
        const warnings = await Promise.all(
          pages.sort().map(async (page) => {
            const [html, gzipped] = await Promise.all([
              readFile(join(out, page), 'utf8'),
              readFile(join(out, `${page}.gz`)),
            ]);
            return weightWarnings(page, weighPage(html, gzipped, 'gzip'));
          }),
        );
        if (warnings.flat().length > 0)
          logger.warn(
            `Page weight:\n${warnings
              .flat()
              .map((line) => `  - ${line}`)
              .join('\n')}`,
          );
      },
    },
  };
}
