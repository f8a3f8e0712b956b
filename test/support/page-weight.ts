import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { attr, elements, textOf, type BuiltPage } from './html.ts';
import { distDir } from './paths.ts';

export const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

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
 * The JavaScript a page runs on first load, in gzip bytes: its inline scripts, its
 * external module scripts and island components/renderers, and everything they
 * import statically. Search is a dynamic import and so is not counted.
 * `withoutIslands` leaves out named islands, to weigh one island's share of a page.
 */
export function javascriptWeight(page: BuiltPage, withoutIslands: readonly string[] = [], root = distDir): JavaScriptWeight {
  const inline = elements(page.document).filter((element) => element.tagName === 'script' && !attr(element, 'src') && attr(element, 'type') !== 'application/ld+json');
  const inlineBytes = inline.reduce((sum, script) => sum + gzipSize(textOf(script)), 0);
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
  const fileBytes = files.reduce((sum, file) => sum + gzipSize(readFileSync(join(root, file), 'utf8')), 0);
  return { inlineBytes, files, fileBytes, total: inlineBytes + fileBytes };
}

export function formatKB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** The CSS a page loads on first view: its stylesheets and inline styles, gzip bytes. */
export function cssWeight(page: BuiltPage, root = distDir): number {
  return elements(page.document).reduce((sum, element) => {
    if (element.tagName === 'link' && attr(element, 'rel') === 'stylesheet') {
      return sum + gzipSize(readFileSync(join(root, new URL(attr(element, 'href')!, 'http://site/').pathname), 'utf8'));
    }
    if (element.tagName === 'style') return sum + gzipSize(textOf(element));
    return sum;
  }, 0);
}
