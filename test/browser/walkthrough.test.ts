import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { flowIds, walkthroughPath, type Answers, type FlowId } from '../../src/rules/walkthrough.ts';
import { filled, localeStrings, longDate, stringAt, type Json } from './locale-strings.ts';
import { copiedFromMenu, copiedText, launchBrowser, openPage, url } from './support.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** 1 July 2023, 14:00 in Berlin: a subscription that expired on 22 June 2023 is in its renewal window. */
const julyFirst = new Date('2023-07-01T12:00:00Z');
const zone = 'Europe/Berlin';
const article = (localePath: string, query = '') => url(`/${localePath}/buy-or-renew-action-pack/${query}#guide`);
const glossary = async (localePath: string) =>
  Object.fromEntries(Object.entries((await import(`../../locales/${localePath}/glossary.json`, { with: { type: 'json' } })).default as Record<string, { label: string }>).map(([key, entry]) => [key, entry.label]));
const strings = async (localePath: string) => (await import(`../../locales/${localePath}/walkthrough.json`, { with: { type: 'json' } })).default as Record<string, unknown>;

/** The answers the keyboard walk gives, chosen to take each flow's longest branch. */
const walkAnswers: Answers = { member: 'no', expires: '2023-06-22', auto: 'off', pay: 'bank', billto: 'yes' };

/** The island marks itself ready once it has read the URL. */
const hydrated = (page: Page) => page.locator('#guide[data-ready]').waitFor();

/** The page at `now` (1 July 2023 unless given; `null` keeps the reader's real clock, which is after 21 January 2025). */
async function open(localePath: string, query = '', options: { javaScriptEnabled?: boolean; now?: Date | null } = {}) {
  const { now = julyFirst, ...contextOptions } = options;
  const watched = await openPage(browser, { timezoneId: zone, permissions: ['clipboard-read', 'clipboard-write'], ...contextOptions });
  if (now) await watched.page.clock.setFixedTime(now);
  await watched.page.goto(article(localePath, query));
  if (options.javaScriptEnabled !== false) await hydrated(watched.page);
  return watched;
}

const active = (page: Page) => page.evaluate(() => ({ tag: document.activeElement?.tagName, text: document.activeElement?.textContent?.trim() ?? '', type: (document.activeElement as HTMLInputElement | null)?.type, value: (document.activeElement as HTMLInputElement | null)?.value }));

/** Presses Tab until the focused element satisfies `wanted`; fails if it never does. */
async function tabTo(page: Page, wanted: (focused: Awaited<ReturnType<typeof active>>) => boolean): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    if (wanted(await active(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached the wanted element; last focus: ${JSON.stringify(await active(page))}`);
}

async function walkWithKeyboard(page: Page, localePath: string, flow: FlowId, flowName: string, next: string): Promise<void> {
  await tabTo(page, (focused) => focused.tag === 'BUTTON' && focused.text === flowName);
  await page.keyboard.press('Enter');
  const expected = walkthroughPath(flow, walkAnswers, julyFirst, zone);
  for (let index = 0; index < expected.length; index++) {
    const node = expected[index]!;
    await expect.poll(async () => `${localePath} ${flow} screen ${index + 1}: ${(await active(page)).tag}`).toBe(`${localePath} ${flow} screen ${index + 1}: H3`);
    expect(await page.locator('.guide__progress').textContent()).toContain(String(index + 1));
    if (node.kind === 'question') {
      if (node.answer === 'expires') {
        await tabTo(page, (focused) => focused.type === 'date');
        await page.keyboard.type('06222023');
      } else {
        await tabTo(page, (focused) => focused.type === 'radio');
        const choice = walkAnswers[node.answer]!;
        for (let tries = 0; tries < 3 && (await active(page)).value !== choice; tries++) await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Space');
      }
      await tabTo(page, (focused) => focused.tag === 'BUTTON' && focused.text === next);
      await page.keyboard.press('Enter');
    } else if (index < expected.length - 1) {
      await tabTo(page, (focused) => focused.tag === 'BUTTON' && focused.text === next);
      await page.keyboard.press('Enter');
    }
  }
  expect(await page.locator('.guide__text').getAttribute('class')).toMatch(/guide__text--(done|stop)/);
  await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe(expected.at(-1)!.id);
}

describe.each(locales.map((locale) => [locale.path] as const))('walkthrough in %s', (localePath) => {
  /**
   * Every flow in English; in the other languages the renew flow, the longest.
   * Focus handling is the same code in every language, and unit tests check
   * that each language has the text of every screen.
   */
  const walkedFlows: readonly FlowId[] = localePath === 'en' ? flowIds : ['renew'];

  it(`walks ${localePath === 'en' ? 'every flow' : 'the renew flow'} to its end with the keyboard alone`, async () => {
    const text = await strings(localePath);
    const flowNames = text.flows as Record<FlowId, string>;
    const { page, problems } = await open(localePath);
    for (const flow of walkedFlows) {
      await page.goto(article(localePath));
      await hydrated(page);
      await page.locator('#guide').evaluate((guide) => guide.querySelector('button')?.focus());
      await walkWithKeyboard(page, localePath, flow, flowNames[flow], text.next as string);
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('opens a deep link at a mid-flow step, with the Partner Center label of this language', async () => {
    const labels = await glossary(localePath);
    const { page, problems } = await open(localePath, '?guide=renew&expires=2023-06-22&auto=off&pay=bank&step=renew-pay-bank');
    expect(await page.locator('.guide__text strong').first().textContent()).toBe(labels.submit);
    const path = walkthroughPath('renew', { expires: '2023-06-22', auto: 'off', pay: 'bank' }, julyFirst, zone);
    const position = path.findIndex((node) => node.id === 'renew-pay-bank') + 1;
    expect(await page.locator('.guide__progress').textContent()).toContain(String(position));
    expect(await page.locator('.guide__notice').textContent()).toBe('');
    expect(await page.locator('#guide a', { hasText: /./ }).last().getAttribute('href')).toBe(`/${localePath}/buy-or-renew-action-pack/#to-renew-a-microsoft-action-pack-subscription-in-the-partner-center-step-3`);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('falls back to the nearest valid step with a notice for bad URL values, and runs nothing from the URL', async () => {
    const { page, problems } = await open(localePath, `?guide=renew&pay=${encodeURIComponent('<img src=x onerror=alert(1)>')}&expires=2023-02-30&step=nowhere`);
    const corrected = (await strings(localePath)).corrected;
    await expect.poll(() => page.locator('.guide__notice').textContent()).toBe(corrected);
    expect(await page.locator('#guide-expires').count()).toBe(1);
    expect(await page.locator('#guide img').count()).toBe(0);
    await expect.poll(() => new URL(page.url()).searchParams.get('pay')).toBeNull();
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('walkthrough', () => {
  const screenText = async (page: Page) => ((await page.locator('.guide__text').textContent()) ?? '').replace(/\s+/g, ' ').trim();

  it('lists the roles the article names and goes on, instead of stopping a reader who has none', async () => {
    const labels = await glossary('en');
    const { page, problems } = await open('en', '?guide=renew');
    const text = await screenText(page);
    for (const role of ['roleGlobalAdmin', 'roleUserAdmin', 'roleMpnPartnerAdmin', 'roleAdminAgent', 'roleSalesAgent']) expect(text).toContain(labels[role]);
    expect(await page.locator('.guide__text').getAttribute('class')).toContain('guide__text--step');
    await page.locator('.guide__nav .guide__primary').click();
    await page.locator('#guide-expires').waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('states where the renewal stands in the calculator’s own sentences, edge notice included', async () => {
    const firstMorning = new Date('2023-06-23T06:00:00Z');
    const { page, problems } = await open('de', '?guide=renew&expires=2023-06-22&auto=off&step=renew-offers', { now: firstMorning });
    await page.locator('.calculator').scrollIntoViewIfNeeded();
    await page.locator('.calculator__edge').waitFor();
    const answer = ((await page.locator('.calculator__answer').innerText()) ?? '').replace(/\s+/g, ' ').trim();
    expect(answer).not.toBe('');
    expect(await screenText(page)).toContain(answer);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('ends a renewal with the date it next renews automatically, and the caveat about automatic renewal', async () => {
    const { page } = await open('en', '?guide=renew&expires=2023-06-22&auto=off&pay=card&billto=no&step=renew-done');
    const expected = stringAt(calculatorStrings('en'), 'nextRenewal.value').replace('{{date}}', 'July 1, 2024');
    expect(await screenText(page)).toContain(expected);
    expect(await screenText(page)).toContain((await glossary('en')).purchased);
    expect(await screenText(page)).toMatch(/turn it back on until you renew/);
    await page.context().close();
  });

  it('says "after you select Submit" only to a reader who pays by bank transfer', async () => {
    const labels = await glossary('en');
    const { page } = await open('en', '?guide=renew&expires=2023-06-22&auto=off&pay=card&billto=yes&step=bill-to-review');
    expect(await screenText(page)).not.toContain(labels.submit);
    await page.goto(article('en', '?guide=renew&expires=2023-06-22&auto=off&pay=bank&billto=yes&step=bill-to-review-bank'));
    await hydrated(page);
    expect(await screenText(page)).toContain(labels.submit);
    await page.context().close();
  });

  it('stays on the same step when the reader switches language mid-flow', async () => {
    const { page } = await open('en', '?guide=cancel&step=cancel-problem-type');
    await page.locator('.language-picker summary').click();
    await page.getByRole('link', { name: 'Русский' }).click();
    await page.waitForURL(/\/ru\//);
    await hydrated(page);
    expect(new URL(page.url()).searchParams.get('step')).toBe('cancel-problem-type');
    const labels = await glossary('ru');
    expect(await page.locator('.guide__text').textContent()).toContain(labels.helpWithInvoice);
    await page.context().close();
  });

  it('copies the path as a numbered plain-text list in the current language', async () => {
    const labels = await glossary('de');
    const { page } = await open('de', '?guide=cancel&step=cancel-status');
    const text = await copiedText(page, () => page.locator('.guide__tools button').nth(1).click());
    const lines = text.split('\n');
    expect(lines[0]).toBe(((await strings('de')).flows as Record<string, string>).cancel);
    expect(lines.filter((line) => /^\d+\. /.test(line)).map((line) => line.split('.')[0])).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(text).toContain(labels.cancelSubscription);
    expect(text).not.toMatch(/[<>{}]/);
    expect(text).toContain(url('/de/buy-or-renew-action-pack/#cancel-your-action-pack-subscription-step-2'));
    await page.context().close();
  });

  it('copies a link that reopens the same step', async () => {
    const { page } = await open('nl', '?guide=turn-off&step=turn-off-warning');
    const copied = await copiedFromMenu(page, page.locator('.guide__tools button').first(), 'reader');
    expect(copied).toBe(url('/buy-or-renew-action-pack/?guide=turn-off&step=turn-off-warning#guide'));
    await page.context().close();
  });

  it('warns before the last step of turning off automatic renewal', async () => {
    const { page } = await open('en', '?guide=turn-off&step=turn-off-warning');
    expect(await page.locator('.guide__text--warning').getAttribute('role')).toBe('note');
    expect(await page.locator('.guide__text--warning').textContent()).toContain("can't turn it back on");
    await page.context().close();
  });

  it('is offered from the article headings of the procedures it covers', async () => {
    const { page } = await open('zh-cn');
    await page.locator('#cancel-your-action-pack-subscription + .guide-me a').click();
    await page.waitForURL(/guide=cancel/);
    await hydrated(page);
    expect(new URL(page.url()).searchParams.get('guide')).toBe('cancel');
    await page.context().close();
  });

  it('without JavaScript points to the article sections', async () => {
    const { page } = await open('en', '', { javaScriptEnabled: false });
    const hrefs = await page.locator('.guide__fallback a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toContain('/en/buy-or-renew-action-pack/#cancel-your-action-pack-subscription');
    expect(hrefs).toHaveLength(flowIds.length);
    await page.context().close();
  });

  it('sits on every home page too', async () => {
    const { page } = await open('en');
    for (const locale of locales) {
      await page.goto(url(`/${locale.path}/`));
      await hydrated(page);
      expect(await page.locator('#guide').count()).toBe(1);
    }
    await page.context().close();
  });
});

const calculatorStrings = (localePath: string) => localeStrings(localePath, 'calculator');

describe.each(locales.map((locale) => [locale.path, locale.code, locale.learnPath] as const))('walkthrough and the retirement of Action Pack, in %s', (localePath, lng, learnPath) => {
  const learn = `https://learn.microsoft.com/${learnPath}/partner-center/benefits/benefits-faq-new`;
  const flat = async (page: Page) => ((await page.locator('.guide__text').textContent()) ?? '').replace(/\s+/g, ' ').trim();

  it('today, ends buying at once: no longer sold since 22 January 2025, what Microsoft recommends, and a link to it', async () => {
    const text = await strings(localePath);
    const labels = await glossary(localePath);
    const { page, problems } = await open(localePath, '?guide=buy', { now: null });
    await page.locator('.guide__text--stop').waitFor();
    const values = { lastDay: await longDate(page, '2025-01-21', lng), noSaleFrom: await longDate(page, '2025-01-22', lng), partnerSuccessCore: labels.partnerSuccessCore!, partnerSuccessExpanded: labels.partnerSuccessExpanded! };
    const calculator = calculatorStrings(localePath);
    expect(await flat(page)).toBe(`${filled(((text.nodes as Json)['buy-retired'] as Json).text as string, values)}${stringAt(calculator, 'retired.learnMore')}`);
    expect(await page.locator('.guide__text a').getAttribute('href')).toBe(learn);
    expect(new URL(page.url()).searchParams.get('step')).toBeNull();
    expect(await page.locator('.guide__progress').textContent()).toContain('1');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('today, ends renewing with the calculator’s answer for the date given, and asks no roles first', async () => {
    const labels = await glossary(localePath);
    const calculator = calculatorStrings(localePath);
    const { page, problems } = await open(localePath, '?guide=renew&expires=2024-03-10&auto=off&step=renew-retired', { now: null });
    await page.locator('.guide__text--stop').waitFor();
    const lastDay = await longDate(page, '2025-01-21', lng);
    const screen = await flat(page);
    expect(screen).toContain(filled(stringAt(calculator, 'retired.ended'), { lastDay }));
    expect(screen).toContain(filled(stringAt(calculator, 'retired.expired'), { expires: await longDate(page, '2024-03-10', lng) }));
    expect(screen).toContain(filled(stringAt(calculator, 'retired.recommended'), { partnerSuccessCore: labels.partnerSuccessCore!, partnerSuccessExpanded: labels.partnerSuccessExpanded! }));
    expect(await page.locator('.guide__text a').getAttribute('href')).toBe(learn);
    expect(await page.locator('.guide__progress').textContent()).toMatch(/3\D+3/);
    expect(await page.locator('.guide__notice').textContent()).toBe('');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('today, ends the bill-to flow on its retired screen, and warns on turning off that nothing renews any more', async () => {
    const text = await strings(localePath);
    const nodes = text.nodes as Json;
    const { page, problems } = await open(localePath, '?guide=bill-to', { now: null });
    await page.locator('.guide__text--stop').waitFor();
    const lastDay = await longDate(page, '2025-01-21', lng);
    expect(await flat(page)).toBe(filled((nodes['bill-to-retired'] as Json).text as string, { lastDay }));
    await page.goto(article(localePath, '?guide=turn-off&step=turn-off-warning'));
    await hydrated(page);
    expect(((await page.locator('.guide__text--warning').textContent()) ?? '').replace(/\s+/g, ' ').trim()).toBe(filled((nodes['turn-off-warning'] as Json).textRetired as string, { lastDay }));
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('in 2024, still shows the buying step, with the last day to buy', async () => {
    const text = await strings(localePath);
    const { page } = await open(localePath, '?guide=buy&member=yes&step=buy-instructions', { now: new Date('2024-10-01T12:00:00Z') });
    const lastDay = await longDate(page, '2025-01-21', lng);
    expect(await flat(page)).toBe(filled(((text.nodes as Json)['buy-instructions'] as Json).text as string, { lastDay }));
    expect(await page.locator('.guide__text--done').count()).toBe(1);
    await page.context().close();
  });

  it('says on each screen of turning off, cancelling, invoices and the bill-to address that Microsoft documented them before the retirement', async () => {
    const text = await strings(localePath);
    const { page } = await open(localePath, '?guide=invoice&step=invoice-download', { now: null });
    const documentedIn = await longDate(page, '2020-11-23', lng, true);
    const line = filled(text.documentedBeforeRetirement as string, { date: documentedIn });
    expect(await page.locator('.guide__documented').textContent()).toBe(line);
    for (const query of ['?guide=cancel&step=cancel-submit', '?guide=bill-to']) {
      await page.goto(article(localePath, query));
      await hydrated(page);
      expect(await page.locator('.guide__documented').textContent(), query).toBe(line);
    }
    // Turning off automatic renewal is only in the June 2019 version: its screens say so, and that the November 2020 one dropped it.
    await page.goto(article(localePath, '?guide=turn-off'));
    await hydrated(page);
    const earlier = filled(text.documentedInEarlierVersion as string, { date: await longDate(page, '2019-06-01', lng, true), later: documentedIn });
    expect(await page.locator('.guide__documented').textContent(), 'turn-off').toBe(earlier);
    await page.goto(article(localePath, '?guide=buy'));
    await hydrated(page);
    expect(await page.locator('.guide__documented').count()).toBe(0);
    await page.context().close();
  });
});
