import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { isLocalePath, type LocalePath } from '../i18n/locales.ts';
import { categoryIds } from './categories.ts';
import { renderArticle, type RenderedArticle } from './render-article.ts';
import { translatedArticleState } from '../i18n/translation-report.ts';
import type { TranslationState } from '../i18n/translation-status.ts';

export type Article = CollectionEntry<'articles'>;

/** Splits an entry id (`zh-cn/buy-or-renew-action-pack`) into its locale folder and slug. */
export function articleKey(article: Article): { localePath: LocalePath; slug: string } {
  const [localePath, slug, ...rest] = article.id.split('/');
  if (!localePath || !slug || rest.length > 0 || !isLocalePath(localePath)) {
    throw new Error(`content/articles/${article.id}.mdx: articles must live at content/articles/<locale>/<slug>.mdx`);
  }
  return { localePath, slug };
}

function byOrder(a: Article, b: Article): number {
  return a.data.order - b.data.order || a.id.localeCompare(b.id);
}

interface LocaleArticles {
  /** Every article of the locale, by category, each list in order. */
  byCategory: Map<string, Article[]>;
  bySlug: Map<string, Article>;
}

/**
 * Built once per locale and kept for the whole build: every page's sidebar
 * reads it, and filtering the whole collection per page would make the build
 * quadratic in the number of articles.
 */
const localeArticles = new Map<LocalePath, Promise<LocaleArticles>>();

function indexLocale(localePath: LocalePath): Promise<LocaleArticles> {
  let index = localeArticles.get(localePath);
  if (!index) {
    index = getCollection('articles').then((all) => {
      const byCategory = new Map<string, Article[]>(categoryIds.map((id) => [id, []]));
      const bySlug = new Map<string, Article>();
      for (const article of all) {
        const key = articleKey(article);
        if (key.localePath !== localePath) continue;
        byCategory.get(article.data.category)!.push(article);
        bySlug.set(key.slug, article);
      }
      for (const list of byCategory.values()) list.sort(byOrder);
      return { byCategory, bySlug };
    });
    localeArticles.set(localePath, index);
  }
  return index;
}

/** The articles of one category in one locale, in order. */
export async function articlesInCategory(localePath: LocalePath, categoryId: string): Promise<readonly Article[]> {
  return (await indexLocale(localePath)).byCategory.get(categoryId) ?? [];
}

/** The categories of a locale that have articles, in the site's order, each with its articles. */
export async function categoriesIn(localePath: LocalePath): Promise<{ id: string; articles: readonly Article[] }[]> {
  const { byCategory } = await indexLocale(localePath);
  return categoryIds.map((id) => ({ id, articles: byCategory.get(id) ?? [] })).filter((category) => category.articles.length > 0);
}

/** The same article in another locale; every article exists in every locale (a unit test checks it). */
export async function articleIn(localePath: LocalePath, slug: string): Promise<Article> {
  const match = (await indexLocale(localePath)).bySlug.get(slug);
  if (!match) throw new Error(`content/articles/${localePath}/${slug}.mdx is missing`);
  return match;
}

/**
 * The article's HTML and headings, rendered from its file. Astro builds from
 * the project root, which the file path is relative to.
 */
export function renderedOf(article: Article): RenderedArticle {
  const { localePath } = articleKey(article);
  const file = article.filePath;
  if (!file) throw new Error(`Article "${article.id}" has no file path; articles come from the article loader`);
  return renderArticle(readFileSync(file, 'utf8'), file, localePath);
}

/** A translation's state against the English as it reads now (the build runs from the project root); undefined for an original. */
export function translationStateOf(article: Article): TranslationState | undefined {
  if (article.data.translation.kind !== 'translation') return undefined;
  const { localePath, slug } = articleKey(article);
  return translatedArticleState('.', localePath, slug);
}

/**
 * Sections that are reading aids rather than tasks a partner came to do; the
 * home page's task list leaves them out.
 */
const navigationalSections = new Set(['next-steps', 'related-topics']);

export function taskSections<T extends { depth: number; slug: string }>(headings: readonly T[]): T[] {
  return headings.filter((heading) => (heading.depth === 2 || heading.depth === 3) && !navigationalSections.has(heading.slug));
}
