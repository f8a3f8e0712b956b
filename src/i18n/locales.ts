/**
 * The site's languages, in the order the language picker lists them.
 * Everything that varies by language (routes, `<html lang>`, hreflang, the
 * Microsoft Learn locale for outgoing links) is read from this list, so adding
 * a language is one entry here plus its `locales/<path>/` folder and articles.
 */
export const locales = [
  { code: 'en', path: 'en', name: 'English', learnPath: 'en-us' },
  { code: 'de', path: 'de', name: 'Deutsch', learnPath: 'de-de' },
  { code: 'nl', path: 'nl', name: 'Nederlands', learnPath: 'nl-nl' },
  { code: 'zh-CN', path: 'zh-cn', name: '简体中文', learnPath: 'zh-cn' },
  { code: 'ru', path: 'ru', name: 'Русский', learnPath: 'ru-ru' },
] as const;

export type Locale = (typeof locales)[number];
/** BCP 47 code, as used in `<html lang>` and `Intl` (e.g. `zh-CN`). */
export type LocaleCode = Locale['code'];
/** Lower-case URL segment and content folder name (e.g. `zh-cn`). */
export type LocalePath = Locale['path'];

/** English is the language the articles are written in first and the fallback for `x-default`. */
export const defaultLocale: Locale = locales[0];

export const localePaths: readonly LocalePath[] = locales.map((locale) => locale.path);

export function isLocalePath(value: string): value is LocalePath {
  return (localePaths as readonly string[]).includes(value);
}

export function localeByPath(path: string): Locale {
  const locale = locales.find((candidate) => candidate.path === path);
  if (!locale) throw new Error(`Unknown locale path "${path}"; known: ${localePaths.join(', ')}`);
  return locale;
}

export function localeByCode(code: string): Locale {
  const locale = locales.find((candidate) => candidate.code.toLowerCase() === code.toLowerCase());
  if (!locale) throw new Error(`Unknown locale code "${code}"; known: ${locales.map((l) => l.code).join(', ')}`);
  return locale;
}
