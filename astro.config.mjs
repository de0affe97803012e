// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defaultLocale, localeCodes } from './src/config/locales.ts';
import checkContent from './src/integrations/check-content.ts';

export default defineConfig({
  // The check runs first, so an incomplete policy stops the build before anything is written.
  integrations: [checkContent(), mdx()],
  site: process.env.SITE_URL || 'https://cookies.odwb.be',
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  i18n: {
    locales: localeCodes,
    defaultLocale,
    // Every language under its own prefix; `/` is our own neutral language chooser.
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  vite: { plugins: [tailwindcss()] },
});
