// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { basePath, siteUrl } from './src/config/deployment.ts';
import { defaultLocale, isLocale, localeCodes } from './src/config/locales.ts';
import atomicOutDir from './src/integrations/atomic-out-dir.ts';
import builtElements from './src/integrations/built-elements.ts';
import { slugIn } from './src/accessibility/slugs.ts';
import contentCheck from './src/integrations/content-check.ts';
import deploymentSettings from './src/integrations/deployment-settings.ts';
import hostFiles from './src/integrations/host-files.ts';
import pageWeight from './src/integrations/page-weight.ts';
import policyPdf from './src/integrations/policy-pdf.ts';
import precompress from './src/integrations/precompress.ts';

const site = siteUrl();

// The content check hands the pages whether this build prints PDFs, and the PDFs the policy's
// date as the check decided it: each asks the other once both have set up.
const content = contentCheck({ printsPdfs: () => pdfs.prints() });
const pdfs = policyPdf({ policyDate: () => content.policyDate() });
const base = basePath();

/** @param {string} url an absolute page URL from the sitemap */
function sitemapAlternates(url) {
  const root = new URL(base.endsWith('/') ? base : `${base}/`, site).href;
  const [first, ...rest] = url.slice(root.length).split('/');
  const slug = isLocale(first) ? rest.join('/') : '';
  return [
    // The accessibility statement has a word of its own language in each (slugs.ts).
    ...localeCodes.map((lang) => ({ lang, url: `${root}${lang}/${slugIn(slug, lang)}` })),
    { lang: 'x-default', url: root },
  ];
}

export default defineConfig({
  // The settings and the content are checked first, so a bad SITE_URL or BASE_PATH and an
  // incomplete policy stop the build before anything is written.
  integrations: [
    deploymentSettings(),
    content,
    mdx(),
    sitemap({
      // Error pages are not content a search engine should offer.
      filter: (page) => !/\/404(\.html|\/)?$/.test(page),
      // Each page lists its twins in every language and the chooser as x-default. The plugin's
      // own i18n option assumes an unprefixed default locale, which this site does not have.
      serialize: (item) => ({ ...item, links: sitemapAlternates(item.url) }),
    }),
    hostFiles(),
    // Compresses every text file the steps before wrote, while the PDFs print.
    precompress(),
    // Weighs each page as sent (the .gz precompress wrote) and warns an editor near a budget.
    pageWeight(),
    // Prints the PDFs from astro:build:generated on, and waits for them in astro:build:done.
    pdfs,
    // Every built page holds only elements HTML knows (the closed MDX language's last guard).
    builtElements(),
    // Last: dist/ is replaced only once every step above has succeeded.
    atomicOutDir(),
  ],
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  i18n: {
    locales: localeCodes,
    defaultLocale,
    // Every language under its own prefix; `/` is our own neutral language chooser.
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  vite: {
    plugins: [tailwindcss()],
    build: {
      rolldownOptions: {
        // Astro's MDX pipeline marks each page "use astro:head-inject", which rolldown warns it
        // may not keep; Astro handles it. Only that one notice is dropped, so a clean build is
        // quiet and any other warning stands out (tests/src/pages/quiet-build.build.test.ts).
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject'))
            return;
          handler(level, log);
        },
      },
    },
  },
});
