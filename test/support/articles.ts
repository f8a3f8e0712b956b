import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from './paths.ts';

export interface ArticleSource {
  localePath: string;
  slug: string;
  file: string;
  source: string;
  frontMatter: string;
  body: string;
}

/** Every `content/articles/<locale>/<slug>.mdx`, read as text. */
export function articleSources(): ArticleSource[] {
  return readdirSync(contentDir).flatMap((localePath) =>
    readdirSync(join(contentDir, localePath))
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => {
        const file = join('content/articles', localePath, name);
        const source = readFileSync(join(contentDir, localePath, name), 'utf8');
        const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
        if (!match) throw new Error(`${file}: no front matter`);
        return { localePath, slug: name.replace(/\.mdx$/, ''), file, source, frontMatter: match[1]!, body: match[2]! };
      }),
  );
}

/** Heading ids in document order, from `## Heading {#id}`. */
export function headingIds(body: string): string[] {
  return [...body.matchAll(/^#{2,6} .*?\{#([^}]+)\}\s*$/gm)].map((match) => match[1]!);
}

/** Headings written without an explicit id. */
export function headingsWithoutId(body: string): string[] {
  return body.split('\n').filter((line) => /^#{2,6} /.test(line) && !/\{#[^}]+\}\s*$/.test(line));
}

export function stepIds(body: string): string[] {
  return [...body.matchAll(/<Step id="([^"]+)"/g)].map((match) => match[1]!);
}

export function labelKeys(body: string): string[] {
  return [...body.matchAll(/<Label k="([^"]+)"/g)].map((match) => match[1]!);
}

export function componentNames(body: string): string[] {
  return [...body.matchAll(/<([A-Z][A-Za-z]*)/g)].map((match) => match[1]!);
}
