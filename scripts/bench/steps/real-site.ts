/**
 * The real site, built from a copy of the working tree as it is deployed (with the policy PDFs
 * when a Chromium is found), and every HTML page weighed. The page budgets themselves are tests
 * (tests/build/page-budget.test.ts); here the figures are shown, with brotli and first visits.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkContent } from '../../../src/content-check/index.ts';
import { pageBudgetBytes } from '../budgets.ts';
import { compressionSettings, measureSite } from '../page-weight.ts';
import { bytes, change, seconds, type Table } from '../report/format.ts';
import type { BenchResults } from '../report/results.ts';
import { BenchError, childEnv, coldBuild, countRows, type BenchStep } from '../step.ts';
import { copyProject } from '../workspace.ts';

async function configuredBase(repo: string): Promise<string> {
  const config = (await import(pathToFileURL(join(repo, 'astro.config.mjs')).href)) as {
    default: { base?: string };
  };
  return config.default.base ?? '/';
}

function pageTable(results: BenchResults): Table[] {
  const site = results.site;
  if (!site) return [];
  return [
    {
      title: 'Page weight (bytes; first visit, empty cache)',
      headers: [
        'Page',
        'HTML raw',
        'HTML gz',
        'HTML br',
        'CSS raw',
        'CSS gz',
        'CSS br',
        'JS',
        'Images',
        'Fonts',
        'First visit br',
        'First visit gz',
        'gz HTML+CSS',
        'Budget',
      ],
      align: ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
      rows: site.pages.map((page) => [
        page.page,
        bytes(page.html.raw),
        bytes(page.html.gzip),
        bytes(page.html.brotli),
        bytes(page.css.raw),
        bytes(page.css.gzip),
        bytes(page.css.brotli),
        bytes(page.js.raw),
        bytes(page.images.raw),
        bytes(page.fonts.raw),
        bytes(page.firstVisitBrotli),
        bytes(page.firstVisitGzip),
        bytes(page.budgetBytes),
        page.budgetBytes <= pageBudgetBytes && page.javascript.length === 0
          ? `pass (${((page.budgetBytes / pageBudgetBytes) * 100).toFixed(0)}%)`
          : 'FAIL',
      ]),
      notes: [
        `Compression: ${results.settings.compression}. JS, Images and Fonts are raw bytes.`,
        'First visit = HTML + every stylesheet, script, image and font the page references, compressed with that method (images and fonts as is).',
        'Budget: gzip(HTML) + gzip(CSS) <= 14 KB = 14,336 bytes (one round trip), and no JavaScript; `npm test` enforces it (tests/build/page-budget.test.ts).',
        `Real site: ${site.cookies} cookies, rows rendered per page: ${Object.entries(
          site.rowsRendered,
        )
          .map(([locale, count]) => `${locale} ${count}`)
          .join(', ')}; built once in ${seconds(site.buildMs)}.`,
        ...site.pages.flatMap((page) =>
          page.unresolved.map((url) => `${page.page}: reference not found in the build: ${url}`),
        ),
      ],
    },
  ];
}

export const realSite: BenchStep = {
  name: 'real site',
  async run(context) {
    const { repo, scratch, results, progress } = context;
    const base = await configuredBase(repo);
    const siteDir = copyProject(repo, join(scratch, 'site'));
    progress('building the real site (a copy of the working tree, PDFs if Chromium is found)');
    const build = await coldBuild(context, siteDir, childEnv);
    const cookies = checkContent(siteDir).inventory.cookies.length;
    const rowsRendered = countRows(join(siteDir, 'dist'));
    for (const [locale, count] of Object.entries(rowsRendered)) {
      if (count !== cookies) {
        throw new BenchError(
          `The real site's ${locale} page has ${count} cookie rows, the inventory ${cookies}.`,
        );
      }
    }
    context.site = { distDir: join(siteDir, 'dist'), base };
    const pages = measureSite(context.site.distDir, base);
    results.settings.compression = compressionSettings;
    results.site = {
      buildMs: build.wallMs,
      buildPeakRssBytes: build.peakRssBytes,
      cookies,
      rowsRendered,
      pages,
    };
    progress(`real site built in ${seconds(build.wallMs)}; ${pages.length} pages measured`);
  },
  tables: pageTable,
  compare(results, previous) {
    return (results.site?.pages ?? []).flatMap((page) => {
      const old = previous.site?.pages.find((entry) => entry.page === page.page);
      return old
        ? [
            [
              `${page.page} gz HTML+CSS`,
              bytes(old.budgetBytes),
              bytes(page.budgetBytes),
              change(old.budgetBytes, page.budgetBytes),
            ],
          ]
        : [];
    });
  },
};
