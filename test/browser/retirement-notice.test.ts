import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { axeViolations } from './axe.ts';
import { filled, glossaryLabel, localeStrings, longDate, stringAt } from './locale-strings.ts';
import { launchBrowser, openPage, url } from './support.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const flat = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The pages that carry the notice, with what their notice says about the article (nothing on the home page). */
const pages = [
  { name: 'home page', path: '', documented: undefined },
  { name: 'buy/renew article', path: 'buy-or-renew-action-pack/', documented: '2020-11-23' },
  { name: 'archived 2017 article', path: 'upgrade-partner-network-membership/', documented: '2017-07-08' },
] as const;

/** A reader in 2024, before the last day, and one with the real clock, after it: the notice is worded to be true for both. */
const clocks = [
  { name: 'a clock in 2024', now: new Date('2024-10-01T12:00:00Z') },
  { name: 'today’s clock', now: null },
] as const;

describe.each(locales.map((locale) => [locale.path, locale.code, locale.learnPath] as const))('retirement notice in %s', (localePath, lng, learnPath) => {
  const common = localeStrings(localePath, 'common');
  const name = (key: string) => glossaryLabel(localePath, key);

  it.each(pages.flatMap((page) => clocks.map((clock) => [page.name, clock.name, page, clock] as const)))('%s, %s: states the last day, what Microsoft recommends, and what the article describes', async (_page, _clock, target, clock) => {
    const { page, problems } = await openPage(browser, { timezoneId: 'America/Los_Angeles' });
    if (clock.now) await page.clock.setFixedTime(clock.now);
    await page.goto(url(`/${localePath}/${target.path}`));
    const notice = page.locator('[data-retirement-notice]');
    expect(await notice.count()).toBe(1);
    // The notice is the first thing under the page title, and search does not index it as the page's content.
    expect(await page.locator('h1 + [data-retirement-notice]').count()).toBe(1);
    expect(await notice.getAttribute('data-pagefind-ignore')).not.toBeNull();
    const values = {
      lastDay: await longDate(page, '2025-01-21', lng),
      noSaleFrom: await longDate(page, '2025-01-22', lng),
      partnerSuccessCore: name('partnerSuccessCore'),
      partnerSuccessExpanded: name('partnerSuccessExpanded'),
      solutionsPartner: name('solutionsPartner'),
      retiredOn: await longDate(page, '2022-09-30', lng),
    };
    const paragraphs = (await notice.locator('p').allTextContents()).map(flat);
    expect(paragraphs[0]).toBe(stringAt(common, 'retirement.title'));
    expect(paragraphs[1]).toBe(filled(stringAt(common, 'retirement.body'), values));
    expect(paragraphs[2]).toBe(flat(`${filled(stringAt(common, 'retirement.recommended'), values)} ${stringAt(common, 'retirement.learnMore')}`));
    expect(await notice.locator('a').getAttribute('href')).toBe(`https://learn.microsoft.com/${learnPath}/partner-center/benefits/benefits-faq-new`);
    if (target.documented) {
      const documented = filled(stringAt(common, 'retirement.documented'), { date: await longDate(page, target.documented, lng, true) });
      const competencies = filled(stringAt(common, 'retirement.retiredNames.silver-gold-competencies'), values);
      expect(paragraphs[3]).toContain(documented);
      expect(paragraphs[3]).toContain(competencies);
      expect(paragraphs).toHaveLength(4);
    } else {
      expect(paragraphs).toHaveLength(3);
    }
    // One clock is enough for axe: the notice is the same markup under both.
    if (!clock.now) expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
