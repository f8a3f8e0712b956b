// @ts-check
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { locales, defaultLocale } from './src/i18n/locales.ts';
import { outdatedLines, translationReport } from './src/i18n/translation-report.ts';

const site = 'https://actionpack-help.example.org';
const outDir = new URL('./dist/', import.meta.url);

/**
 * A page that tells robots not to index it (archived article, 404, redirects) stays out of the sitemap.
 * @param {string} pageUrl
 */
function isIndexable(pageUrl) {
  const path = new URL(pageUrl).pathname;
  const file = fileURLToPath(new URL(`.${path}index.html`, outDir));
  try {
    return !/<meta name="robots" content="[^"]*noindex/.test(readFileSync(file, 'utf8'));
  } catch {
    return false;
  }
}

/**
 * Fewer, larger files for what every island loads first: Preact with its hooks
 * and JSX runtime in one file, and the small modules the islands need on first
 * load (URL state, translation, the reader's zone and its name, the calendar
 * and zone rules, date-fns-tz) in another; one request each instead of seven on
 * a phone. What loads on first use (the calculator's answer, the walkthrough's
 * flows, the time-zone list, the calendar file) keeps its own chunks.
 */
const preactRuntime = /\/node_modules\/preact\//;
const islandCore = /\/src\/(islands\/(url-state|translate)|i18n\/(device-zone|zone-names)|rules\/(time-zone|calendar-date|errors))\.ts$|\/node_modules\/date-fns-tz\//;

/**
 * Prints every translation that is behind its English original or missing,
 * as `npm run i18n:status` does. It does not stop the build: the page shows
 * its readers a notice instead, so an English fix can ship at once.
 * @type {import('astro').AstroIntegration}
 */
const translationStatus = {
  name: 'translation-status',
  hooks: {
    'astro:config:done': ({ config, logger }) => {
      const outdated = outdatedLines(translationReport(fileURLToPath(config.root)));
      for (const line of outdated) logger.warn(line);
      if (outdated.length === 0) logger.info('every translation is up to date');
    },
  },
};

export default defineConfig({
  site,
  outDir: fileURLToPath(outDir),
  trailingSlash: 'always',
  // The content store in the project's own folder, not in node_modules: the test and benchmark copies of
  // the project share node_modules and build at the same time, and must not read each other's articles.
  cacheDir: './.cache/astro/',
  build: { format: 'directory', inlineStylesheets: 'always' },
  vite: {
    environments: {
      client: { build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'preact', test: preactRuntime }, { name: 'island-core', test: islandCore }] } } } } },
    },
  },
  i18n: {
    defaultLocale: defaultLocale.code,
    locales: locales.map((locale) => ({ path: locale.path, codes: [locale.code] })),
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // Articles are rendered by src/content/render-article.ts; no Markdown goes through Astro's own pipeline, so it loads no highlighter.
  markdown: { syntaxHighlight: false },
  integrations: [
    translationStatus,
    preact(),
    sitemap({
      filter: isIndexable,
      i18n: {
        defaultLocale: defaultLocale.path,
        locales: Object.fromEntries(locales.map((locale) => [locale.path, locale.code])),
      },
    }),
  ],
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
