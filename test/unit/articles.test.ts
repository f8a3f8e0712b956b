import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/content/article-schema.ts';
import { defaultLocale, locales } from '../../src/i18n/locales.ts';
import { glossaryLinks } from '../../src/i18n/glossary-links.ts';
import { articleSources, componentNames, headingIds, headingsWithoutId, labelKeys, stepIds } from '../support/articles.ts';
import glossary from '../../locales/en/glossary.json' with { type: 'json' };

const sources = articleSources();
const english = sources.filter((article) => article.localePath === defaultLocale.path);
const slugs = english.map((article) => article.slug);

function sourceOf(localePath: string, slug: string) {
  const article = sources.find((candidate) => candidate.localePath === localePath && candidate.slug === slug);
  if (!article) throw new Error(`content/articles/${localePath}/${slug}.mdx is missing`);
  return article;
}

describe('articles', () => {
  it('exist in every locale, and no locale has an article English lacks', () => {
    for (const locale of locales) {
      expect(sources.filter((article) => article.localePath === locale.path).map((article) => article.slug).sort(), locale.path).toEqual([...slugs].sort());
    }
  });

  describe.each(sources.map((article) => [article.file, article] as const))('%s', (_, article) => {
    it('has front matter that passes the schema', () => {
      const result = articleSchema.safeParse(load(article.frontMatter));
      expect(result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([]);
    });

    it('gives every heading an explicit id', () => {
      expect(headingsWithoutId(article.body)).toEqual([]);
    });

    it('numbers each procedure 1, 2, 3… under its section id', () => {
      const ids = stepIds(article.body);
      const sections = new Set(headingIds(article.body));
      const counters = new Map<string, number>();
      for (const id of ids) {
        const match = /^(.+)-step-(\d+)$/.exec(id);
        expect(match, id).not.toBeNull();
        const [, section, number] = match!;
        expect(sections.has(section!), `${id} belongs to a heading of this article`).toBe(true);
        const next = (counters.get(section!) ?? 0) + 1;
        expect(Number(number), id).toBe(next);
        counters.set(section!, next);
      }
    });

    it('uses only glossary labels that exist, and links only labels that have a link', () => {
      for (const key of labelKeys(article.body)) expect(Object.keys(glossary), key).toContain(key);
      for (const match of article.body.matchAll(/<Label k="([^"]+)" link/g)) expect(Object.keys(glossaryLinks)).toContain(match[1]);
    });

    it('has no Markdown blockquote callouts or HTML comments', () => {
      expect(article.body).not.toMatch(/^\s*>/m);
      expect(article.body).not.toContain('<!--');
    });
  });

  describe.each(slugs)('%s in every locale', (slug) => {
    const original = sourceOf(defaultLocale.path, slug);
    for (const locale of locales.filter((candidate) => candidate !== defaultLocale)) {
      const translation = { get body() { return sourceOf(locale.path, slug).body; }, get frontMatter() { return sourceOf(locale.path, slug).frontMatter; } };
      it(`${locale.path}: same heading ids, step ids and components as English, in the same order`, () => {
        expect(headingIds(translation.body)).toEqual(headingIds(original.body));
        expect(stepIds(translation.body)).toEqual(stepIds(original.body));
        expect(componentNames(translation.body)).toEqual(componentNames(original.body));
      });
      it(`${locale.path}: names the same Partner Center labels`, () => {
        expect(labelKeys(translation.body).sort()).toEqual(labelKeys(original.body).sort());
      });
      it(`${locale.path}: is marked as a translation from English, with the same archive state, category and order`, () => {
        const data = articleSchema.parse(load(translation.frontMatter));
        const originalData = articleSchema.parse(load(original.frontMatter));
        expect(data.translation.kind).toBe('translation');
        expect(data.archived).toEqual(originalData.archived);
        expect(data.category).toBe(originalData.category);
        expect(data.order).toBe(originalData.order);
        expect(data.sourceVersion).toBe(originalData.sourceVersion);
      });
    }
  });
});

describe('article schema', () => {
  const valid = {
    title: 'Buy or renew Action Pack',
    description: 'A description long enough to be a useful meta description for search engines.',
    sourceVersion: '2020-11-23',
    updated: '2026-11-21',
    translation: { kind: 'original' },
    category: 'subscription',
    order: 1,
  };

  it('accepts a complete front matter, and YAML dates as calendar days', () => {
    expect(articleSchema.parse({ ...valid, updated: new Date('2026-11-21') }).updated).toBe('2026-11-21');
  });

  it.each([
    ['a missing title', { title: undefined }, 'title'],
    ['an impossible date', { updated: '2026-02-30' }, 'updated'],
    ['a date in another format', { sourceVersion: '23.11.2020' }, 'sourceVersion'],
    ['a translation without review date', { translation: { kind: 'translation', from: 'en' } }, 'translation'],
    ['an unknown field', { author: 'someone' }, ''],
    ['a short description', { description: 'Too short' }, 'description'],
    ['a category that content/categories.json does not list', { category: 'billing' }, 'category'],
    ['no category', { category: undefined }, 'category'],
  ])('rejects %s and names the field', (_, change, field) => {
    const result = articleSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.')).join(' ')).toContain(field);
  });
});
