import type { Page } from 'playwright-core';

/**
 * Brings every island on the page into view, because they hydrate when visible,
 * and waits until each has rendered in the browser (Astro then drops its `ssr`
 * attribute) and has read the URL (the island sets `data-ready`). Tests wait for
 * this state instead of for the network to go quiet.
 */
export async function hydrateIslands(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  for (const island of await page.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
  await page.waitForFunction(() =>
    [...document.querySelectorAll('astro-island')].every((island) => !island.hasAttribute('ssr') && island.querySelector('[data-ready]')),
  );
}
