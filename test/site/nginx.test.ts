/**
 * The built site served by a real nginx on loopback with the production
 * configuration: language negotiation, not-found pages, headers, caching,
 * precompressed files and every internal link.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attr, builtPages, elements, expectedCspHeader } from '../support/html.ts';
import { get, startNginx, type RawResponse, type RunningNginx } from '../support/nginx.ts';
import { distDir } from '../support/paths.ts';

let nginx: RunningNginx;
beforeAll(async () => {
  nginx = await startNginx(distDir);
}, 60_000);
afterAll(async () => {
  await nginx?.stop();
});

const fetchPath = (path: string, headers: Record<string, string> = {}) => get(`${nginx.url}${path}`, headers);
const cspHeader = expectedCspHeader(join(distDir, 'en/index.html'));
const htmlLang = (response: RawResponse) => /<html lang="([^"]+)"/.exec(response.body.toString('utf8'))?.[1];

describe('language negotiation', () => {
  const matrix: [acceptLanguage: string | undefined, locale: string][] = [
    ['de-AT,de;q=0.9,en;q=0.8', 'de'],
    ['de-AT', 'de'],
    ['nl-BE, nl;q=0.9', 'nl'],
    ['zh-CN,zh;q=0.9', 'zh-cn'],
    ['zh-Hans', 'zh-cn'],
    ['zh', 'zh-cn'],
    ['ru-RU', 'ru'],
    ['en;q=0.5, ru', 'ru'],
    ['fr-FR, fr;q=0.9, nl;q=0.8, de;q=0.7', 'nl'],
    ['de;q=0.2, nl;q=0.2', 'de'],
    ['de;q=0, en-GB', 'en'],
    ['ja, ko;q=0.9', 'en'],
    ['*', 'en'],
    ['garbage!!, ;;', 'en'],
    [undefined, 'en'],
  ];

  it.each(matrix)('Accept-Language %s opens /%s/, keeping the query, with Vary', async (acceptLanguage, locale) => {
    const headers = acceptLanguage === undefined ? {} : { 'Accept-Language': acceptLanguage };
    for (const [path, target] of [['/?utm=a&b=1', `/${locale}/?utm=a&b=1`], ['/', `/${locale}/`], ['/buy-or-renew-action-pack/?expires=2025-06-22', `/${locale}/buy-or-renew-action-pack/?expires=2025-06-22`]] as const) {
      const response = await fetchPath(path, headers);
      expect(response.status, path).toBe(302);
      expect(response.headers.location, path).toBe(target);
      expect(response.headers.vary, path).toMatch(/Accept-Language/);
    }
  });

  it('prefers the language the reader picked on the site (its cookie) over the browser’s, and ignores a cookie that names none', async () => {
    expect((await fetchPath('/', { 'Accept-Language': 'de', Cookie: 'help_site_locale=ru' })).headers.location).toBe('/ru/');
    expect((await fetchPath('/', { 'Accept-Language': 'de', Cookie: 'locale=ru; help_site_locale=xx' })).headers.location).toBe('/de/');
  });

  it('serves the language pages themselves without redirecting', async () => {
    const response = await fetchPath('/de/', { 'Accept-Language': 'ru' });
    expect(response.status).toBe(200);
    expect(htmlLang(response)).toBe('de');
  });
});

describe('not found', () => {
  it.each([
    ['/de/no-such-page/', 'de'],
    ['/zh-cn/no/such/page', 'zh-CN'],
    ['/ru/buy-or-renew-action-pack/extra/', 'ru'],
  ])('%s gets the %s not-found page with status 404', async (path, lang) => {
    const response = await fetchPath(path);
    expect(response.status).toBe(404);
    expect(htmlLang(response)).toBe(lang);
    expect(response.body.toString('utf8')).toContain('noindex');
  });

  it('a folder without a page is not found either, in its language', async () => {
    const inLanguage = await fetchPath('/en/category/');
    expect(inLanguage.status).toBe(404);
    expect(htmlLang(inLanguage)).toBe('en');
    expect((await fetchPath('/_astro/')).status).toBe(404);
  });

  it('an address without its final slash is redirected to it, keeping the query', async () => {
    for (const [path, target] of [['/en/buy-or-renew-action-pack', '/en/buy-or-renew-action-pack/'], ['/buy-or-renew-action-pack?x=1', '/buy-or-renew-action-pack/?x=1'], ['/de', '/de/']] as const) {
      const response = await fetchPath(path);
      expect(response.status, path).toBe(301);
      expect(response.headers.location, path).toBe(target);
    }
  });

  it.each(['/no-such-page/', '/fr/', '/staticwebapp.config.json', '/staticwebapp.config.json.br'])('%s gets the multilingual not-found page with status 404', async (path) => {
    const response = await fetchPath(path);
    expect(response.status).toBe(404);
    const html = response.body.toString('utf8');
    for (const lang of ['en', 'de', 'nl', 'zh-CN', 'ru']) expect(html).toContain(`lang="${lang}"`);
  });
});

/** Every file of the built site, by its URL path, the precompressed copies and the other host's configuration left out. */
const siteFiles = () =>
  readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(distDir, name)).isFile() && !/\.(br|gz)$/.test(name) && name !== 'staticwebapp.config.json')
    .map((name) => `/${name.split(sep).join('/')}`);

describe('headers', () => {
  const expectSecurityHeaders = (response: RawResponse, path: string) => {
    expect(response.headers['content-security-policy'], path).toBe(cspHeader);
    expect(response.headers['x-content-type-options'], path).toBe('nosniff');
    expect(response.headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(response.headers['permissions-policy'], path).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\).*payment=\(\)/);
    expect(response.headers['strict-transport-security'], path).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
  };

  it('every page type, redirect, not-found page and asset carries the security headers', async () => {
    const paths = ['/', '/buy-or-renew-action-pack/', '/en/', '/de/buy-or-renew-action-pack/', '/ru/upgrade-partner-network-membership/', '/nl/category/subscription/', '/zh-cn/404/', '/de/missing/', '/missing', '/robots.txt', '/sitemap-index.xml', '/favicon.svg', ...siteFiles().filter((path) => /^\/(_astro|pagefind)\//.test(path))];
    for (const path of paths) expectSecurityHeaders(await fetchPath(path), path);
  });

  it('caches hashed assets for a year as immutable, and makes everything else revalidate', async () => {
    const files = siteFiles();
    const hashed = (path: string) => path.startsWith('/_astro/') || /^\/pagefind\/.+\.pf_(meta|index|fragment)$/.test(path);
    expect(files.filter(hashed).length).toBeGreaterThan(10);
    for (const path of [...files, '/', '/de/', '/de/missing/']) {
      const response = await fetchPath(path);
      expect(response.headers['cache-control'], path).toBe(hashed(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
    }
  });

  it('sends Pagefind’s files and WebAssembly with their MIME types, and text in UTF-8', async () => {
    const files = siteFiles();
    const typeOf = async (path: string) => (await fetchPath(path)).headers['content-type'];
    for (const path of files.filter((file) => /\.(pagefind|pf_meta|pf_index|pf_fragment)$/.test(file))) expect(await typeOf(path), path).toBe('application/octet-stream');
    expect(await typeOf('/en/')).toBe('text/html; charset=utf-8');
    expect(await typeOf(files.find((file) => file.endsWith('.js'))!)).toBe('text/javascript; charset=utf-8');
    expect(await typeOf(files.find((file) => file.endsWith('.css'))!)).toBe('text/css; charset=utf-8');
    expect(await typeOf('/pagefind/pagefind-entry.json')).toBe('application/json; charset=utf-8');
    expect(await typeOf('/favicon.svg')).toBe('image/svg+xml; charset=utf-8');
  });
});

describe('compression', () => {
  const samples = () => ['/de/buy-or-renew-action-pack/index.html', siteFiles().find((file) => file.endsWith('.css'))!, siteFiles().find((file) => file.startsWith('/_astro/') && file.endsWith('.js'))!, '/pagefind/pagefind.js'];
  const fileOf = (path: string) => join(distDir, path);

  it('sends the brotli file when the client accepts brotli, the gzip file when it accepts only gzip, and the file itself otherwise', async () => {
    for (const path of samples()) {
      const url = path.replace(/index\.html$/, '');
      const brotli = await fetchPath(url, { 'Accept-Encoding': 'gzip, deflate, br' });
      expect(brotli.headers['content-encoding'], path).toBe('br');
      expect(brotli.body.equals(readFileSync(`${fileOf(path)}.br`)), path).toBe(true);
      expect(brotli.headers.vary, path).toMatch(/Accept-Encoding/);
      const gzip = await fetchPath(url, { 'Accept-Encoding': 'gzip' });
      expect(gzip.headers['content-encoding'], path).toBe('gzip');
      expect(gzip.body.equals(readFileSync(`${fileOf(path)}.gz`)), path).toBe(true);
      const plain = await fetchPath(url);
      expect(plain.headers['content-encoding'], path).toBeUndefined();
      expect(plain.body.equals(readFileSync(fileOf(path))), path).toBe(true);
    }
  });

  it('never sends Pagefind’s own compressed files compressed again', async () => {
    for (const path of siteFiles().filter((file) => /\.(pagefind|pf_\w+)$/.test(file))) expect((await fetchPath(path, { 'Accept-Encoding': 'br, gzip' })).headers['content-encoding'], path).toBeUndefined();
  });
});

describe('links through nginx', () => {
  it('every internal link and asset of every page answers 200, language-neutral ones after one redirect', async () => {
    const targets = new Set<string>();
    for (const page of builtPages()) {
      for (const element of elements(page.document)) {
        const value = attr(element, 'href') ?? attr(element, 'src');
        if (!value || !['a', 'link', 'script', 'img'].includes(element.tagName)) continue;
        const url = new URL(value, new URL(page.path, 'https://help.example.com'));
        if (url.origin === 'https://help.example.com') targets.add(`${url.pathname}${url.search}`);
      }
    }
    expect(targets.size).toBeGreaterThan(30);
    const broken: string[] = [];
    for (const target of targets) {
      let response = await fetchPath(target, { 'Accept-Language': 'nl' });
      if (response.status === 302) response = await fetchPath(response.headers.location!);
      if (response.status !== 200) broken.push(`${target}: ${response.status}`);
    }
    expect(broken).toEqual([]);
  });
});
