import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { calendarDayOf, splitFrontMatter, withTranslationMark } from '../content/front-matter.ts';
import { defaultLocale, locales, type Locale } from './locales.ts';
import { articleState, articleText, markNamespace, namespaceState, sourceHash, type Json, type KeyStates, type NamespaceMarks, type TranslationState } from './translation-status.ts';

/**
 * The translation status of a project tree, read from its files: every
 * article and every `locales/` namespace in every language, against English.
 * Used by `npm run i18n:status`, `npm run i18n:mark` and the build's report.
 */

export interface ArticleRow {
  locale: Locale;
  slug: string;
  status: TranslationState;
}

export interface NamespaceRow {
  locale: Locale;
  namespace: string;
  status: KeyStates;
}

export interface TranslationReport {
  articles: ArticleRow[];
  namespaces: NamespaceRow[];
}

export const articlePath = (localePath: string, slug: string) => join('content', 'articles', localePath, `${slug}.mdx`);
export const namespacePath = (localePath: string, namespace: string) => join('locales', localePath, `${namespace}.json`);
/** Beside, not inside, `locales/<path>/`, so it is never loaded as a namespace. */
export const marksPath = (localePath: string) => join('locales', `${localePath}.marks.json`);

export interface ArticleFile {
  title: string;
  description: string;
  updated: string;
  translation?: { source?: string; reviewed?: string };
  body: string;
}

const calendarDay = (value: unknown): string => String(calendarDayOf(value) ?? '');

export function readArticleFile(root: string, localePath: string, slug: string): ArticleFile | undefined {
  const file = articlePath(localePath, slug);
  if (!existsSync(join(root, file))) return undefined;
  const { fields, body } = splitFrontMatter(readFileSync(join(root, file), 'utf8'), file);
  const translation = fields.translation as { kind?: string; source?: string; reviewed?: unknown } | undefined;
  return {
    title: String(fields.title ?? ''),
    description: String(fields.description ?? ''),
    updated: calendarDay(fields.updated),
    ...(translation?.kind === 'translation' ? { translation: { ...(translation.source ? { source: translation.source } : {}), reviewed: calendarDay(translation.reviewed) } } : {}),
    body,
  };
}

/** The English text a translation of `slug` is measured against. */
export function englishText(root: string, slug: string): { text: string; updated: string } {
  const english = readArticleFile(root, defaultLocale.path, slug);
  if (!english) throw new Error(`${articlePath(defaultLocale.path, slug)} is missing`);
  return { text: articleText(english, english.body), updated: english.updated };
}

/** Records that a translation was reviewed on `reviewed` against the English as it reads now. */
export function markArticle(root: string, localePath: string, slug: string, reviewed: string): string {
  const file = articlePath(localePath, slug);
  const source = readFileSync(join(root, file), 'utf8');
  writeFileSync(join(root, file), withTranslationMark(source, file, { reviewed, source: sourceHash(englishText(root, slug).text) }));
  return file;
}

/**
 * Records that `namespaces` of a language were reviewed on `reviewed` against
 * the English keys as they read now, in `locales/<path>.marks.json`, and
 * returns the namespace files marked.
 */
export function markNamespaces(root: string, localePath: string, namespaces: readonly string[], reviewed: string): string[] {
  const marks = readMarks(root, localePath);
  for (const namespace of namespaces) {
    const translation = readJson(root, namespacePath(localePath, namespace));
    if (!translation) throw new Error(`${namespacePath(localePath, namespace)} is missing`);
    marks[namespace] = markNamespace(readJson(root, namespacePath(defaultLocale.path, namespace))!, translation, reviewed);
  }
  const sorted = Object.fromEntries(Object.entries(marks).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(join(root, marksPath(localePath)), `${JSON.stringify(sorted, null, 2)}\n`);
  return namespaces.map((namespace) => namespacePath(localePath, namespace));
}

export function translatedArticleState(root: string, localePath: string, slug: string): TranslationState {
  const translation = readArticleFile(root, localePath, slug);
  if (!translation) return { state: 'missing' };
  const { source, reviewed } = translation.translation ?? {};
  return articleState(englishText(root, slug), { source: source ?? '', reviewed: reviewed ?? '' });
}

export function readJson<T = { [key: string]: Json }>(root: string, file: string): T | undefined {
  return existsSync(join(root, file)) ? (JSON.parse(readFileSync(join(root, file), 'utf8')) as T) : undefined;
}

export function readMarks(root: string, localePath: string): Record<string, NamespaceMarks> {
  return readJson<Record<string, NamespaceMarks>>(root, marksPath(localePath)) ?? {};
}

export const englishSlugs = (root: string) =>
  readdirSync(join(root, 'content', 'articles', defaultLocale.path))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.replace(/\.mdx$/, ''))
    .sort();

export const englishNamespaces = (root: string) =>
  readdirSync(join(root, 'locales', defaultLocale.path))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.replace(/\.json$/, ''))
    .sort();

export function translationReport(root: string): TranslationReport {
  const translations = locales.filter((locale) => locale !== defaultLocale);
  const articles = translations.flatMap((locale) => englishSlugs(root).map((slug) => ({ locale, slug, status: translatedArticleState(root, locale.path, slug) })));
  const namespaces = translations.flatMap((locale) => {
    const marks = readMarks(root, locale.path);
    return englishNamespaces(root).map((namespace) => ({
      locale,
      namespace,
      status: namespaceState(readJson(root, namespacePath(defaultLocale.path, namespace))!, readJson(root, namespacePath(locale.path, namespace)), marks[namespace]),
    }));
  });
  return { articles, namespaces };
}

function articleCell(status: TranslationState): string {
  if (status.state !== 'stale') return status.state;
  return status.since ? `stale (English updated ${status.since})` : 'stale (English changed, date not updated)';
}

function namespaceCell({ missing, stale, since }: KeyStates): string {
  const parts = [];
  if (missing.length > 0) parts.push(`missing ${missing.length}: ${missing.join(', ')}`);
  if (stale.length > 0) parts.push(`stale ${stale.length} ${since ? `(marked ${since})` : '(never marked)'}: ${stale.join(', ')}`);
  return parts.length > 0 ? parts.join('; ') : 'up to date';
}

/** The report as two tables: locale × article and locale × namespace. */
export function formatReport({ articles, namespaces }: TranslationReport): string {
  const table = (header: string, rows: [string, string, string][]) =>
    [`| locale | ${header} | status |`, '|---|---|---|', ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
  return [
    table('article', articles.map(({ locale, slug, status }) => [locale.path, slug, articleCell(status)])),
    table('namespace', namespaces.map(({ locale, namespace, status }) => [locale.path, namespace, namespaceCell(status)])),
  ].join('\n\n');
}

/** One line per translation that is not up to date, for the build's log. */
export function outdatedLines({ articles, namespaces }: TranslationReport): string[] {
  return [
    ...articles.filter(({ status }) => status.state !== 'up to date').map(({ locale, slug, status }) => `${articlePath(locale.path, slug)}: ${articleCell(status)}`),
    ...namespaces
      .filter(({ status }) => status.missing.length + status.stale.length > 0)
      .map(({ locale, namespace, status }) => `${namespacePath(locale.path, namespace)}: ${namespaceCell(status)}`),
  ];
}
