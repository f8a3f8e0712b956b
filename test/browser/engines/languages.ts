import { localeByPath } from '../../../src/i18n/locales.ts';

/** The browser language of a reader of a site language: its BCP 47 code with a region where the site's has none (`de` → `de-DE`). */
export function browserLanguage(localePath: string): string {
  const { code } = localeByPath(localePath);
  return code.includes('-') ? code : `${code}-${code === 'en' ? 'US' : code.toUpperCase()}`;
}
