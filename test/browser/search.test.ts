import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchQueries as queries } from '../support/search-queries.ts';
import { firstSearchTransfer } from '../support/transfer.ts';
import { hydrateIslands, launchBrowser, openPage, url } from './support.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** What the first search may download (gzip), the search code included: Pagefind's engine, the language's index and the results' fragments. */
const FIRST_SEARCH_BUDGET = 85 * 1024;

const expectedSection = {
  renew: /#(renew-a-microsoft-action-pack-subscription|to-renew-a-microsoft-action-pack-subscription-in-the-partner-center|check-your-renewal-eligibility)$/,
  cancel: /#cancel-your-action-pack-subscription$/,
  invoice: /#download-your-action-pack-invoice$/,
};

describe.each(Object.entries(queries))('search in %s', (localePath, byTask) => {
  it('loads only when opened, within its byte budget, then finds the article for each task and links to the matching section', async () => {
    const { page, problems } = await openPage(browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(url(`/${localePath}/`));
    await hydrateIslands(page);
    expect(requested.filter((path) => path.startsWith('/pagefind/')), 'search code loads only on first use').toEqual([]);

    const firstSearch = await firstSearchTransfer(page, Object.values(byTask)[0]!);
    console.log(`/${localePath}/ first search "${Object.values(byTask)[0]}": ${(firstSearch.bytes / 1024).toFixed(1)} KB gzip in ${firstSearch.urls.length} requests`);
    expect(firstSearch.bytes, firstSearch.urls.join(' ')).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    for (const [task, query] of Object.entries(byTask)) {
      await page.locator('#search-input').fill(query);
      // The status names the query once its results are shown.
      await expect.poll(() => page.locator('[data-search-status]').textContent()).toContain(query);
      expect(await page.locator('.search-results__title').first().getAttribute('href'), query).toBe(`/${localePath}/buy-or-renew-action-pack/`);
      const sections = await page.locator('.search-results a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(sections.some((href) => expectedSection[task as keyof typeof expectedSection].test(href)), `${query}: ${sections.join(' ')}`).toBe(true);
      expect(await page.locator('.search-results mark').count(), query).toBeGreaterThan(0);
    }
    expect(requested.some((path) => path.includes(`/pagefind/index/${localePath}_`) || path.includes(`/pagefind/pagefind.${localePath}_`))).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('search dialog', () => {
  it('is keyboard operable: opens from the button, closes with Escape and returns focus', async () => {
    const { page } = await openPage(browser);
    await page.goto(url('/en/'));
    await page.locator('[data-search-open]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.type('renew');
    await page.locator('.search-results > li').first().waitFor();
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-search-dialog]').evaluate((dialog) => (dialog as HTMLDialogElement).open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-open'))).toBe(true);
    await page.context().close();
  });

  it('treats a query as text, never as HTML', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(url('/en/'));
    await page.locator('[data-search-open]').click();
    await page.locator('#search-input').fill('<img src=x onerror=alert(1)>');
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('[data-search-dialog] img').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
