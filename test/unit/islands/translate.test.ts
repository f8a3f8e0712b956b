import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { locales } from '../../../src/i18n/locales.ts';
import { resources } from '../../../src/i18n/resources.ts';
import { createTranslate, joinSentences, sentenceGap, type Messages } from '../../../src/islands/translate.ts';

function keysOf(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`.replace(/_(zero|one|two|few|many|other)$/, '')] : keysOf(value, `${prefix}${key}.`),
  );
}

function flattenStrings(messages: Messages): Record<string, string> {
  return Object.fromEntries(Object.entries(messages).flatMap(([key, value]) => (typeof value === 'string' ? [[key, value]] : Object.entries(flattenStrings(value)).map(([inner, text]) => [`${key}.${inner}`, text]))));
}

const islandNamespaces = ['calculator', 'walkthrough'];

describe.each(locales.map((locale) => [locale.code] as const))('island translate() in %s', (code) => {
  it.each(islandNamespaces)('gives the same text as i18next for every %s key, plural and value', async (namespace) => {
    const messages = resources[code]?.[namespace] as Messages;
    const reference = i18next.createInstance();
    await reference.init({ lng: code, resources: { [code]: { [namespace]: messages } }, defaultNS: namespace, interpolation: { escapeValue: false } });
    const translate = createTranslate(code, messages);
    const names = new Set(Object.values(flattenStrings(messages)).flatMap((text) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]!)));
    names.delete('count');
    const values = Object.fromEntries([...names].map((name) => [name, `‹${name}›`]));
    for (const key of new Set(keysOf(messages))) {
      for (const count of [0, 1, 2, 3, 5, 11, 21, 22, 25, 111]) {
        expect(translate(key, { ...values, count }), `${key} count=${count}`).toBe(reference.t(key, { ...values, count }));
      }
      expect(translate(key, values), key).toBe(reference.t(key, values));
    }
  });
});

describe('island translate()', () => {
  it('picks Russian plural forms', () => {
    const translate = createTranslate('ru', { days_one: '{{count}} день', days_few: '{{count}} дня', days_many: '{{count}} дней', days_other: '{{count}} дня' });
    expect([1, 2, 5, 21, 22, 25, 111].map((count) => translate('days', { count }))).toEqual(['1 день', '2 дня', '5 дней', '21 день', '22 дня', '25 дней', '111 дней']);
  });

  it('returns the key for a missing message rather than breaking the page', () => {
    expect(createTranslate('en', {})('status.open')).toBe('status.open');
  });

  it('never interprets values as markup: they come back as the same text', () => {
    expect(createTranslate('en', { hello: 'Hi {{name}}' })('hello', { name: '<img src=x onerror=alert(1)>' })).toBe('Hi <img src=x onerror=alert(1)>');
  });
});

describe('joinSentences', () => {
  it('puts a space between sentences, except after full-width punctuation', () => {
    expect(joinSentences(['Not yet.', 'Try later.'])).toBe('Not yet. Try later.');
    expect(joinSentences(['暂时不能续订。', '请稍后再试。'])).toBe('暂时不能续订。请稍后再试。');
    expect(joinSentences(['可以吗？', '可以！', '好'])).toBe('可以吗？可以！好');
    expect(joinSentences(['Один.'])).toBe('Один.');
    expect(joinSentences([])).toBe('');
  });
});

describe('sentenceGap', () => {
  it.each([
    ['Microsoft recommends these offers.', ' '],
    ['Рекомендует Майкрософт.', ' '],
    ['具体取决于组织的规模和需求。', ''],
    ['是否续订？', ''],
    ['请立即续订！', ''],
    ['阅读英文原文', ' '],
  ])('after “%s” is “%s”', (sentence, gap) => {
    expect(sentenceGap(sentence)).toBe(gap);
  });
});
