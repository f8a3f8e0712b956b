import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { brotli } from '../../scripts/precompress.ts';
import { attr, elements, textOf, type BuiltPage } from './html.ts';
import { distDir } from './paths.ts';

export const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
/** Compressed size with brotli at the settings `scripts/precompress.ts` writes the served copies with. */
export const brotliSize = (text: string | Buffer) => brotli(Buffer.from(text)).length;
export type Compressed = (text: string | Buffer) => number;

/** Static imports of a built module (`import "./x.js"`, `from "./x.js"`); dynamic `import()` is loaded only on demand. */
function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)].map((match) => match[1]!);
}

function moduleGraph(root: string, entry: string, seen: Set<string>): void {
  if (seen.has(entry)) return;
  seen.add(entry);
  const code = readFileSync(join(root, entry), 'utf8');
  for (const specifier of staticImports(code)) moduleGraph(root, new URL(specifier, `http://site${entry}`).pathname, seen);
}

export interface JavaScriptWeight {
  inlineBytes: number;
  files: string[];
  fileBytes: number;
  total: number;
}

/**
 * The JavaScript a page runs on first load, in gzip bytes (or `size`'s): its inline scripts, its
 * external module scripts and island components/renderers, and everything they
 * import statically. Search is a dynamic import and so is not counted.
 * `withoutIslands` leaves out named islands, to weigh one island's share of a page.
 */
export function javascriptWeight(page: BuiltPage, withoutIslands: readonly string[] = [], root = distDir, size: Compressed = gzipSize): JavaScriptWeight {
  // JSON data blocks (the page's shared island strings) never run, so they are not JavaScript; the HTML budget counts them.
  const inline = elements(page.document).filter((element) => element.tagName === 'script' && !attr(element, 'src') && !['application/ld+json', 'application/json'].includes(attr(element, 'type') ?? ''));
  const inlineBytes = inline.reduce((sum, script) => sum + size(textOf(script)), 0);
  const entries = elements(page.document).flatMap((element) => {
    if (element.tagName === 'script' && attr(element, 'src')) return [attr(element, 'src')!];
    if (element.tagName === 'astro-island') {
      const component = attr(element, 'component-url') ?? '';
      if (withoutIslands.some((name) => component.includes(`/${name}.`))) return [];
      return [component, attr(element, 'renderer-url') ?? ''].filter(Boolean);
    }
    return [];
  });
  const seen = new Set<string>();
  for (const entry of entries) moduleGraph(root, new URL(entry, 'http://site/').pathname, seen);
  const files = [...seen].sort();
  const fileBytes = files.reduce((sum, file) => sum + size(readFileSync(join(root, file), 'utf8')), 0);
  return { inlineBytes, files, fileBytes, total: inlineBytes + fileBytes };
}

export function formatKB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** The CSS a page loads on first view: its stylesheets and inline styles, gzip bytes (or `size`'s). */
export function cssWeight(page: BuiltPage, root = distDir, size: Compressed = gzipSize): number {
  return elements(page.document).reduce((sum, element) => {
    if (element.tagName === 'link' && attr(element, 'rel') === 'stylesheet') {
      return sum + size(readFileSync(join(root, new URL(attr(element, 'href')!, 'http://site/').pathname), 'utf8'));
    }
    if (element.tagName === 'style') return sum + size(textOf(element));
    return sum;
  }, 0);
}
