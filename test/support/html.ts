import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { distDir } from './paths.ts';

export type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

export interface BuiltPage {
  /** Site path, e.g. `/de/buy-or-renew-action-pack/` or `/404.html`. */
  path: string;
  file: string;
  html: string;
  document: DefaultTreeAdapterMap['document'];
}

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

export function sitePathOf(file: string, root = distDir): string {
  const path = `/${relative(root, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

let cache: BuiltPage[] | undefined;

/** Every HTML page of the built site, parsed with a real HTML parser. */
export function builtPages(): BuiltPage[] {
  cache ??= readPages(distDir);
  return cache;
}

export function readPages(root: string): BuiltPage[] {
  return htmlFiles(root).map((file) => {
    const html = readFileSync(file, 'utf8');
    return { path: sitePathOf(file, root), file, html, document: parse(html) };
  });
}

export function elements(node: Node): Element[] {
  const found: Element[] = [];
  const visit = (current: Node) => {
    if ('tagName' in current) found.push(current);
    const children = 'content' in current && current.tagName === 'template' ? current.content.childNodes : 'childNodes' in current ? current.childNodes : [];
    for (const child of children) visit(child as Node);
  };
  visit(node);
  return found;
}

export function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((attribute) => attribute.name === name)?.value;
}

export function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map((child) => textOf(child as Node)).join('') : '';
}

export function byTag(page: BuiltPage, tagName: string): Element[] {
  return elements(page.document).filter((element) => element.tagName === tagName);
}

export function idsOf(page: BuiltPage): string[] {
  return elements(page.document).flatMap((element) => {
    const id = attr(element, 'id');
    return id === undefined ? [] : [id];
  });
}

/**
 * The Content-Security-Policy a built page carries in its `<meta>` tag, as a
 * web server must send it: the same policy, read from the page itself, plus
 * `frame-ancestors 'none'`, which only a header can carry.
 */
export function expectedCspHeader(file: string): string {
  const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(readFileSync(file, 'utf8'))?.[1];
  if (policy === undefined) throw new Error(`${file} carries no Content-Security-Policy`);
  return `${policy.replace(/;\s*$/, '')}; frame-ancestors 'none'`;
}
