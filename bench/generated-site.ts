/**
 * A copy of the project with generated articles, for the benchmark and the
 * scale test: each generated article is the locale's real buy/renew text
 * (prose, headings, steps, labels) with its ids made unique.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { categoryIds } from '../src/content/categories.ts';
import { defaultLocale, locales } from '../src/i18n/locales.ts';
import { markArticle, readArticleFile } from '../src/i18n/translation-report.ts';
import { projectRoot } from '../test/support/paths.ts';

/**
 * The site's own categories plus `extra` benchmark ones (titled after the
 * locale's first category), so that a large site has several long categories,
 * as a real one would.
 */
export function categoriesWithExtra(extra: number): string[] {
  return [...categoryIds, ...Array.from({ length: extra }, (_, index) => `bench-${index + 1}`)];
}

export function generatedArticle(source: string, index: number, category: string): string {
  const [, frontMatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
  const suffix = `g${index}`;
  const front = frontMatter
    .replace(/^title: (.*)$/m, (_, title: string) => `title: ${title.replace(/^"|"$/g, '')} ${index}`)
    .replace(/^category: .*$/m, `category: ${category}`)
    .replace(/^order: .*$/m, `order: ${100 + index}`);
  const text = body
    .replace(/\n<(Walkthrough|RenewalCalculator) \/>\n/g, '\n')
    .replace(/\{#([a-z0-9-]+)\}/g, `{#$1-${suffix}}`)
    .replace(/<Step id="([a-z0-9-]+)-step-(\d+)"/g, `<Step id="$1-${suffix}-step-$2"`);
  return `---\n${front}\n---\n${text}`;
}

/** A copy of the project's sources in `dir` (emptied first) that builds on its own, sharing `node_modules`. */
export function copyProject(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of ['src', 'content', 'locales', 'public', 'scripts', 'astro.config.mjs', 'i18next.config.ts', 'tsconfig.json', 'package.json']) cpSync(join(projectRoot, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/**
 * Writes the copy to `dir` (emptied first) with `size` generated articles per
 * locale, dealt in turn to `categories`, and returns `dir`.
 */
export function generatedSite(dir: string, size: number, categories: readonly string[]): string {
  copyProject(dir);
  const listed = [...new Set([...categoryIds, ...categories])];
  writeFileSync(join(dir, 'content/categories.json'), `${JSON.stringify(listed)}\n`);
  for (const locale of locales) {
    const namesFile = join(dir, 'locales', locale.path, 'categories.json');
    const names = JSON.parse(readFileSync(namesFile, 'utf8')) as Record<string, unknown>;
    const model = names[categoryIds[0]!] as { title: string; description: string };
    for (const id of listed.filter((candidate) => !(candidate in names))) names[id] = { title: `${model.title} ${id.slice('bench-'.length)}`, description: model.description };
    writeFileSync(namesFile, JSON.stringify(names));
    const source = readFileSync(join(projectRoot, 'content/articles', locale.path, 'buy-or-renew-action-pack.mdx'), 'utf8');
    for (let index = 1; index <= size; index++) {
      const slug = `generated-${String(index).padStart(4, '0')}`;
      writeFileSync(join(dir, 'content/articles', locale.path, `${slug}.mdx`), generatedArticle(source, index, categories[index % categories.length]!));
      // Translated from the generated English article (written first: English leads the locale list), as its real counterpart is from the real one.
      if (locale !== defaultLocale) markArticle(dir, locale.path, slug, readArticleFile(dir, locale.path, slug)!.translation!.reviewed!);
    }
  }
  return dir;
}
