import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/content/front-matter.ts';
import { headingIds } from '../support/articles.ts';
import { projectRoot } from '../support/paths.ts';
import { accent, PSEUDO_GROWTH, pseudoArticle, pseudoArticleBody, pseudoLetters, pseudoNamespace, pseudoText } from '../support/pseudo-locale.ts';

const asciiLetters = /[A-Za-z]/;

describe('pseudoText', () => {
  it('swaps every plain letter for an accented one, brackets the text and keeps digits and punctuation', () => {
    expect(accent('Renew by July 22, 2025.')).toBe('Ŕéñéŵ ƀý Ĵûļý 22, 2025.');
    expect(accent('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')).not.toMatch(asciiLetters);
    expect(pseudoLetters.size).toBe(52);
    expect(pseudoText('Next')).toMatch(/^\[Ñéẋţ [^\]]+\]$/);
  });

  it('grows text by at least 40%, short text by more, as translations do', () => {
    for (const text of ['Buy', 'Close search', 'Enter your expiration date to see whether you can renew today.']) {
      const grown = pseudoText(text);
      expect(grown.length, text).toBeGreaterThanOrEqual(text.length * (1 + PSEUDO_GROWTH));
      expect(grown, text).not.toMatch(asciiLetters);
    }
    expect(pseudoText('Buy').length / 3).toBeGreaterThan(2);
  });

  it('keeps {{placeholders}} as written and leaves text without letters alone', () => {
    expect(pseudoText('{{count}} days left, through {{last}}')).toMatch(/^\[\{\{count\}\} ðåýš ļéƒţ, ţĥŕöûĝĥ \{\{last\}\} .+\]$/);
    expect(pseudoText('«{{label}}»')).toBe('«{{label}}»');
    expect(pseudoText(' — ')).toBe(' — ');
  });

  it('stays within a length limit by padding less', () => {
    const description = 'How to buy Microsoft Action Pack for the first time, check when you can renew it, and download your invoice.';
    expect(pseudoText(description, description.length + 4)).toBe(`[${accent(description)}]`);
    expect(pseudoText(description, 180).length).toBeLessThanOrEqual(180);
  });
});

describe('pseudoNamespace', () => {
  it('makes every string pseudo, nested or plural, and keeps the keys', () => {
    expect(pseudoNamespace({ search: { results_one: '{{count}} result', results_other: '{{count}} results' } }, 'common')).toEqual({
      search: { results_one: pseudoText('{{count}} result'), results_other: pseudoText('{{count}} results') },
    });
  });

  it('in the glossary makes only the labels pseudo: a source names a seed file', () => {
    expect(pseudoNamespace({ buy: { label: 'Buy', source: 'en-2019-buy-or-renew-action-pack.md' } }, 'glossary')).toEqual({
      buy: { label: pseudoText('Buy'), source: 'en-2019-buy-or-renew-action-pack.md' },
    });
  });
});

describe('pseudoArticle', () => {
  const englishDir = join(projectRoot, 'content', 'articles', 'en');
  const markupOf = (body: string) => body.match(/<[^>\n]*>|\{#[a-z0-9-]+\}|\]\([^)\s]*\)/g);

  it.each(readdirSync(englishDir))('%s keeps every component, attribute, heading id and link target, and leaves no plain letter in its text', (name) => {
    const file = join('content/articles/en', name);
    const english = readFileSync(join(projectRoot, file), 'utf8');
    const pseudo = pseudoArticle(english, file);
    const { fields, body } = splitFrontMatter(pseudo, file);
    const original = splitFrontMatter(english, file);
    expect(markupOf(body)).toEqual(markupOf(original.body));
    expect(headingIds(body)).toEqual(headingIds(original.body));
    expect(body.replace(/<[^>\n]*>|\{#[a-z0-9-]+\}|\]\([^)\s]*\)/g, '')).not.toMatch(asciiLetters);
    expect(String(fields.title)).not.toMatch(asciiLetters);
    expect(String(fields.title).length).toBeLessThanOrEqual(90);
    expect(String(fields.description).length).toBeLessThanOrEqual(180);
    expect(fields.translation).toMatchObject({ kind: 'translation', from: 'en' });
    expect(fields.category).toBe(original.fields.category);
  });

  it('escapes its brackets, so Markdown reads them as text and not as links', () => {
    expect(pseudoArticleBody('See [the page](https://example.com/a).\n')).toBe(`${'\\['}${accent('See')} öñé${'\\]'} [${'\\['}${accent('the page')} öñé ţŵö${'\\]'}](https://example.com/a).\n`);
  });

  it('refuses a file that is not an English original', () => {
    expect(() => pseudoArticle('---\ntitle: Titel\ndescription: x\ntranslation:\n  kind: translation\n---\nText\n', 'de/x.mdx')).toThrow(/de\/x\.mdx/);
  });
});
