import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultLocale, locales } from '../../src/i18n/locales.ts';
import { translator } from '../../src/i18n/translator.ts';
import { localesDir } from '../support/paths.ts';

type Json = { [key: string]: string | Json };

function readNamespace(localePath: string, namespace: string): Json {
  return JSON.parse(readFileSync(join(localesDir, localePath, namespace), 'utf8')) as Json;
}

function flatten(object: Json, prefix = ''): Record<string, string> {
  return Object.entries(object).reduce<Record<string, string>>((all, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? { ...all, [path]: value } : { ...all, ...flatten(value, path) };
  }, {});
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** The keys a locale must have: English keys, with each plural expanded to the locale's own CLDR categories. */
function expectedKeys(englishKeys: string[], localeCode: string): string[] {
  const categories = new Intl.PluralRules(localeCode).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of englishKeys) {
    if (pluralSuffix.test(key)) {
      const base = key.replace(pluralSuffix, '');
      for (const category of categories) keys.add(`${base}_${category}`);
    } else keys.add(key);
  }
  return [...keys].sort();
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]!).sort();
}

const namespaces = readdirSync(join(localesDir, defaultLocale.path)).filter((name) => name.endsWith('.json'));

describe('locale files', () => {
  it('has a folder for every locale and no other', () => {
    const folders = readdirSync(localesDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(folders.sort()).toEqual(locales.map((locale) => locale.path).sort());
  });

  for (const locale of locales) {
    for (const namespace of namespaces) {
      describe(`locales/${locale.path}/${namespace}`, () => {
        const english = () => flatten(readNamespace(defaultLocale.path, namespace));
        const translated = () => flatten(readNamespace(locale.path, namespace));

        it('has exactly the English keys, with the plural forms its language needs', () => {
          expect(Object.keys(translated()).sort()).toEqual(expectedKeys(Object.keys(english()), locale.code));
        });

        it('has no empty string and keeps every {{placeholder}}', () => {
          const englishStrings = english();
          for (const [key, value] of Object.entries(translated())) {
            expect(value.trim(), `${key} is empty`).not.toBe('');
            const englishKey = pluralSuffix.test(key) ? `${key.replace(pluralSuffix, '')}_other` : key;
            expect(placeholders(value), `${key} placeholders`).toEqual(placeholders(englishStrings[englishKey] ?? ''));
          }
        });
      });
    }
  }

  it('renders the plural form each language needs', () => {
    const counts = [1, 2, 5, 11, 21, 22];
    expect(counts.map((count) => translator('ru')('calculator:days', { count }))).toEqual([
      '1 день',
      '2 дня',
      '5 дней',
      '11 дней',
      '21 день',
      '22 дня',
    ]);
    expect(counts.map((count) => translator('en')('calculator:days', { count }))).toEqual(['1 day', '2 days', '5 days', '11 days', '21 days', '22 days']);
    expect(translator('zh-CN')('calculator:days', { count: 1 })).toBe(translator('zh-CN')('calculator:days', { count: 5 }).replace('5', '1'));
  });
});
