/**
 * A page costs the same whatever the number of articles: the site is built
 * again with generated articles (one long category: more than a category page,
 * the sidebar and the home page's tasks hold), and the pages both builds share
 * must stay within 10% of their gzip size in the real build. The benchmark
 * measures the same at 1,000 articles per language. Search, whose queries now
 * match many pages, shows results a few at a time.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedSite } from '../../bench/generated-site.ts';
import { CATEGORY_PAGE_SIZE, HOME_TASKS, SIDEBAR_ARTICLES } from '../../src/content/categories.ts';
import { locales } from '../../src/i18n/locales.ts';
import { chromiumArgs, chromiumPath } from '../support/chromium.ts';
import { distDir, projectRoot } from '../support/paths.ts';
import { serveStatic } from '../support/static-server.ts';

const GENERATED = Math.max(CATEGORY_PAGE_SIZE, SIDEBAR_ARTICLES, HOME_TASKS) + 4;
const CATEGORY = 'subscription';
const fixture = join(projectRoot, 'bench', 'tmp', 'scale-test');
const gzipSize = (dist: string, path: string) => gzipSync(readFileSync(join(dist, path, 'index.html')), { level: 9 }).length;

beforeAll(() => {
  generatedSite(fixture, GENERATED, [CATEGORY]);
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: fixture, stdio: 'ignore' });
  execFileSync(process.execPath, ['scripts/search-index.ts', 'dist'], { cwd: fixture, stdio: 'ignore' });
}, 600_000);

describe.each(locales.map((locale) => [locale.path] as const))(`with ${GENERATED} more articles in one category, in %s`, (localePath) => {
  const fixtureDist = () => join(fixture, 'dist');

  it.each([`/${localePath}/`, `/${localePath}/buy-or-renew-action-pack/`, `/${localePath}/upgrade-partner-network-membership/`])('%s stays within 10% of its gzip size', (path) => {
    const real = gzipSize(distDir, path);
    const grown = gzipSize(fixtureDist(), path);
    console.log(`${path}: ${real} B gzip with 2 articles, ${grown} B with ${GENERATED + 2}`);
    expect(grown).toBeLessThanOrEqual(real * 1.1);
  });

  it('pages the category and keeps each page of it within the size of a full page', () => {
    const first = gzipSize(fixtureDist(), `/${localePath}/category/${CATEGORY}/`);
    const second = gzipSize(fixtureDist(), `/${localePath}/category/${CATEGORY}/2/`);
    const html = readFileSync(join(fixtureDist(), localePath, 'category', CATEGORY, 'index.html'), 'utf8');
    const list = html.slice(html.indexOf('<ul class="article-list">'), html.indexOf('</ul>', html.indexOf('<ul class="article-list">')));
    const listed = list.split('<li>').length - 1;
    expect(listed).toBe(CATEGORY_PAGE_SIZE);
    expect(second).toBeLessThanOrEqual(first);
  });
});

describe('search over many matching articles', () => {
  let served: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Awaited<ReturnType<typeof chromium.launch>>;
  beforeAll(async () => {
    served = await serveStatic(join(fixture, 'dist'));
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  });
  afterAll(async () => {
    await browser?.close();
    served?.server.close();
  });

  it('shows three results, then three more on request, moving focus to the first new one', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(new URL('/en/', served.url).href);
    await page.locator('[data-search-open]').click();
    await page.locator('#search-input').fill('renew');
    await page.locator('[data-search-status]').filter({ hasText: `${GENERATED + 1} results` }).waitFor();
    const results = page.locator('.search-results > li');
    expect(await results.count()).toBe(3);
    const more = page.locator('[data-search-more]');
    expect(await more.isVisible()).toBe(true);
    await more.press('Enter');
    await page.locator('.search-results > li:nth-child(6)').waitFor();
    expect(await results.count()).toBe(6);
    expect(await page.evaluate(() => document.activeElement?.closest('.search-results > li') === document.querySelector('.search-results > li:nth-child(4)'))).toBe(true);
    while (await more.isVisible()) await more.click();
    await page.locator(`.search-results > li:nth-child(${GENERATED + 1})`).waitFor();
    expect(await results.count()).toBe(GENERATED + 1);
    await page.locator('#search-input').fill('');
    expect(await results.count()).toBe(0);
    expect(await more.isVisible()).toBe(false);
    await page.close();
  });
});
