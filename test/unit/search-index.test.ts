import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/paths.ts';
import { indexSite, mergeBundles, mergeEntries, minifyScript, recompressGzip, type PagefindEntry } from '../../scripts/search-index.ts';

const roots: string[] = [];
const temporaryFolder = (prefix: string) => {
  const root = mkdtempSync(join(tmpdir(), prefix));
  roots.push(root);
  return root;
};
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

const entry = (languages: Record<string, unknown>, version = '1.6.0'): PagefindEntry => ({ version, languages, include_characters: ['_', '‿'] });
const index = (hash: string) => ({ hash, wasm: hash.split('_')[0], page_count: 2 });

describe('mergeEntries', () => {
  it('lists every run’s languages, sorted by name as Pagefind writes them', () => {
    const merged = mergeEntries([entry({ ru: index('ru_1') }), entry({ en: index('en_2') }), entry({ 'zh-cn': index('zh-cn_3') }), entry({ de: index('de_4') })]);
    expect(Object.keys(merged.languages)).toEqual(['de', 'en', 'ru', 'zh-cn']);
    expect(merged).toEqual(entry({ de: index('de_4'), en: index('en_2'), ru: index('ru_1'), 'zh-cn': index('zh-cn_3') }));
  });

  it('keeps one run’s entry as it is', () => {
    expect(mergeEntries([entry({ en: index('en_2') })])).toEqual(entry({ en: index('en_2') }));
  });

  it('fails on runs of different Pagefind versions', () => {
    expect(() => mergeEntries([entry({ en: index('en_2') }), entry({ de: index('de_4') }, '1.7.0')])).toThrow('1.6.0 and 1.7.0');
  });

  it('fails on runs with different word characters', () => {
    expect(() => mergeEntries([entry({ en: index('en_2') }), { ...entry({ de: index('de_4') }), include_characters: ['_'] }])).toThrow('include_characters');
  });

  it('fails on a language indexed twice', () => {
    expect(() => mergeEntries([entry({ en: index('en_2') }), entry({ en: index('en_5') })])).toThrow('"en"');
  });

  it('fails on nothing to merge', () => {
    expect(() => mergeEntries([])).toThrow('no Pagefind entry');
  });
});

describe('mergeBundles', () => {
  function bundle(root: string, language: string, shared = 'engine') {
    const dir = join(root, language);
    mkdirSync(join(dir, 'fragment'), { recursive: true });
    writeFileSync(join(dir, 'pagefind-entry.json'), JSON.stringify(entry({ [language]: index(`${language}_1`) })));
    writeFileSync(join(dir, 'pagefind.js'), shared);
    writeFileSync(join(dir, `pagefind.${language}_1.pf_meta`), language);
    writeFileSync(join(dir, 'fragment', `${language}_a.pf_fragment`), language);
    return dir;
  }

  it('moves every run’s files into one bundle with one entry', () => {
    const root = temporaryFolder('search-index-');
    const target = join(root, 'pagefind');
    mergeBundles([bundle(root, 'en'), bundle(root, 'de')], target);
    expect(readdirSync(target, { recursive: true }).sort()).toEqual(['fragment', 'fragment/de_a.pf_fragment', 'fragment/en_a.pf_fragment', 'pagefind-entry.json', 'pagefind.de_1.pf_meta', 'pagefind.en_1.pf_meta', 'pagefind.js']);
    expect(JSON.parse(readFileSync(join(target, 'pagefind-entry.json'), 'utf8'))).toEqual(entry({ de: index('de_1'), en: index('en_1') }));
  });

  it('fails, naming the file, when runs wrote different bytes for a shared file', () => {
    const root = temporaryFolder('search-index-');
    expect(() => mergeBundles([bundle(root, 'en'), bundle(root, 'de', 'another engine')], join(root, 'pagefind'))).toThrow('pagefind.js');
  });
});

describe('minifyScript', () => {
  it('keeps the module’s exports and behaviour with shorter code', async () => {
    const source = 'const pagefind_version = "1.6.0";\nlet loadedCount = 0;\nexport async function search(term) {\n  loadedCount += 1;\n  return { term, loadedCount, version: pagefind_version };\n}\n';
    const minified = await minifyScript(source);
    expect(minified.length).toBeLessThan(source.length);
    const module = (await import(`data:text/javascript,${encodeURIComponent(minified)}`)) as { search(term: string): Promise<unknown> };
    expect(await module.search('renew')).toEqual({ term: 'renew', loadedCount: 1, version: '1.6.0' });
  });
});

describe('recompressGzip', () => {
  // Text with the variety of a real file, where Zopfli's longer search finds what gzip's misses.
  const content = Buffer.concat([Buffer.from('pagefind_dcd'), readFileSync(join(projectRoot, 'locales', 'en', 'calculator.json'))]);

  it('gives gzip that unpacks to the same bytes, smaller than gzip at its highest level', async () => {
    const gzipped = gzipSync(content, { level: 9 });
    const smaller = await recompressGzip(gzipped);
    expect(gunzipSync(smaller).equals(content)).toBe(true);
    expect(smaller.length).toBeLessThan(gzipped.length);
    expect([smaller[0], smaller[1]]).toEqual([0x1f, 0x8b]);
  });

  it('keeps the original when Zopfli can’t make it smaller', async () => {
    const gzipped = await recompressGzip(gzipSync(content, { level: 9 }));
    expect((await recompressGzip(gzipped)).equals(gzipped)).toBe(true);
  });
});

describe('indexSite', () => {
  function site(pages: Record<string, string>) {
    const root = temporaryFolder('search-site-');
    for (const [path, body] of Object.entries(pages)) {
      mkdirSync(join(root, 'dist', path), { recursive: true });
      writeFileSync(join(root, 'dist', path, 'index.html'), `<!DOCTYPE html><html lang="${path.split('/')[0]}"><head><title>${path}</title></head><body>${body}</body></html>`);
    }
    return root;
  }

  it('indexes each language’s article pages into one bundle', async () => {
    const root = site({ 'en/renew': '<main data-pagefind-body><h1>Renew</h1></main>', 'de/renew': '<main data-pagefind-body><h1>Verlängern</h1></main>', 'en/category/a': '<h1>Category</h1>' });
    await indexSite(join(root, 'dist'), ['en', 'de'], join(root, 'runs'));
    const entry = JSON.parse(readFileSync(join(root, 'dist', 'pagefind', 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
    expect(Object.keys(entry.languages)).toEqual(['de', 'en']);
    expect(entry.languages.en).toMatchObject({ page_count: 1 });
    expect(readdirSync(root)).toEqual(['dist']);
  }, 60_000);

  it('stops, naming the language’s pages, when a language has none to index', async () => {
    const root = site({ 'en/renew': '<main data-pagefind-body><h1>Renew</h1></main>', de: '<main><h1>Start</h1></main>' });
    await expect(indexSite(join(root, 'dist'), ['en', 'de'], join(root, 'runs'))).rejects.toThrow('de/*/index.html');
  }, 60_000);
});
