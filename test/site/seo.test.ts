import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attr, builtPages, byTag, elements, textOf, type BuiltPage } from '../support/html.ts';
import { distDir } from '../support/paths.ts';
import { locales } from '../../src/i18n/locales.ts';
import config from '../../astro.config.mjs';

const site = config.site!;
const pages = builtPages();
const localeCodes: string[] = locales.map((locale) => locale.code);

function meta(page: BuiltPage, name: string): string | undefined {
  const element = byTag(page, 'meta').find((candidate) => attr(candidate, 'name') === name || attr(candidate, 'http-equiv') === name);
  return element && attr(element, 'content');
}

function alternates(page: BuiltPage): Record<string, string> {
  return Object.fromEntries(
    byTag(page, 'link')
      .filter((link) => attr(link, 'rel') === 'alternate' && attr(link, 'hreflang'))
      .map((link) => [attr(link, 'hreflang')!, attr(link, 'href')!]),
  );
}

/** Wide (CJK) characters count double, as they carry about a word each; 40 is a short sentence either way. */
function displayWidth(text: string): number {
  return [...text].reduce((width, character) => width + (/[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]/.test(character) ? 2 : 1), 0);
}

const isNotFound = (page: BuiltPage) => /\/404(\.html|\/)$/.test(page.path);
const isNoindex = (page: BuiltPage) => /noindex/.test(meta(page, 'robots') ?? '');
const localizedPages = pages.filter((page) => locales.some((locale) => page.path.startsWith(`/${locale.path}/`)));

describe.each(pages.map((page) => [page.path, page] as const))('%s', (_, page) => {
  it('declares one of the site languages in <html lang>', () => {
    const html = elements(page.document).find((element) => element.tagName === 'html')!;
    expect(localeCodes).toContain(attr(html, 'lang'));
  });

  it('has a title, a meta description and, unless it is an error page, an absolute canonical URL of itself', () => {
    expect(textOf(byTag(page, 'title')[0]!).trim().length).toBeGreaterThan(5);
    expect(displayWidth(meta(page, 'description') ?? '')).toBeGreaterThan(40);
    const canonical = byTag(page, 'link').find((link) => attr(link, 'rel') === 'canonical');
    expect(canonical && attr(canonical, 'href')).toBe(isNotFound(page) ? undefined : new URL(page.path, site).href);
  });

  it('has a strict Content-Security-Policy without unsafe-inline', () => {
    const policy = meta(page, 'content-security-policy') ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toMatch(/https?:/);
  });
});

describe.each(localizedPages.map((page) => [page.path, page] as const))('%s alternates', (_, page) => {
  it('lists itself and every language version, plus x-default, each pointing to a page in that language', () => {
    const links = alternates(page);
    expect(Object.keys(links).sort()).toEqual([...localeCodes, 'x-default'].sort());
    for (const [hreflang, href] of Object.entries(links)) {
      const target = pages.find((candidate) => new URL(candidate.path, site).href === href);
      expect(target, `${hreflang} → ${href}`).toBeDefined();
      const targetLang = attr(elements(target!.document).find((element) => element.tagName === 'html')!, 'lang');
      expect(targetLang).toBe(hreflang === 'x-default' ? 'en' : hreflang);
      expect(alternates(target!), `${href} links back`).toEqual(links);
    }
    expect(links[attr(elements(page.document).find((element) => element.tagName === 'html')!, 'lang')!]).toBe(new URL(page.path, site).href);
  });
});

describe('sitemap', () => {
  const sitemapFiles = readdirSync(distDir).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  const xml = sitemapFiles.map((name) => readFileSync(join(distDir, name), 'utf8')).join('\n');
  const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);

  it('lists every indexable page and no page marked noindex', () => {
    const indexable = pages.filter((page) => !isNoindex(page)).map((page) => new URL(page.path, site).href);
    expect([...listed].sort()).toEqual(indexable.sort());
  });

  it('keeps the archived article out and gives each article its language alternates', () => {
    expect(listed.some((url) => url.includes('upgrade-partner-network-membership'))).toBe(false);
    for (const locale of locales) {
      expect(xml).toContain(`hreflang="${locale.code}" href="${new URL(`/${locale.path}/buy-or-renew-action-pack/`, site).href}"`);
    }
  });

  it('is announced in robots.txt', () => {
    expect(readFileSync(join(distDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${new URL('/sitemap-index.xml', site).href}`);
  });
});

describe('archived article', () => {
  const archived = localizedPages.filter((page) => page.path.endsWith('/upgrade-partner-network-membership/'));

  it('exists in every language, is noindex and stays out of the search index', () => {
    expect(archived).toHaveLength(locales.length);
    for (const page of archived) {
      expect(isNoindex(page)).toBe(true);
      expect(page.html).not.toContain('data-pagefind-body');
    }
  });
});

describe('search index scope', () => {
  it('has searchable pages only at /<lang>/<slug>/, the only pages the build hands to Pagefind (scripts/build.ts)', () => {
    const searchable = pages.filter((page) => page.html.includes('data-pagefind-body')).map((page) => page.path);
    expect(searchable.length).toBeGreaterThan(0);
    const lang = locales.map((locale) => locale.path).join('|');
    expect(searchable.filter((path) => !new RegExp(`^/(${lang})/[^/]+/$`).test(path))).toEqual([]);
  });
});
