import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGE_COOKIE } from '../../src/i18n/negotiate-language.ts';
import { locales } from '../../src/i18n/locales.ts';
import { distDir } from '../support/paths.ts';
import { startNginx, type RunningNginx } from '../support/nginx.ts';
import { axeViolations } from './axe.ts';
import { localeStrings, stringAt } from './locale-strings.ts';
import { copiedFromMenu, copyMenuItem, hydrateIslands, launchBrowser, openPage, url } from './support.ts';

/**
 * "Copy link" for support agents: every control (a section, a step, the
 * calculator, the walkthrough) opens one menu that copies the language-neutral
 * permalink, which opens in the recipient's language, or the page in a chosen
 * language; the query (an island's answers) and the #anchor are kept. The
 * permalink is followed through the real nginx (which negotiates the language)
 * and through the static server (a host without negotiation, where the
 * permalink page's script chooses).
 */

let browser: Browser;
let nginx: RunningNginx;
beforeAll(async () => {
  [browser, nginx] = await Promise.all([launchBrowser(), startNginx(distDir)]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), nginx?.stop()]);
});

const slug = 'buy-or-renew-action-pack';
const clipboard: BrowserContextOptions = { permissions: ['clipboard-read', 'clipboard-write'] };
const common = (localePath: string) => localeStrings(localePath, 'common');

interface CopyKind {
  name: string;
  query: string;
  anchor: string;
  trigger: (page: Page) => Locator;
}

const kinds: CopyKind[] = [
  { name: 'a section', query: '?ref=ticket-42', anchor: '#update-your-bill-to-address', trigger: (page) => page.locator('#update-your-bill-to-address .copy-link') },
  { name: 'a step', query: '?ref=ticket-42', anchor: '#cancel-your-action-pack-subscription-step-3', trigger: (page) => page.locator('#cancel-your-action-pack-subscription-step-3 .copy-link') },
  { name: 'the calculator', query: '?expires=2026-12-20&auto=off', anchor: '#check-your-renewal-eligibility', trigger: (page) => page.locator('.calculator [data-copy-link]') },
  { name: 'the walkthrough', query: '?guide=turn-off&step=turn-off-warning', anchor: '#guide', trigger: (page) => page.locator('.guide__tools [data-copy-link]') },
];

async function openArticle(localePath: string, query: string, options: BrowserContextOptions = {}, site = url('/')) {
  const watched = await openPage(browser, { ...clipboard, ...options }, site);
  await watched.page.goto(new URL(`/${localePath}/${slug}/${query}`, site).href);
  await hydrateIslands(watched.page);
  return watched;
}

const announced = (page: Page) => page.locator('[data-announcer]').textContent();

describe.each(kinds)('copy link of $name', ({ query, anchor, trigger }) => {
  it('copies the language-neutral permalink and says it opens in the reader’s language', async () => {
    const { page, problems } = await openArticle('en', query);
    expect(await copiedFromMenu(page, trigger(page), 'reader')).toBe(url(`/${slug}/${query}${anchor}`));
    await expect.poll(() => announced(page)).toBe(stringAt(common('en'), 'copyLink.copiedForReader'));
    expect(await page.locator('[data-copy-menu]').isHidden()).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it.each(locales.map((locale) => [locale.path, locale.name] as const))('copies the page in a chosen language (%s) and names it', async (localePath, name) => {
    const { page } = await openArticle('ru', query);
    expect(await copiedFromMenu(page, trigger(page), localePath)).toBe(url(`/${localePath}/${slug}/${query}${anchor}`));
    await expect.poll(() => announced(page)).toBe(stringAt(common('ru'), 'copyLink.copiedIn').replace('{{language}}', name));
    await page.context().close();
  });
});

describe('the copy-link menu', () => {
  it('lists the reader’s language and every language the article exists in, each named in its own language', async () => {
    const { page } = await openArticle('de', '');
    await page.locator('#update-your-bill-to-address .copy-link').click();
    const items = page.locator('[data-copy-menu] [role="menuitem"]');
    expect(await items.allTextContents()).toEqual([stringAt(common('de'), 'copyLink.readerLanguage'), ...locales.map((locale) => locale.name)].map((text) => expect.stringContaining(text)));
    expect(await items.evaluateAll((elements) => elements.map((element) => element.getAttribute('lang')))).toEqual([null, ...locales.map((locale) => locale.code)]);
    expect(await page.locator('[data-copy-menu] [role="menu"]').getAttribute('aria-labelledby')).toBe('copy-link-menu-title');
    expect(await page.locator('#copy-link-menu-title').textContent()).toBe(stringAt(common('de'), 'copyLink.menu'));
    await page.context().close();
  });

  it('works by keyboard: opens on the first item, moves with the arrow keys, Home and End, copies with Enter, closes with Escape, and returns focus', async () => {
    const { page } = await openArticle('en', '?ref=7');
    const trigger = page.locator('#update-your-bill-to-address .copy-link');
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    expect(await trigger.getAttribute('aria-haspopup')).toBe('menu');
    expect(await trigger.getAttribute('aria-expanded')).toBe('false');
    await trigger.focus();
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe(stringAt(common('en'), 'copyLink.readerLanguage'));
    expect(await trigger.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('English');
    await page.keyboard.press('End');
    expect(await focused()).toBe('Русский');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(stringAt(common('en'), 'copyLink.readerLanguage'));
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('Русский');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('Deutsch');
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(url(`/de/${slug}/?ref=7#update-your-bill-to-address`));
    expect(await page.evaluate(() => document.activeElement?.closest('#update-your-bill-to-address') !== null)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe(stringAt(common('en'), 'copyLink.readerLanguage'));
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-copy-menu]').isHidden()).toBe(true);
    expect(await trigger.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('copy-link'))).toBe(true);
    await page.context().close();
  });

  it('toggles from its control, opens with Space on a section’s link, and closes with Escape wherever focus is', async () => {
    const { page } = await openArticle('en', '');
    const trigger = page.locator('#update-your-bill-to-address .copy-link');
    expect(await trigger.getAttribute('role')).toBe('button');
    expect(await trigger.getAttribute('aria-controls')).toBe('copy-link-menu');
    await trigger.click();
    await expect.poll(() => page.locator('[data-copy-menu]').isVisible()).toBe(true);
    await trigger.click();
    await expect.poll(() => page.locator('[data-copy-menu]').isHidden()).toBe(true);
    await trigger.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('[data-copy-menu]').isVisible()).toBe(true);
    await page.locator('#copy-link-menu-title').click();
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-copy-menu]').isHidden()).toBe(true);
    await page.context().close();
  });

  it('closes when the reader clicks elsewhere or tabs away', async () => {
    const { page } = await openArticle('en', '');
    await page.locator('#update-your-bill-to-address .copy-link').click();
    await page.locator('h1').click();
    expect(await page.locator('[data-copy-menu]').isHidden()).toBe(true);
    await page.locator('.calculator [data-copy-link]').click();
    await expect.poll(() => page.locator('[data-copy-menu]').isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.locator('[data-copy-menu]').isHidden()).toBe(true);
    await page.context().close();
  });

  it.each([320, 1280])('fits a %i px wide screen beside its control, and axe finds nothing while it is open', async (width) => {
    const { page } = await openArticle('zh-cn', '?guide=cancel&step=cancel-status', { viewport: { width, height: 800 } });
    const trigger = page.locator('.guide__tools [data-copy-link]');
    await trigger.click();
    const menu = page.locator('[data-copy-menu]');
    await expect.poll(() => menu.isVisible()).toBe(true);
    const [box, control] = await Promise.all([menu.boundingBox(), trigger.boundingBox()]);
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(width);
    expect(box!.y).toBeGreaterThanOrEqual(control!.y + control!.height);
    expect(box!.y - (control!.y + control!.height)).toBeLessThan(16);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('when the clipboard refuses', () => {
  const refuseClipboard = (page: Page) =>
    page.addInitScript(() => {
      Object.defineProperty(navigator.clipboard, 'writeText', { value: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) });
    });

  it('offers the link selected in a labelled field that stays on a phone’s screen, and says how to copy it', async () => {
    const watched = await openPage(browser, { ...clipboard, viewport: { width: 320, height: 640 } });
    const { page } = watched;
    await refuseClipboard(page);
    await page.goto(url(`/nl/${slug}/?expires=2024-06-01&auto=on#check-your-renewal-eligibility`));
    await hydrateIslands(page);
    await page.locator('.calculator [data-copy-link]').click();
    await copyMenuItem(page, 'de').click();
    const field = page.getByRole('textbox', { name: stringAt(common('nl'), 'copyLink.field') });
    await expect.poll(() => field.isVisible()).toBe(true);
    expect(await field.inputValue()).toBe(url(`/de/${slug}/?expires=2024-06-01&auto=on#check-your-renewal-eligibility`));
    expect(await field.evaluate((input: HTMLInputElement) => document.activeElement === input && input.selectionStart === 0 && input.selectionEnd === input.value.length)).toBe(true);
    await expect.poll(() => announced(page)).toBe(stringAt(common('nl'), 'copyLink.failed'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const box = await page.locator('[data-copy-menu]').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-copy-menu]').isHidden()).toBe(true);
    await page.context().close();
  });

  it('offers the walkthrough’s steps selected in a field and says how to copy them', async () => {
    const { page } = await openPage(browser, clipboard);
    await refuseClipboard(page);
    await page.goto(url(`/ru/${slug}/?guide=cancel&step=cancel-status#guide`));
    await hydrateIslands(page);
    await page.locator('.guide__tools button').nth(1).click();
    const field = page.getByRole('textbox', { name: stringAt(localeStrings('ru', 'walkthrough'), 'stepsToCopy') });
    await expect.poll(() => field.isVisible()).toBe(true);
    const text = await field.inputValue();
    expect(text.split('\n')[0]).toBe(stringAt(localeStrings('ru', 'walkthrough'), 'flows.cancel'));
    expect(await field.evaluate((area: HTMLTextAreaElement) => document.activeElement === area && area.selectionEnd - area.selectionStart === area.value.length)).toBe(true);
    await expect.poll(() => page.locator('.guide__notice').textContent()).toBe(stringAt(localeStrings('ru', 'walkthrough'), 'copyTextFailed'));
    // A second refusal selects the field again, as the message says.
    await page.locator('.guide__tools button').nth(1).focus();
    await page.locator('.guide__tools button').nth(1).click();
    await expect.poll(() => field.evaluate((area: HTMLTextAreaElement) => document.activeElement === area && area.selectionEnd - area.selectionStart === area.value.length)).toBe(true);
    // The field belongs to the step it was offered on.
    await page.locator('.guide__nav button').first().click();
    expect(await page.locator('.guide__uncopied').count()).toBe(0);
    await page.context().close();
  });
});

/** What a recipient sees: the page's language, address and island state. */
async function landing(page: Page) {
  await hydrateIslands(page);
  return {
    lang: await page.locator('html').getAttribute('lang'),
    address: page.url(),
    expires: await page.locator('#calculator-expires').inputValue(),
    autoRenew: await page.locator('#calculator-auto').isChecked(),
    state: await page.locator('.calculator__status').first().getAttribute('data-state'),
    guideHeading: (await page.locator('.guide h3').first().textContent())?.replace(/\s+/g, ' ').trim() ?? '',
  };
}

describe('a copied permalink, opened by the recipient', () => {
  const calculatorQuery = '?expires=2024-06-01&auto=on&tz=Europe%2FBerlin';
  const guideQuery = '?guide=turn-off&step=turn-off-warning';

  /**
   * The sender, on the English page, copies the permalink of the calculator or
   * the walkthrough, then the address is read as if sent from `site`. (The copy
   * is made on the static server: nginx's Permissions-Policy lets pages write to
   * the clipboard but not read it, which the test needs.)
   */
  async function sent(site: string, query: string, control: string): Promise<string> {
    const { page } = await openArticle('en', query);
    const copied = new URL(await copiedFromMenu(page, page.locator(control), 'reader'));
    await page.context().close();
    return new URL(copied.pathname + copied.search + copied.hash, site).href;
  }

  async function received(address: string, options: BrowserContextOptions, cookieLocale?: string) {
    const context = await browser.newContext({ ...options, timezoneId: 'Europe/Berlin' });
    if (cookieLocale) await context.addCookies([{ name: LANGUAGE_COOKIE, value: cookieLocale, url: address }]);
    const page = await context.newPage();
    const response = await page.goto(address);
    return { page, redirectedBy: response?.request().redirectedFrom()?.url() ?? null };
  }

  it.each([
    ['a German Accept-Language', { locale: 'de-DE' }, undefined, 'de'],
    ['a Russian language cookie', { locale: 'en-US' }, 'ru', 'ru'],
  ] as const)('through nginx with %s, lands on that language with the same query, #anchor and island state', async (_, options, cookieLocale, localePath) => {
    for (const [query, control, anchor] of [
      [calculatorQuery, '.calculator [data-copy-link]', '#check-your-renewal-eligibility'],
      [guideQuery, '.guide__tools [data-copy-link]', '#guide'],
    ] as const) {
      const address = await sent(nginx.url, query, control);
      expect(address).toBe(`${nginx.url}/${slug}/${query}${anchor}`);
      const { page, redirectedBy } = await received(address, options, cookieLocale);
      // nginx answered the permalink itself with a redirect: no script ran on a language-neutral page.
      expect(redirectedBy).toBe(address.replace(anchor, ''));
      const seen = await landing(page);
      expect(seen.lang).toBe(locales.find((locale) => locale.path === localePath)!.code);
      expect(seen.address).toBe(`${nginx.url}/${localePath}/${slug}/${query}${anchor}`);
      const original = await openArticle('en', query, { timezoneId: 'Europe/Berlin' }, nginx.url);
      const english = await landing(original.page);
      expect({ ...seen, lang: null, address: null, guideHeading: null }).toEqual({ ...english, lang: null, address: null, guideHeading: null });
      const guide = localeStrings(localePath, 'walkthrough');
      if (query === guideQuery) {
        expect(seen.guideHeading).toContain(stringAt(guide, 'flows.turn-off'));
        // Since Action Pack's retirement the warning is its retired text (the 'renew again' warning no longer holds).
        const lastDay = await page.evaluate(() => new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2025-01-21T00:00:00Z')));
        expect(await page.locator('.guide__text--warning').textContent()).toBe(stringAt(guide, 'nodes.turn-off-warning.textRetired').replace('{{lastDay}}', lastDay));
      } else {
        expect(seen.guideHeading).toBe(stringAt(guide, 'choose'));
      }
      await Promise.all([page.context().close(), original.page.context().close()]);
    }
  });

  it('on a host without negotiation, the permalink page’s script lands on the browser’s language the same way', async () => {
    const address = await sent(url('/'), calculatorQuery, '.calculator [data-copy-link]');
    const { page } = await received(address, { locale: 'de-DE' });
    await page.waitForURL(/\/de\//);
    const seen = await landing(page);
    expect(seen.address).toBe(url(`/de/${slug}/${calculatorQuery}#check-your-renewal-eligibility`));
    expect([seen.expires, seen.autoRenew, seen.state]).toEqual(['2024-06-01', true, 'retired']);
    await page.context().close();
  });
});
