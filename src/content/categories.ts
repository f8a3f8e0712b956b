import categoryList from '../../content/categories.json' with { type: 'json' };

/**
 * The site's categories, in the order the home page and the sidebar list them.
 * The list is data (`content/categories.json`); each category's title and
 * description are in `locales/<lng>/categories.json`.
 */
export const categoryIds = categoryList as readonly string[];

/** Articles on one page of a category listing; longer categories are paged. */
export const CATEGORY_PAGE_SIZE = 20;

/** Articles the sidebar shows under the current category, so a page's size does not grow with the category. */
export const SIDEBAR_ARTICLES = 8;

/** Task links the home page shows for a category. */
export const HOME_TASKS = 8;

/**
 * The articles the sidebar lists under the current category: the first
 * `limit` in order, with the current article in place of the last of them
 * when it would otherwise be left out, so the reader always sees where they are.
 */
export function sidebarSelection<T>(ordered: readonly T[], isCurrent: (item: T) => boolean, limit = SIDEBAR_ARTICLES): T[] {
  if (limit < 1) return [];
  const first = ordered.slice(0, limit);
  if (first.some(isCurrent)) return first;
  const current = ordered.find(isCurrent);
  return current === undefined ? first : [...first.slice(0, limit - 1), current];
}

/**
 * The first tasks of a category for the home page: each article's tasks in
 * article order until `limit` are taken. Articles are read only until then, so
 * the home page costs the same however long the category is.
 */
export function topTasks<A, S>(articles: readonly A[], tasksOf: (article: A) => readonly S[], limit = HOME_TASKS): { article: A; tasks: S[] }[] {
  const taken: { article: A; tasks: S[] }[] = [];
  let left = limit;
  for (const article of articles) {
    if (left <= 0) break;
    const tasks = tasksOf(article).slice(0, left);
    if (tasks.length === 0) continue;
    taken.push({ article, tasks });
    left -= tasks.length;
  }
  return taken;
}
