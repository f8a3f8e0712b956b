import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attr, builtPages, elements, idsOf, type BuiltPage } from '../support/html.ts';
import { distDir } from '../support/paths.ts';
import config from '../../astro.config.mjs';

const site = new URL(config.site!);
const pages = builtPages();

/** The built file a site path is served from, as a static host would find it. */
function fileFor(pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  const candidates = decoded.endsWith('/') ? [join(distDir, decoded, 'index.html')] : [join(distDir, decoded), join(distDir, decoded, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

function pageAt(pathname: string): BuiltPage | undefined {
  return pages.find((page) => page.path === pathname || page.path === `${pathname}index.html`);
}

const references = [
  ['a', 'href'],
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['source', 'src'],
  ['iframe', 'src'],
  ['form', 'action'],
] as const;

describe('built site', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  describe.each(pages.map((page) => [page.path, page] as const))('%s', (_, page) => {
    it('links only to pages, files and #anchors that exist', () => {
      const broken: string[] = [];
      for (const element of elements(page.document)) {
        const pair = references.find(([tag]) => tag === element.tagName);
        const value = pair && attr(element, pair[1]);
        if (!value) continue;
        const url = new URL(value, new URL(page.path, site));
        if (url.origin !== site.origin) continue;
        if (!fileFor(url.pathname)) {
          broken.push(`${value} (no file for ${url.pathname})`);
          continue;
        }
        if (url.hash) {
          const target = url.pathname === page.path ? page : pageAt(url.pathname);
          const id = decodeURIComponent(url.hash.slice(1));
          if (!target || !idsOf(target).includes(id)) broken.push(`${value} (no #${id} on ${url.pathname})`);
        }
      }
      expect(broken).toEqual([]);
    });

    it('loads nothing from another origin', () => {
      const loaded = elements(page.document).flatMap((element) => {
        const source =
          element.tagName === 'script' || element.tagName === 'img' || element.tagName === 'iframe' || element.tagName === 'source'
            ? attr(element, 'src')
            : element.tagName === 'link' && /stylesheet|icon|preload|modulepreload|manifest/.test(attr(element, 'rel') ?? '')
              ? attr(element, 'href')
              : undefined;
        return source && new URL(source, site).origin !== site.origin ? [source] : [];
      });
      expect(loaded).toEqual([]);
    });

    it('has unique ids', () => {
      const ids = idsOf(page);
      expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    });
  });
});
