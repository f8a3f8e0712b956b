import { getCollection, type CollectionEntry } from 'astro:content';
import { isLocalePath, type LocalePath } from '../i18n/locales.ts';

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

/** The articles of one locale, in sidebar order. */
export async function articlesIn(localePath: LocalePath): Promise<Article[]> {
  const all = await getCollection('articles');
  return all.filter((article) => articleKey(article).localePath === localePath).sort(byOrder);
}

/** The same article in another locale; every article exists in every locale (a unit test checks it). */
export async function articleIn(localePath: LocalePath, slug: string): Promise<Article> {
  const all = await getCollection('articles');
  const match = all.find((article) => article.id === `${localePath}/${slug}`);
  if (!match) throw new Error(`content/articles/${localePath}/${slug}.mdx is missing`);
  return match;
}

/**
 * Sections that are reading aids rather than tasks a partner came to do; the
 * home page's task list leaves them out.
 */
const navigationalSections = new Set(['next-steps', 'related-topics']);

export function taskSections<T extends { depth: number; slug: string }>(headings: readonly T[]): T[] {
  return headings.filter((heading) => (heading.depth === 2 || heading.depth === 3) && !navigationalSections.has(heading.slug));
}
