import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { acceptedLanguages, matchLocale } from '../../src/i18n/negotiate-language.ts';

describe('acceptedLanguages', () => {
  it('orders ranges by quality, keeping header order between equals', () => {
    expect(acceptedLanguages('en;q=0.5, ru, de;q=0.8')).toEqual(['ru', 'de', 'en']);
    expect(acceptedLanguages('de;q=0.2, nl;q=0.2')).toEqual(['de', 'nl']);
    expect(acceptedLanguages('fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5')).toEqual(['fr-CH', 'fr', 'en', 'de']);
  });

  it('drops ranges that are not acceptable (q=0), the wildcard and malformed tags, and reads a malformed quality as 1', () => {
    expect(acceptedLanguages('de;q=0, de-AT;q=0.000, en')).toEqual(['en']);
    expect(acceptedLanguages('*, ;;, x_y, ru;q=abc, a-very-long-tag-thatexceedseight')).toEqual(['ru']);
    expect(acceptedLanguages('')).toEqual([]);
    expect(acceptedLanguages(' NL-be ; Q=0.7 , en ; q=1.0')).toEqual(['en', 'NL-be']);
  });
});

describe('matchLocale', () => {
  const match = (languages: string[]) => matchLocale(languages, locales, 'en');

  it('takes an exact code, else the same primary language, in the order given', () => {
    expect(match(['zh-CN'])).toBe('zh-cn');
    expect(match(['zh-Hans-CN'])).toBe('zh-cn');
    expect(match(['zh'])).toBe('zh-cn');
    expect(match(['de-AT'])).toBe('de');
    expect(match(['fr', 'nl-BE', 'de'])).toBe('nl');
    expect(match(['RU'])).toBe('ru');
  });

  it('falls back when nothing matches', () => {
    expect(match([])).toBe('en');
    expect(match(['ja', 'ko'])).toBe('en');
    expect(matchLocale(['ja'], locales, 'de')).toBe('de');
  });
});
