import { defaultLocale, locales, type LocalePath } from '../i18n/locales.ts';

const storageKey = 'preferred-locale';

/** Remembers the language a reader picked, so language-neutral links open it next time. */
export function rememberLocale(path: string): void {
  try {
    localStorage.setItem(storageKey, path);
  } catch {
    // Storage can be disabled (private mode, policy); the choice then lasts only for this page.
  }
}

function storedLocale(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

/**
 * The reader's language: the one they picked on this site before, else the first
 * of the browser's languages the site has (matching `zh-Hans-CN` to `zh-cn`, `de-AT` to `de`), else English.
 */
export function preferredLocalePath(browserLanguages: readonly string[] = navigator.languages): LocalePath {
  const stored = storedLocale();
  const known = locales.find((locale) => locale.path === stored);
  if (known) return known.path;
  for (const language of browserLanguages) {
    const lower = language.toLowerCase();
    const exact = locales.find((locale) => locale.code.toLowerCase() === lower);
    if (exact) return exact.path;
    const primary = lower.split('-')[0];
    const sameLanguage = locales.find((locale) => locale.code.toLowerCase().split('-')[0] === primary);
    if (sameLanguage) return sameLanguage.path;
  }
  return defaultLocale.path;
}
