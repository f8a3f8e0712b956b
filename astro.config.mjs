// @ts-check
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { locales, defaultLocale } from './src/i18n/locales.ts';

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

export default defineConfig({
  site,
  outDir: fileURLToPath(outDir),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  i18n: {
    defaultLocale: defaultLocale.code,
    locales: locales.map((locale) => ({ path: locale.path, codes: [locale.code] })),
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: {
    syntaxHighlight: 'prism',
    processor: satteri({ features: { headingAttributes: true } }),
  },
  integrations: [
    mdx(),
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
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
