import { chromium, type Browser, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { localeByPath } from '../../src/i18n/locales.ts';
import { chromiumArgs, chromiumPath } from '../support/chromium.ts';

export { hydrateIslands } from '../support/islands.ts';

export const baseUrl = inject('baseUrl');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

export interface WatchedPage {
  page: Page;
  /** Console errors, uncaught exceptions, CSP violations, alert/confirm/prompt dialogs and requests to other origins seen so far. */
  problems: string[];
}

/** A page that records everything that must never happen on the site served at `site` (the built site unless told). */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}, site = baseUrl): Promise<WatchedPage> {
  const context = await browser.newContext({ locale: 'en-US', ...options });
  // Waits are for states, never delays; this limit only ends a wait for a state that never comes.
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  const problems: string[] = [];
  const origin = new URL(site).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`${dialog.type()} dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) problems.push(`request to another origin: ${request.url()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { page, problems };
}

export function url(path: string): string {
  return new URL(path, baseUrl).href;
}

/**
 * The text `copy` puts on the clipboard. Copying is asynchronous, so this waits
 * for the text to arrive; the clipboard is emptied first, so text a previous
 * test copied cannot pass for it.
 */
export async function copiedText(page: Page, copy: () => Promise<void>): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await copy();
  let text = '';
  await expect.poll(async () => (text = await page.evaluate(() => navigator.clipboard.readText()))).not.toBe('');
  return text;
}

/** The copy-link menu's item for the reader's language (`'reader'`) or for a language, by its path (`'de'`). */
export function copyMenuItem(page: Page, choice: 'reader' | string): Locator {
  const items = page.locator('[data-copy-menu] [role="menuitem"]');
  return choice === 'reader' ? items.first() : items.and(page.locator(`[lang="${localeByPath(choice).code}"]`));
}

/** What a copy-link control (`trigger`) puts on the clipboard when the menu it opens is answered with `choice`. */
export function copiedFromMenu(page: Page, trigger: Locator, choice: 'reader' | string): Promise<string> {
  return copiedText(page, async () => {
    await trigger.click();
    await copyMenuItem(page, choice).click();
  });
}
