import { defaultLocale, locales, type LocalePath } from '../i18n/locales.ts';
import { LANGUAGE_COOKIE, matchLocale } from '../i18n/negotiate-language.ts';

const storageKey = 'preferred-locale';

/**
 * Remembers the language a reader picked, so language-neutral links open it
 * next time: in storage for this script, and in a cookie for the web server,
 * which redirects those links before any script runs.
 */
export function rememberLocale(path: string): void {
  setLocaleCookie(path);
  try {
    localStorage.setItem(storageKey, path);
  } catch {
    // Storage can be disabled (private mode, policy); the choice then lasts only for this page.
  }
}

function setLocaleCookie(path: string): void {
  document.cookie = `${LANGUAGE_COOKIE}=${encodeURIComponent(path)}; path=/; max-age=31536000; samesite=lax`;
}

/**
 * A language picked before the server read the cookie is only in storage, so
 * the server's redirect would not know it; copies it into the cookie.
 */
export function shareStoredLocale(): void {
  const stored = storedLocale();
  const hasCookie = document.cookie.split(/;\s*/).some((cookie) => cookie.startsWith(`${LANGUAGE_COOKIE}=`));
  if (stored && !hasCookie && locales.some((locale) => locale.path === stored)) setLocaleCookie(stored);
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
  return matchLocale(browserLanguages, locales, defaultLocale.path) as LocalePath;
}
