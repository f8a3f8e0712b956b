import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages } from '../support/html.ts';
import { launchBrowser, openPage, url } from './support.ts';

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const pages = builtPages();
/** Pages that send the reader on with a script; without it they are lists of links, and are checked that way. */
const redirecting = (path: string) => !/^\/(en|de|nl|zh-cn|ru)\//.test(path) && path !== '/404.html';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function axeViolations(page: import('playwright-core').Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe.each(pages.map((page) => [page.path] as const))('%s', (path) => {
  it('loads without console errors, CSP violations or requests to other origins, and passes axe (WCAG 2.2 AA) in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, problems } = await openPage(browser, { colorScheme });
      // Checked as readers without JavaScript see them; the redirect itself is tested in navigation.test.ts.
      if (redirecting(path)) await page.route('**/_astro/*.js', (route) => route.abort());
      const response = await page.goto(url(path), { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      expect(await axeViolations(page), colorScheme).toEqual([]);
      if (!redirecting(path)) expect(problems).toEqual([]);
      await page.context().close();
    }
  });

  it('fits a 320 px wide screen without sideways scrolling', async () => {
    const { page } = await openPage(browser, { viewport: { width: 320, height: 640 }, javaScriptEnabled: !redirecting(path) });
    await page.goto(url(path));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});

describe('unknown address', () => {
  it('answers 404 with the not-found page', async () => {
    const { page } = await openPage(browser);
    const response = await page.goto(url('/de/no-such-page/'));
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').first().textContent()).toBeTruthy();
    await page.context().close();
  });
});
