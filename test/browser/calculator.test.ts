import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { axeViolations } from './axe.ts';
import { glossaryLabel, localeStrings, longDate, stringAt, type Json } from './locale-strings.ts';
import { copiedFromMenu, launchBrowser, openPage, url } from './support.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const calculatorStrings = (localePath: string) => localeStrings(localePath, 'calculator');

/**
 * A pattern for a message as the page shows it: its literal text in order,
 * each `{{placeholder}}` either a given value or any text. Labels are given by
 * their glossary text, so the sentence must name the exact label.
 */
function sentence(template: string, values: Record<string, string> = {}): RegExp {
  const parts = template.split(/\{\{\s*(\w+)\s*\}\}/);
  const source = parts.map((part, index) => (index % 2 === 0 ? escape(part) : values[part] !== undefined ? escape(values[part]) : '.+?')).join('');
  return new RegExp(`^${source}$`);
}
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/** A clock time or a day and time, as the reader's browser writes it in their language and zone. */
function clockTime(page: Page, instant: string, lng: string, timeZone: string, withDay = false): Promise<string> {
  return page.evaluate(
    ([iso, code, zone, day]) => {
      // Two-digit hours on a 24-hour clock, as the site writes them in every engine (src/i18n/format-date.ts).
      const hourCycle = new Intl.DateTimeFormat(code, { hour: 'numeric' }).resolvedOptions().hourCycle;
      const hour = hourCycle === 'h23' || hourCycle === 'h24' ? '2-digit' : 'numeric';
      return new Intl.DateTimeFormat(code, { ...(day ? { month: 'long', day: 'numeric' } : {}), hour, minute: '2-digit', timeZone: zone }).format(new Date(iso));
    },
    [instant, lng, timeZone, withDay] as const,
  );
}

const anchor = '#check-your-renewal-eligibility';
const article = (localePath: string, query = '') => url(`/${localePath}/buy-or-renew-action-pack/${query}${anchor}`);
/** The language-neutral address "Copy link" gives for the reader's language. */
const permalink = (query = '') => url(`/buy-or-renew-action-pack/${query}${anchor}`);

/** The page at a fixed instant in a fixed zone, the calculator hydrated and, when the link gives a valid date, answering. */
async function openAt(localePath: string, query: string, now: string, timezoneId: string, { answered = query.includes('expires=') } = {}) {
  const watched = await openPage(browser, { timezoneId, permissions: ['clipboard-read', 'clipboard-write'] });
  await watched.page.clock.setFixedTime(new Date(now));
  await watched.page.goto(article(localePath, query));
  await watched.page.locator('.calculator[data-ready]').waitFor();
  if (answered) await watched.page.locator('.calculator__facts').waitFor();
  return watched;
}

const status = (page: Page) => page.locator('.calculator__status');
const edge = (page: Page) => page.locator('.calculator__edge');
const text = async (page: Page, selector: string) => ((await page.locator(selector).textContent()) ?? '').replace(/\s+/g, ' ').trim();

describe.each(locales.map((locale) => [locale.path, locale.code] as const))('renewal calculator in %s', (localePath, lng) => {
  const strings = calculatorStrings(localePath);
  const renew = glossaryLabel(localePath, 'renewSubscription');

  it('tells a partner in Los Angeles on the evening of the expiration day: not yet', async () => {
    const { page, problems } = await openAt(localePath, '?expires=2024-11-21', '2024-11-22T04:00:00Z', 'America/Los_Angeles');
    expect(await status(page).getAttribute('data-state')).toBe('too-early');
    expect(await text(page, '.calculator__status')).toMatch(sentence(stringAt(strings, 'status.tooEarly')));
    expect(await edge(page).count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('tells a partner in Berlin on the first morning that it is open, surely from 14:00 their time, and passes axe', async () => {
    const { page, problems } = await openAt(localePath, '?expires=2023-06-22&auto=off', '2023-06-23T06:00:00Z', 'Europe/Berlin');
    expect(await status(page).getAttribute('data-state')).toBe('open');
    const when = await clockTime(page, '2023-06-23T12:00:00Z', lng, 'Europe/Berlin');
    expect(await text(page, '.calculator__edge')).toMatch(sentence(stringAt(strings, 'edge.opensLater'), { renewSubscription: renew, when }));
    expect(await page.locator('.calculator__edge .ui-label').textContent()).toBe(renew);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('tells a partner in Berlin on the last day to renew before 12:00 their time, and after that to renew right away', async () => {
    const { page } = await openAt(localePath, '?expires=2023-06-22&auto=off', '2023-07-22T07:00:00Z', 'Europe/Berlin');
    const when = await clockTime(page, '2023-07-22T10:00:00Z', lng, 'Europe/Berlin');
    expect(await text(page, '.calculator__edge')).toMatch(sentence(stringAt(strings, 'edge.lastDaySureUntil'), { when }));
    await page.clock.setFixedTime(new Date('2023-07-22T11:00:00Z'));
    await page.reload();
    await page.locator('.calculator__facts').waitFor();
    expect(await status(page).getAttribute('data-state')).toBe('open');
    expect(await text(page, '.calculator__edge')).toMatch(sentence(stringAt(strings, 'edge.lastDayMayHaveClosed')));
    await page.context().close();
  });

  it('tells a partner in Kiritimati the day after that Partner Center may still accept renewal until 02:00 the next day', async () => {
    const { page, problems } = await openAt(localePath, '?expires=2023-06-22&auto=off', '2023-07-22T20:00:00Z', 'Pacific/Kiritimati');
    expect(await status(page).getAttribute('data-state')).toBe('lapsed');
    const when = await clockTime(page, '2023-07-23T12:00:00Z', lng, 'Pacific/Kiritimati', true);
    expect(await text(page, '.calculator__edge')).toMatch(sentence(stringAt(strings, 'edge.mayStillAcceptYesterday'), { when }));
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('renewal calculator', () => {
  it('answers from the form and keeps the answers in the URL, the reader’s own zone left out of it', async () => {
    const strings = calculatorStrings('en');
    const { page, problems } = await openAt('en', '', '2023-07-01T12:00:00Z', 'Europe/Berlin');
    expect(await status(page).getAttribute('data-state')).toBe('none');
    await page.locator('#calculator-expires').fill('2023-06-22');
    await expect.poll(() => status(page).getAttribute('data-state')).toBe('open');
    const [first, last, nextYear] = await Promise.all(['2023-06-23', '2023-07-22', '2024-07-01'].map((day) => longDate(page, day, 'en')));
    expect(await text(page, '.calculator__status')).toMatch(sentence(stringAt(strings, 'status.open'), { days: '22 days', last: last! }));
    await expect.poll(() => new URL(page.url()).searchParams.get('expires')).toBe('2023-06-22');
    expect(new URL(page.url()).searchParams.get('tz')).toBeNull();
    expect(new URL(page.url()).hash).toBe(anchor);
    expect(await text(page, '.calculator__facts dd:nth-of-type(1)')).toMatch(sentence(stringAt(strings, 'window.range'), { days: '30 days', first: first!, last: last! }));
    // A renewal on July 1, 2023 next falls due on July 1, 2024, before the last renewal day, so it renews automatically then.
    expect(await text(page, '.calculator__facts dd:nth-of-type(4)')).toMatch(sentence(stringAt(strings, 'nextRenewal.value'), { date: nextYear! }));
    const [sureFrom, sureUntil] = await Promise.all([clockTime(page, '2023-06-23T12:00:00Z', 'en', 'Europe/Berlin', true), clockTime(page, '2023-07-22T10:00:00Z', 'en', 'Europe/Berlin', true)]);
    expect(await text(page, '.calculator__facts dd:nth-of-type(2)')).toMatch(sentence(stringAt(strings, 'window.span'), { from: sureFrom, until: sureUntil }));
    expect(await text(page, '.timeline figcaption')).toContain(sureFrom);
    expect(await copiedFromMenu(page, page.getByRole('button', { name: 'Copy link', exact: true }), 'reader')).toBe(permalink('?expires=2023-06-22&auto=off'));
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('says plainly when renewal is too early, lapsed, or not needed, and never gives a date for automatic renewal', async () => {
    const strings = calculatorStrings('en');
    const { page } = await openAt('en', '?expires=2023-07-01&auto=off', '2023-07-01T12:00:00Z', 'UTC');
    const [july2, july31, may31] = await Promise.all(['2023-07-02', '2023-07-31', '2023-05-31'].map((day) => longDate(page, day, 'en')));
    expect(await text(page, '.calculator__status')).toMatch(sentence(stringAt(strings, 'status.tooEarly'), { first: july2!, last: july31! }));
    await page.locator('#calculator-expires').fill('2023-05-01');
    await expect.poll(() => status(page).getAttribute('data-state')).toBe('lapsed');
    expect(await text(page, '.calculator__status')).toMatch(sentence(stringAt(strings, 'status.lapsed'), { last: may31! }));
    await page.locator('#calculator-expires').fill('2023-07-05');
    await page.locator('#calculator-auto').check();
    await expect.poll(() => status(page).getAttribute('data-state')).toBe('auto-renews');
    expect(await text(page, '.calculator__answer')).toMatch(sentence(stringAt(strings, 'status.autoRenews'), { lastDay: await longDate(page, '2025-01-21', 'en') }));
    await expect.poll(() => new URL(page.url()).searchParams.get('auto')).toBe('on');
    await page.context().close();
  });

  it('shows a message next to each bad URL value, without an example date, and runs nothing from the URL', async () => {
    const { page, problems } = await openAt('de', `?expires=${encodeURIComponent('<img src=x onerror=alert(1)>')}&tz=${encodeURIComponent('Mars/<b>Phobos</b>')}`, '2023-07-01T12:00:00Z', 'Europe/Berlin', { answered: false });
    await page.locator('#calculator-expires-error').waitFor();
    await page.locator('#calculator-zone-error').waitFor();
    const errors = calculatorStrings('de').errors as Json;
    expect(await page.locator('#calculator-expires-error').textContent()).toBe(errors['invalid-date']);
    expect(await page.locator('#calculator-expires-error').textContent()).not.toMatch(/\d/);
    expect(await page.locator('#calculator-expires').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.calculator img, .calculator b').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('lets the reader choose a place by keyboard, in their language, and keeps the zone in the URL', async () => {
    const { page, problems } = await openAt('ru', '?expires=2023-06-22&auto=off', '2023-07-01T12:00:00Z', 'Europe/Berlin');
    const zone = page.locator('#calculator-zone');
    expect(await zone.getAttribute('role')).toBe('combobox');
    expect(await zone.inputValue()).toContain('(UTC+02:00)');
    await page.locator('#calculator-auto').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('calculator-zone');
    // Focus loads the city names, which rename the chosen zone in Russian; typing after that must still replace the whole field.
    await expect.poll(() => zone.inputValue()).toContain('Берлин');
    await page.keyboard.type('Москва');
    await expect.poll(() => zone.getAttribute('aria-expanded')).toBe('true');
    const active = page.locator('#calculator-zone-list [role="option"][aria-selected="true"]');
    await expect.poll(() => active.textContent()).toContain('Москва');
    expect(await zone.getAttribute('aria-activedescendant')).toBe(await active.getAttribute('id'));
    await expect.poll(() => page.locator('.zone-picker [role="status"]').textContent()).not.toBe('');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('tz')).toBe('Europe/Moscow');
    expect(await zone.getAttribute('aria-expanded')).toBe('false');
    expect(await zone.inputValue()).toMatch(/Москва \(UTC\+03:00\)$/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('calculator-zone');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('finds a zone by its UTC offset and by its name, moves with the arrow keys, and restores the choice on Escape', async () => {
    const { page } = await openAt('en', '?expires=2023-06-22&auto=off', '2023-07-01T12:00:00Z', 'Europe/Berlin');
    const zone = page.locator('#calculator-zone');
    await zone.focus();
    await page.keyboard.type('UTC+05:45');
    await expect.poll(() => page.locator('#calculator-zone-list [role="option"]').allTextContents()).toEqual([expect.stringContaining('Kathmandu')]);
    await page.keyboard.press('Escape');
    expect(await zone.getAttribute('aria-expanded')).toBe('false');
    expect(await zone.inputValue()).toBe('Central European Time — Berlin (UTC+02:00)');
    await zone.fill('pacific time');
    await expect.poll(() => page.locator('#calculator-zone-list [role="option"]').count()).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    const selected = page.locator('#calculator-zone-list [aria-selected="true"]');
    await expect.poll(() => selected.getAttribute('id')).toBe('calculator-zone-list-1');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => selected.getAttribute('id')).toBe('calculator-zone-list-0');
    const chosen = await selected.textContent();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('tz')).not.toBeNull();
    expect(await zone.inputValue()).toBe(chosen);
    await page.context().close();
  });

  it('downloads an .ics file with the same all-day dates from two zones, the safe clock times in each reader’s zone', async () => {
    const download = async (timezoneId: string) => {
      const { page } = await openAt('en', '?expires=2023-06-22&auto=off', '2023-06-10T12:00:00Z', timezoneId);
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add to calendar (.ics)' }).click()]);
      const contents = readFileSync((await file.path())!, 'utf8');
      expect(file.suggestedFilename()).toBe('action-pack-renewal-2023-06-23.ics');
      await page.context().close();
      return new ICAL.Component(ICAL.parse(contents)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    };
    const berlin = await download('Europe/Berlin');
    const losAngeles = await download('America/Los_Angeles');
    for (const events of [berlin, losAngeles]) {
      expect(events.map((event) => [event.startDate.isDate, event.startDate.toString()])).toEqual([
        [true, '2023-06-23'],
        [true, '2023-07-22'],
      ]);
    }
    expect(berlin[0]!.description).toContain('between June 23 at 2:00 PM and July 22 at 12:00 PM (Central European Time)');
    expect(losAngeles[0]!.description).toContain('between June 23 at 5:00 AM and July 22 at 3:00 AM (Pacific Time)');
  });

  it('without JavaScript shows the policy and says the calculator needs JavaScript', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(article('en'));
    expect(await page.locator('.calculator__needs-js').isVisible()).toBe(true);
    expect(await page.locator('#calculator-expires').isDisabled()).toBe(true);
    expect(await page.locator('#check-your-renewal-eligibility ~ .callout').first().textContent()).toContain('from June 23 through July 22');
    expect(await text(page, '.calculator__needs-js')).toMatch(sentence(stringAt(calculatorStrings('en'), 'needsJavaScript'), { lastDay: 'January 21, 2025' }));
    await page.context().close();
  });
});

/** The page with the reader's real clock (a day after 21 January 2025, whenever the test runs), in a fixed zone. */
async function openToday(localePath: string, query: string, timezoneId: string) {
  const watched = await openPage(browser, { timezoneId, permissions: ['clipboard-read', 'clipboard-write'] });
  await watched.page.goto(article(localePath, query));
  await watched.page.locator('.calculator[data-ready]').waitFor();
  await watched.page.locator('.calculator__status[data-state="retired"]').waitFor();
  return watched;
}

/** The sentences of the live region, each as the page shows it. */
const answerSentences = async (page: Page) => (await page.locator('.calculator__answer[aria-live="polite"] p').allTextContents()).map((line) => line.replace(/\s+/g, ' ').trim());

describe.each(locales.map((locale) => [locale.path, locale.code] as const))('renewal calculator after the retirement of Action Pack, in %s', (localePath, lng) => {
  const strings = calculatorStrings(localePath);
  const names = { partnerSuccessCore: glossaryLabel(localePath, 'partnerSuccessCore'), partnerSuccessExpanded: glossaryLabel(localePath, 'partnerSuccessExpanded') };
  const learn = `https://learn.microsoft.com/${locales.find((locale) => locale.path === localePath)!.learnPath}/partner-center/benefits/benefits-faq-new`;

  it('tells a partner in Los Angeles today that a subscription expiring on 20 December 2026 can no longer be renewed, with no window, timeline or calendar file', async () => {
    const { page, problems } = await openToday(localePath, '?expires=2026-12-20&auto=off', 'America/Los_Angeles');
    const [lastDay, expires] = await Promise.all([longDate(page, '2025-01-21', lng), longDate(page, '2026-12-20', lng)]);
    const lines = await answerSentences(page);
    expect(lines[0]).toMatch(sentence(stringAt(strings, 'retired.ended'), { lastDay }));
    const expired = new Date() > new Date('2026-12-21T08:00:00Z');
    expect(lines[1]).toMatch(sentence(stringAt(strings, expired ? 'retired.expired' : 'retired.benefitsUntil'), { expires }));
    expect(lines[2]).toMatch(sentence(stringAt(strings, 'retired.recommended'), names));
    expect(lines[3]).toBe(stringAt(strings, 'retired.learnMore'));
    expect(lines).toHaveLength(4);
    expect(await page.locator('.calculator__answer a').getAttribute('href')).toBe(learn);
    expect(await page.locator('.calculator__facts, .timeline').count()).toBe(0);
    expect(await page.getByRole('button', { name: stringAt(strings, 'calendar.add') }).count()).toBe(0);
    expect(await copiedFromMenu(page, page.getByRole('button', { name: stringAt(strings, 'copyLink.label'), exact: true }), 'reader')).toBe(permalink('?expires=2026-12-20&auto=off'));
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('says a subscription that expired before the last day with automatic renewal on may have renewed automatically', async () => {
    const { page } = await openToday(localePath, '?expires=2024-06-01&auto=on', 'Europe/Berlin');
    const lines = await answerSentences(page);
    expect(lines[1]).toMatch(sentence(stringAt(strings, 'retired.mayHaveRenewed'), { expires: await longDate(page, '2024-06-01', lng), membershipOffers: glossaryLabel(localePath, 'membershipOffers') }));
    expect(await page.locator('.calculator__answer .ui-label').textContent()).toBe(glossaryLabel(localePath, 'membershipOffers'));
    await page.locator('#calculator-auto').uncheck();
    await expect.poll(async () => (await answerSentences(page))[1]).toMatch(sentence(stringAt(strings, 'retired.expired'), { expires: await longDate(page, '2024-06-01', lng) }));
    await page.context().close();
  });

  it('says that Microsoft’s pages differ by a day for a subscription that expired on 21 January 2025', async () => {
    const { page } = await openToday(localePath, '?expires=2025-01-21&auto=off', 'Asia/Shanghai');
    const lines = await answerSentences(page);
    expect(lines[2]).toMatch(sentence(stringAt(strings, 'sourcesDiffer'), { expires: await longDate(page, '2025-01-21', lng) }));
    await page.context().close();
  });

  it('in 2024, cuts a window that runs past 21 January 2025 and says why, and refuses a window that opens after it', async () => {
    const { page, problems } = await openAt(localePath, '?expires=2025-01-05&auto=off', '2024-10-01T12:00:00Z', 'Europe/Berlin');
    const [first, lastDay] = await Promise.all([longDate(page, '2025-01-06', lng), longDate(page, '2025-01-21', lng)]);
    expect(await status(page).getAttribute('data-state')).toBe('too-early');
    expect(await text(page, '.calculator__status')).toMatch(sentence(stringAt(strings, 'status.tooEarly'), { first, last: lastDay }));
    expect(await text(page, '.calculator__edge')).toMatch(sentence(stringAt(strings, 'edge.cutShort'), { lastDay }));
    expect(await text(page, '.calculator__facts dd:nth-of-type(1)')).toMatch(sentence(stringAt(strings, 'window.range'), { first, last: lastDay }));
    expect(await page.getByRole('button', { name: stringAt(strings, 'calendar.add') }).count()).toBe(1);
    await page.locator('#calculator-expires').fill('2025-06-22');
    await expect.poll(() => status(page).getAttribute('data-state')).toBe('retired');
    expect((await answerSentences(page))[0]).toMatch(sentence(stringAt(strings, 'retired.windowAfterLastDay'), { first: await longDate(page, '2025-06-23', lng), lastDay }));
    expect((await answerSentences(page))[1]).toMatch(sentence(stringAt(strings, 'retired.benefitsUntil'), { expires: await longDate(page, '2025-06-22', lng) }));
    expect(await page.locator('.calculator__facts').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
