import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../support/paths.ts';

/**
 * The operating-system locales a reader's browser runs under, compiled into a
 * folder of the project (`LOCPATH`) with glibc's `localedef`, so a test
 * machine needs no system-wide locale. Firefox and WebKitGTK take the format
 * of `<input type="date">` from the system locale, not from the page: a German
 * reader types 22.06.2025 where an American types 06/22/2025.
 */
export const osLocaleDir = join(projectRoot, '.cache', 'os-locales');

/** The system locale of a reader of each site language (glibc name). */
export const osLocaleOf: Record<string, string> = { en: 'en_US', de: 'de_DE', nl: 'nl_NL', 'zh-cn': 'zh_CN', ru: 'ru_RU' };

export function compileOsLocales(): void {
  mkdirSync(osLocaleDir, { recursive: true });
  for (const name of Object.values(osLocaleOf)) {
    const target = join(osLocaleDir, `${name}.UTF-8`);
    if (existsSync(target)) continue;
    if (!existsSync(`/usr/share/i18n/locales/${name}`)) throw new Error(`/usr/share/i18n/locales/${name} is missing: install Debian's locales package (apt-get install -y locales).`);
    execFileSync('localedef', ['-i', name, '-f', 'UTF-8', target], { stdio: 'pipe' });
  }
}

/** The environment of a browser process whose system language is `localePath`'s. */
export function osLocaleEnvironment(localePath: string): Record<string, string> {
  const name = `${osLocaleOf[localePath]}.UTF-8`;
  return { LOCPATH: osLocaleDir, LANG: name, LC_ALL: name };
}
