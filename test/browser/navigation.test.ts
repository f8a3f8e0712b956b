import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGE_COOKIE } from '../../src/i18n/negotiate-language.ts';
import { copiedFromMenu, launchBrowser, openPage, url } from './support.ts';
import german from '../../locales/de/common.json' with { type: 'json' };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const article = 'buy-or-renew-action-pack';
const anchor = '#cancel-your-action-pack-subscription-step-3';

describe('language picker', () => {
  it('lands on the same article, query and #anchor in the chosen language', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(url(`/en/${article}/?ref=ticket-42${anchor}`));
    await page.locator('.language-picker summary').click();
    await page.getByRole('link', { name: 'Deutsch' }).click();
    await page.waitForURL(/\/de\//);
    expect(page.url()).toBe(url(`/de/${article}/?ref=ticket-42${anchor}`));
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    await expect.poll(() => page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, anchor.slice(1))).toBeLessThan(200);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('reaches every language from the keyboard', async () => {
    const { page } = await openPage(browser);
    await page.goto(url(`/ru/${article}/`));
    await page.locator('.language-picker summary').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('English');
    await page.context().close();
  });
});

describe('language-neutral permalinks', () => {
  it.each([
    ['de-DE', 'de'],
    ['zh-Hans-CN', 'zh-cn'],
    ['ru', 'ru'],
    ['nl-BE', 'nl'],
    ['fr-FR', 'en'],
  ])("open the reader's language (%s → %s) with query and #anchor kept", async (browserLocale, localePath) => {
    const { page, problems } = await openPage(browser, { locale: browserLocale });
    await page.goto(url(`/${article}/?expires=2025-06-22${anchor}`));
    await page.waitForURL(new RegExp(`/${localePath}/`));
    expect(page.url()).toBe(url(`/${localePath}/${article}/?expires=2025-06-22${anchor}`));
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('prefer the language the reader chose on the site before', async () => {
    const { page } = await openPage(browser, { locale: 'en-US' });
    await page.goto(url(`/en/${article}/`));
    await page.locator('.language-picker summary').click();
    await page.getByRole('link', { name: 'Русский' }).click();
    await page.waitForURL(/\/ru\//);
    await page.goto(url(`/${article}/#next-steps`));
    await page.waitForURL(/\/ru\//);
    expect(page.url()).toBe(url(`/ru/${article}/#next-steps`));
    // The web server reads the same choice from a cookie (test/site/nginx.test.ts).
    expect((await page.context().cookies()).find((cookie) => cookie.name === LANGUAGE_COOKIE)?.value).toBe('ru');
    await page.context().close();
  });

  it('share a choice kept only in storage with the web server', async () => {
    const { page } = await openPage(browser);
    await page.addInitScript(() => localStorage.setItem('preferred-locale', 'nl'));
    await page.goto(url('/en/'));
    await expect.poll(async () => (await page.context().cookies()).find((cookie) => cookie.name === LANGUAGE_COOKIE)?.value).toBe('nl');
    await page.context().close();
  });

  it('offer links to every language without JavaScript', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(url(`/${article}/`));
    const hrefs = await page.locator('.language-choices a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toEqual(['en', 'de', 'nl', 'zh-cn', 'ru'].map((path) => `/${path}/${article}/`));
    await page.context().close();
  });

  it('the site root opens the home page in the browser language', async () => {
    const { page } = await openPage(browser, { locale: 'nl-NL' });
    await page.goto(url('/'));
    await page.waitForURL(/\/nl\/$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await page.context().close();
  });
});

describe('copy link', () => {
  it('copies the full URL of a step and of a section, and announces it', async () => {
    const { page, problems } = await openPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(url(`/de/${article}/?ref=1`));
    expect(await copiedFromMenu(page, page.locator(`${anchor} .copy-link`), 'reader')).toBe(url(`/${article}/?ref=1${anchor}`));
    await expect.poll(() => page.locator('[data-announcer]').textContent()).toBe(german.copyLink.copiedForReader);
    expect(await copiedFromMenu(page, page.locator('#update-your-bill-to-address .copy-link'), 'reader')).toBe(url(`/${article}/?ref=1#update-your-bill-to-address`));
    await expect.poll(() => page.url()).toBe(url(`/de/${article}/?ref=1#update-your-bill-to-address`));
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('keyboard', () => {
  it('the skip link is the first stop and moves focus to the main content', async () => {
    const { page } = await openPage(browser);
    await page.goto(url(`/en/${article}/`));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    // The fragment navigation lands after the key press returns; wait for it rather than read the URL at once.
    await expect.poll(() => page.url()).toContain('#main');
    await page.context().close();
  });
});

describe('print', () => {
  it('prints the article alone', async () => {
    const { page } = await openPage(browser);
    await page.goto(url(`/en/${article}/`));
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() =>
      ['.site-header', '.site-footer', '.page__sidebar', '.page__toc'].map((selector) => getComputedStyle(document.querySelector(selector)!).display),
    );
    expect(hidden).toEqual(['none', 'none', 'none', 'none']);
    expect(await page.locator('article h1').isVisible()).toBe(true);
    await page.context().close();
  });
});
