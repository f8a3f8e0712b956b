/**
 * Which of the site's languages a reader gets: the browser chooser
 * (`src/scripts/preferred-locale.ts`) and the web server's redirect (nginx
 * runs these same functions, see `src/server/nginx-config.ts`) both use them.
 * They are self-contained on purpose: the server configuration embeds their
 * source, so they may use no import and only the JavaScript nginx's njs runs
 * (no destructuring, spread or optional chaining).
 */

/**
 * The cookie that carries the language a reader picked on the site, so the
 * server's redirect honours it as the browser's chooser does. Named for this
 * site, so another site on the same domain cannot set it by accident; nginx
 * reads it as a variable, so it has no hyphen.
 */
export const LANGUAGE_COOKIE = 'help_site_locale';

/** The site's locales as negotiation needs them. */
export interface LocaleTag {
  code: string;
  path: string;
}

/**
 * The language ranges of an `Accept-Language` header in the reader's order of
 * preference: highest quality first, header order between equals. Ranges with
 * `q=0` (not acceptable) and `*` are dropped; a malformed quality counts as 1.
 */
export function acceptedLanguages(header: string): string[] {
  const ranges: { tag: string; quality: number; index: number }[] = [];
  const parts = header.split(',');
  for (let index = 0; index < parts.length; index++) {
    const fields = parts[index]!.split(';');
    const tag = fields[0]!.trim();
    let quality = 1;
    for (let field = 1; field < fields.length; field++) {
      const parameter = /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(fields[field]!);
      if (parameter) quality = Number(parameter[1]);
    }
    if (tag !== '' && tag !== '*' && /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/.test(tag) && quality > 0) ranges.push({ tag: tag, quality: quality, index: index });
  }
  ranges.sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranges.map((range) => range.tag);
}

/**
 * The path of the first of `languages` the site has: an exact code first
 * (`zh-CN`), else the same primary language (`zh-Hans`, `zh` → `zh-cn`;
 * `de-AT` → `de`); `fallback` when none matches.
 */
export function matchLocale(languages: readonly string[], locales: readonly LocaleTag[], fallback: string): string {
  for (let index = 0; index < languages.length; index++) {
    const lower = languages[index]!.toLowerCase();
    const primary = lower.split('-')[0];
    const exact = locales.find((locale) => locale.code.toLowerCase() === lower);
    if (exact) return exact.path;
    const sameLanguage = locales.find((locale) => locale.code.toLowerCase().split('-')[0] === primary);
    if (sameLanguage) return sameLanguage.path;
  }
  return fallback;
}
