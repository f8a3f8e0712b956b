import { describe, expect, it } from 'vitest';
import { splitFrontMatter, withTranslationMark } from '../../src/content/front-matter.ts';
import { articleState, articleText, markNamespace, namespaceKeys, namespaceState, sourceHash } from '../../src/i18n/translation-status.ts';

describe('sourceHash', () => {
  it('is 16 hex digits, stable, and ignores line endings and trailing spaces', () => {
    expect(sourceHash('Select Renew.')).toMatch(/^[0-9a-f]{16}$/);
    expect(sourceHash('a\nb')).toBe(sourceHash('a\r\nb  \n'));
    expect(sourceHash('a\nb')).not.toBe(sourceHash('a b'));
    expect(sourceHash('Select Renew.')).not.toBe(sourceHash('Select Renew subscription.'));
  });
});

describe('articleState', () => {
  const english = { text: articleText({ title: 'Renew', description: 'How to renew' }, 'Body'), updated: '2026-11-23' };

  it('is up to date while the English text hashes as it did when marked', () => {
    expect(articleState(english, { source: sourceHash(english.text), reviewed: '2026-11-22' })).toEqual({ state: 'up to date' });
  });

  it('is stale since the English update once the text changes', () => {
    expect(articleState(english, { source: sourceHash('older text'), reviewed: '2026-11-22' })).toEqual({ state: 'stale', since: '2026-11-23' });
  });

  it('gives no date when the English text changed but its date did not move past the review', () => {
    expect(articleState(english, { source: sourceHash('older text'), reviewed: '2026-11-23' })).toEqual({ state: 'stale', since: undefined });
    expect(articleState(english, { source: sourceHash('older text'), reviewed: '2026-12-01' })).toEqual({ state: 'stale', since: undefined });
  });

  it('is missing without a translation', () => {
    expect(articleState(english, undefined)).toEqual({ state: 'missing' });
  });

  it('counts title and description as text, so a changed title makes translations stale', () => {
    expect(articleText({ title: 'Renew', description: 'x' }, 'Body')).not.toBe(articleText({ title: 'Renew now', description: 'x' }, 'Body'));
  });
});

describe('namespaceKeys', () => {
  it('flattens nested keys and joins plural forms under their base key', () => {
    const keys = namespaceKeys({ search: { open: 'Search', results_one: '{{count}} result', results_other: '{{count}} results' }, days_other: 'd' });
    expect([...keys.keys()]).toEqual(['search.open', 'search.results', 'days']);
    expect(keys.get('search.results')).toBe('_one="{{count}} result"\n_other="{{count}} results"');
  });

  it('changes a base key’s text when any one of its forms changes', () => {
    const before = namespaceKeys({ results_one: 'a', results_other: 'b' }).get('results');
    expect(namespaceKeys({ results_one: 'a', results_other: 'c' }).get('results')).not.toBe(before);
  });
});

describe('namespaceState and markNamespace', () => {
  const english = { search: { open: 'Search', more: 'Show more results' }, results_one: '1 result', results_other: 'n results' };
  const russian = { search: { open: 'Поиск', more: 'Показать больше результатов' }, results_one: 'a', results_few: 'b', results_many: 'c', results_other: 'd' };

  it('is up to date right after marking, whatever plural forms the language has', () => {
    expect(namespaceState(english, russian, markNamespace(english, russian, '2026-11-22'))).toEqual({ missing: [], stale: [], since: undefined });
  });

  it('reports exactly the keys whose English changed, since the mark', () => {
    const marks = markNamespace(english, russian, '2026-11-22');
    const changed = { ...english, search: { ...english.search, more: 'More results' } };
    expect(namespaceState(changed, russian, marks)).toEqual({ missing: [], stale: ['search.more'], since: '2026-11-22' });
  });

  it('reports keys the language lacks as missing, and never marks them', () => {
    const partial = { search: { open: 'Zoeken' } };
    const marks = markNamespace(english, partial, '2026-11-22');
    expect(Object.keys(marks.keys)).toEqual(['search.open']);
    expect(namespaceState(english, partial, marks)).toEqual({ missing: ['search.more', 'results'], stale: [], since: undefined });
    expect(namespaceState(english, undefined, undefined).missing).toEqual(['search.open', 'search.more', 'results']);
  });

  it('treats keys that were never marked as stale', () => {
    expect(namespaceState(english, russian, undefined)).toEqual({ missing: [], stale: ['search.open', 'search.more', 'results'], since: undefined });
  });
});

describe('withTranslationMark', () => {
  const file = 'content/articles/de/example.mdx';
  const article = '---\ntitle: Beispiel\ntranslation:\n  kind: translation\n  from: en\n  reviewed: 2025-01-02\ncategory: subscription\n---\n\nText\n';

  it('writes the review date and source hash into the translation block and keeps every other line', () => {
    const marked = withTranslationMark(article, file, { reviewed: '2026-11-22', source: '0123456789abcdef' });
    expect(marked).toBe('---\ntitle: Beispiel\ntranslation:\n  kind: translation\n  from: en\n  reviewed: 2026-11-22\n  source: 0123456789abcdef\ncategory: subscription\n---\n\nText\n');
    expect(withTranslationMark(marked, file, { reviewed: '2026-11-23', source: 'fedcba9876543210' })).toBe(marked.replace('2026-11-22', '2026-11-23').replace('0123456789abcdef', 'fedcba9876543210'));
    expect(splitFrontMatter(marked, file).fields.translation).toEqual({ kind: 'translation', from: 'en', reviewed: new Date('2026-11-22'), source: '0123456789abcdef' });
  });

  it('refuses an original', () => {
    expect(() => withTranslationMark('---\ntitle: x\ntranslation:\n  kind: original\n---\n', file, { reviewed: '2026-11-22', source: '0123456789abcdef' })).toThrow(`${file}: not a translation`);
  });
});

describe('splitFrontMatter', () => {
  it('names the file when front matter is absent or not fields', () => {
    expect(() => splitFrontMatter('Text only\n', 'a.mdx')).toThrow('a.mdx: an article starts with front matter');
    expect(() => splitFrontMatter('---\n- a list\n---\n', 'b.mdx')).toThrow('b.mdx: front matter must be a set of fields');
    expect(() => splitFrontMatter('---\ntitle: [unclosed\n---\n', 'c.mdx')).toThrow('c.mdx: front matter is not valid YAML');
  });
});
