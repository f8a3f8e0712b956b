import type { Locale, LocalePath } from './locales.ts';

/** Site-relative URL of a locale's home page, e.g. `/zh-cn/`. */
export function homeUrl(localePath: LocalePath): string {
  return `/${localePath}/`;
}

/** Site-relative URL of an article in a locale, e.g. `/de/buy-or-renew-action-pack/`. */
export function articleUrl(localePath: LocalePath, slug: string): string {
  return `/${localePath}/${slug}/`;
}

/**
 * Language-neutral address of an article, e.g. `/buy-or-renew-action-pack/`:
 * the web server (or, on a host without negotiation, the page's script) opens
 * it in the reader's language, so a support agent can send it to anyone.
 */
export function permalinkUrl(slug: string): string {
  return `/${slug}/`;
}

/** The localized "page not found" page. */
export function notFoundUrl(localePath: LocalePath): string {
  return `/${localePath}/404/`;
}

/** A Partner Center article on Microsoft Learn in the reader's language. */
export function learnUrl(locale: Locale, page: string): string {
  return `https://learn.microsoft.com/${locale.learnPath}/partner-center/${page}`;
}

/**
 * Microsoft Learn's benefits FAQ in the reader's language: the page the later
 * sources name for the offers Microsoft recommends instead of Action Pack.
 */
export function recommendationUrl(locale: Locale): string {
  return learnUrl(locale, 'benefits/benefits-faq-new');
}

/** Site-relative URL of a page of a category's article list, e.g. `/de/category/subscription/` or `…/subscription/2/`. */
export function categoryUrl(localePath: LocalePath, categoryId: string, page = 1): string {
  return page === 1 ? `/${localePath}/category/${categoryId}/` : `/${localePath}/category/${categoryId}/${page}/`;
}
