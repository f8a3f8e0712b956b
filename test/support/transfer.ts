import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

/** A body's size on the wire from a host that gzips text: its gzip size, or its own size when it is gzip already (Pagefind's index files). */
export function gzipTransferSize(body: Buffer): number {
  const isGzip = body.length > 2 && body[0] === 0x1f && body[1] === 0x8b;
  return isGzip ? body.length : gzipSync(body, { level: 9 }).length;
}

/**
 * Counts what a page downloads from now on, each response at its gzip
 * transfer size. `bytes()` waits for every body seen so far.
 */
export function recordTransfer(page: Page): { bytes(): Promise<number>; urls: string[] } {
  const sizes: Promise<number>[] = [];
  const urls: string[] = [];
  page.on('response', (response) => {
    urls.push(new URL(response.url()).pathname);
    sizes.push(response.body().then(gzipTransferSize, () => 0));
  });
  return { urls, bytes: async () => (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0) };
}

/**
 * What a reader's first search downloads, measured with the site's own search
 * UI: from opening search to the status naming the query (results shown).
 * The page's islands must be hydrated first, or their code would be counted.
 */
export async function firstSearchTransfer(page: Page, query: string): Promise<{ bytes: number; urls: string[] }> {
  const transfer = recordTransfer(page);
  await page.locator('[data-search-open]').click();
  await page.locator('#search-input').fill(query);
  await page.locator('[data-search-status]').filter({ hasText: query }).waitFor();
  return { bytes: await transfer.bytes(), urls: transfer.urls };
}
