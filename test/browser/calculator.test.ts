import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { copiedText, launchBrowser, openPage, url } from './support.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const anchor = '#check-your-renewal-eligibility';
const article = (localePath: string, query = '') => url(`/${localePath}/buy-or-renew-action-pack/${query}${anchor}`);
/** 1 July 2025, 12:00 UTC: day 9 of the window that opens on 23 June for a subscription expiring on 22 June. */
const julyFirst = new Date('2025-07-01T12:00:00Z');

async function openAt(localePath: string, query: string, options: { timezoneId?: string } = {}) {
  const watched = await openPage(browser, { timezoneId: options.timezoneId ?? 'Europe/Berlin', permissions: ['clipboard-read', 'clipboard-write'] });
  await watched.page.clock.setFixedTime(julyFirst);
  await watched.page.goto(article(localePath, query));
  await watched.page.locator('#calculator-expires:not([disabled])').waitFor();
  return watched;
}

const status = (page: Page) => page.locator('.calculator__status');

/** Each locale's sentence for "open, 22 days left, until 22 July 2025", with its plural form. */
const openSentence: Record<string, RegExp> = {
  en: /22 days left.*July 22, 2025/,
  de: /22 Tage.*22\. Juli 2025/,
  nl: /22 dagen.*22 juli 2025/,
  'zh-cn': /22\s*天.*2025年7月22日/,
  ru: /22 дня.*22 июля 2025/,
};

describe.each(locales.map((locale) => [locale.path] as const))('renewal calculator in %s', (localePath) => {
  it('answers from the form, in the reader’s language, and keeps the answers in the URL', async () => {
    const { page, problems } = await openAt(localePath, '');
    await page.locator('#calculator-expires').fill('2025-06-22');
    await expect.poll(() => status(page).textContent()).toMatch(openSentence[localePath]!);
    expect(await status(page).getAttribute('data-state')).toBe('open');
    await expect.poll(() => new URL(page.url()).searchParams.get('expires')).toBe('2025-06-22');
    expect(new URL(page.url()).hash).toBe(anchor);
    expect(await page.locator('.calculator__facts').textContent()).toMatch(/2025/);
    expect(await page.locator('.timeline figcaption').textContent()).toBeTruthy();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('opens a prefilled link with the times in the named zone and in UTC', async () => {
    const { page, problems } = await openAt(localePath, '?expires=2025-06-22&auto=off&tz=America/Los_Angeles');
    expect(await page.locator('#calculator-expires').inputValue()).toBe('2025-06-22');
    expect(await page.locator('#calculator-zone').inputValue()).toBe('America/Los_Angeles');
    const facts = (await page.locator('.calculator__facts').textContent()) ?? '';
    expect(facts).toMatch(/17:00|5:00/);
    expect(facts).toMatch(/00:00|12:00/);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('shows a message next to each bad URL value, and runs nothing from the URL', async () => {
    const { page, problems } = await openAt(localePath, `?expires=${encodeURIComponent('<img src=x onerror=alert(1)>')}&tz=${encodeURIComponent('Mars/<b>Phobos</b>')}`);
    await page.locator('#calculator-expires-error').waitFor();
    await page.locator('#calculator-zone-error').waitFor();
    expect(await page.locator('#calculator-expires').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.calculator img, .calculator b').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('downloads an .ics file that a real iCalendar parser reads', async () => {
    const { page } = await openAt(localePath, '?expires=2025-07-10&auto=off');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.calculator__actions button').first().click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events).toHaveLength(2);
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2025-07-11T00:00:00.000Z');
    expect(events[1]!.startDate.toJSDate().toISOString()).toBe('2025-08-03T00:00:00.000Z');
    expect(events.every((event) => event.summary.length > 10)).toBe(true);
    expect(download.suggestedFilename()).toBe('action-pack-renewal-2025-07-11.ics');
    await page.context().close();
  });
});

describe('renewal calculator', () => {
  it('says plainly when renewal is too early, lapsed, or not needed', async () => {
    const { page } = await openAt('en', '?expires=2025-07-01&auto=off');
    await expect.poll(() => status(page).getAttribute('data-state')).toBe('too-early');
    expect(await status(page).textContent()).toContain('1 day, on July 2, 2025');
    await page.locator('#calculator-expires').fill('2025-05-01');
    await expect.poll(() => status(page).getAttribute('data-state')).toBe('lapsed');
    await page.locator('#calculator-expires').fill('2025-07-05');
    await page.locator('#calculator-auto').check();
    await expect.poll(() => status(page).getAttribute('data-state')).toBe('auto-renews');
    await expect.poll(() => new URL(page.url()).searchParams.get('auto')).toBe('on');
    await page.context().close();
  });

  it('uses the reader’s own time zone by default and leaves it out of copied links', async () => {
    const { page } = await openAt('en', '?expires=2025-06-22', { timezoneId: 'Pacific/Kiritimati' });
    expect(await page.locator('#calculator-zone').inputValue()).toBe('Pacific/Kiritimati');
    const copied = await copiedText(page, () => page.getByRole('button', { name: 'Copy link' }).click());
    expect(copied).toBe(article('en', '?expires=2025-06-22&auto=off'));
    await page.context().close();
  });

  it('is keyboard usable: label, focus order, and a live result', async () => {
    const { page } = await openAt('en', '');
    await page.locator('#calculator-expires').focus();
    await page.keyboard.type('06222025');
    await page.locator('#calculator-auto').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('calculator-zone');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('calculator-auto');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('calculator-expires');
    expect(await status(page).getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => status(page).getAttribute('data-state')).toBe('open');
    await page.context().close();
  });

  it('without JavaScript shows the policy and says the calculator needs JavaScript', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(article('en'));
    expect(await page.locator('.calculator__needs-js').isVisible()).toBe(true);
    expect(await page.locator('#calculator-expires').isDisabled()).toBe(true);
    expect(await page.locator('#check-your-renewal-eligibility ~ .callout').first().textContent()).toContain('June 23');
    await page.context().close();
  });
});
