/**
 * i18next-cli's view of the project, for `npm run i18n:keys`: every key the
 * code uses must exist in English, and every English key must be used.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { defineConfig, type Plugin } from 'i18next-cli';
import { defaultLocale, localePaths } from './src/i18n/locales.ts';
import { astroAsScript, withNamespace } from './scripts/i18n-key-sources.ts';

/**
 * The namespace each island file's translation calls read. An island gets one
 * namespace as data (see src/i18n/island-messages.ts), so its keys carry none;
 * a file missing here has its keys looked up in `common`, and the check fails.
 */
const islandNamespaces: Record<string, Record<string, Record<string, number>>> = JSON.parse(readFileSync(new URL('./src/islands/namespaces.json', import.meta.url), 'utf8'));

const projectSources: Plugin = {
  name: 'project-sources',
  onLoad(code, file) {
    const path = relative(process.cwd(), file);
    if (path.endsWith('.astro')) return astroAsScript(code);
    const islands = islandNamespaces[path];
    if (!islands) return undefined;
    return Object.entries(islands).reduce((text, [namespace, calls]) => withNamespace(text, namespace, calls), code);
  },
};

export default defineConfig({
  locales: [...localePaths],
  extract: {
    input: ['src/**/*.{ts,tsx,astro}'],
    output: 'locales/{{language}}/{{namespace}}.json',
    primaryLanguage: defaultLocale.path,
    defaultNS: 'common',
    functions: ['t', '*.t'],
    extractFromComments: false,
    removeUnusedKeys: true,
    // Keys named by data, which no parser can follow: category ids (content/categories.json),
    // walkthrough screens (src/rules/walkthrough.ts), glossary labels (the articles' <Label k>),
    // and the search's plural forms, picked by the browser's Intl.PluralRules.
    preservePatterns: ['categories:*.title', 'categories:*.description', 'walkthrough:nodes.*', 'glossary:*', 'common:search.results_*', 'common:retirement.retiredNames.*'],
  },
  plugins: [projectSources],
});
