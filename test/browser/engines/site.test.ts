import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../../src/i18n/locales.ts';
import { LANGUAGE_COOKIE } from '../../../src/i18n/negotiate-language.ts';
import { walkthroughPath } from '../../../src/rules/walkthrough.ts';
import { searchQueries } from '../../support/search-queries.ts';
import { localeStrings, stringAt } from '../locale-strings.ts';
import { hydrateIslands, waitUntil, type EnginePage } from './engine.ts';
import { cspReports, engine, launch, url } from './launch.ts';

/**
 * The site in Firefox and in WebKitGTK: every page type, the language-neutral
 * permalink and the language picker, the walkthrough, and search. One browser
 * for the file, its page reused from test to test.
 */

let page: EnginePage;
beforeAll(async () => {
  page = await launch(engine, { timeZone: 'Europe/Berlin', language: 'de' });
});
afterAll(async () => {
  await page?.close();
});
/** The picker remembers the reader's choice; each test starts from the browser's language again. */
afterEach(async () => {
  await page.evaluate('document.cookie = args[0] + "=; max-age=0; path=/"; localStorage.clear(); return true', LANGUAGE_COOKIE).catch(() => undefined);
});

const slug = 'buy-or-renew-action-pack';
/** Marks the page where a violation is made on purpose, to show that violations are reported. */
const cspProbe = 'csp-probe';

/** Text of the first element matching `selector`, spaces collapsed. */
const textOf = (selector: string) => page.evaluate<string | null>("return document.querySelector(args[0])?.textContent.replace(/\\s+/g, ' ').trim() ?? null", selector);

let barriers = 0;

/**
 * No uncaught error on the page, and no Content-Security-Policy report from
 * it. Reports arrive on their own time: the page first breaks the policy once
 * on purpose (an image from another origin, never fetched), and the check
 * waits for that report, which the browser sends after any earlier one.
 */
async function expectClean(where: string): Promise<void> {
  // Firefox also logs the barrier's own violation, sometimes after the next navigation has begun.
  expect((await page.errors()).filter((error) => !error.includes(cspProbe)), `${engine} ${where}: uncaught errors`).toEqual([]);
  const barrier = `${cspProbe}-barrier-${++barriers}`;
  await page.evaluate("new Image().src = 'http://127.0.0.2/' + args[0] + '.png'; return true", barrier);
  await waitUntilReported(barrier);
  expect((await cspReports()).filter((report) => !report.includes(cspProbe)), `${engine} ${where}: Content-Security-Policy violations`).toEqual([]);
}

async function waitUntilReported(marker: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await cspReports()).some((report) => report.includes(marker))) {
    if (Date.now() > deadline) throw new Error(`${engine}: the report of ${marker} never arrived`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe(`Content-Security-Policy reports in ${engine}`, () => {
  it('reach the test server, so a violation on any page would fail its test', async () => {
    await page.goto(url(`/en/?${cspProbe}`));
    await page.evaluate("const script = document.createElement('script'); script.textContent = 'window.injected = true'; document.body.append(script); return true");
    expect(await page.evaluate('return window.injected === true')).toBe(false);
    await expect.poll(async () => (await cspReports()).some((report) => report.includes(cspProbe) && report.includes('script-src')), { timeout: 30_000 }).toBe(true);
    await page.errors();
  });
});

describe(`every page type in ${engine}`, () => {
  it.each(locales.map((locale) => [locale.path, locale.code] as const))('the home page and the article with both islands in %s load with their scripts working, no uncaught error and no CSP violation', async (localePath, code) => {
    await page.goto(url(`/${localePath}/`));
    expect(await page.evaluate("return document.documentElement.lang")).toBe(code);
    // page.ts ran: it shows the search button, which is hidden without JavaScript.
    await waitUntil(page, 'the search button shown', "return document.querySelector('[data-search-open]')?.hidden === false");
    await expectClean(`/${localePath}/`);
    await page.goto(url(`/${localePath}/${slug}/`));
    await hydrateIslands(page);
    await waitUntil(page, 'the copy links prepared by page.ts', "return document.querySelector('a[data-copy-link]')?.getAttribute('aria-haspopup') === 'menu'");
    await expectClean(`/${localePath}/${slug}/`);
  });

  it.each([
    ['the archived article', '/en/upgrade-partner-network-membership/', 'html[lang="en"] .archived-notice, html[lang="en"] article h1'],
    ['a category page', '/nl/category/subscription/', 'html[lang="nl"] .article-list a'],
    ['the localized not-found page', '/ru/404/', 'html[lang="ru"] main h1'],
    ['the multilingual not-found page', '/no-such-page/', 'main h1'],
  ])('%s loads with no uncaught error and no CSP violation', async (_, path, selector) => {
    await page.goto(url(path));
    await waitUntil(page, `${path} shows ${selector}`, "return document.readyState === 'complete' && document.querySelector(args[0]) !== null", selector);
    await expectClean(path);
  });

  it('the site root and the language-neutral permalink open the browser’s language (German), keeping the query and the #anchor', async () => {
    await page.goto(url('/'));
    await waitUntil(page, 'the root opened /de/', "return location.pathname === '/de/' && document.readyState === 'complete'");
    await expectClean('the language chooser');
    await page.goto(url(`/${slug}/?expires=2024-06-01&auto=on#cancel-your-action-pack-subscription-step-3`));
    await waitUntil(page, 'the permalink opened the German page', "return location.pathname === '/de/buy-or-renew-action-pack/' && document.readyState === 'complete'");
    expect(await page.url()).toBe(url(`/de/${slug}/?expires=2024-06-01&auto=on#cancel-your-action-pack-subscription-step-3`));
    await expectClean('the permalink');
  });

  it('the language picker keeps the query and the #anchor', async () => {
    await page.goto(url(`/en/${slug}/?ref=ticket-42#cancel-your-action-pack-subscription-step-3`));
    await hydrateIslands(page);
    await page.click('.language-picker summary');
    await page.click('.language-picker a[data-locale-choice="ru"]');
    await waitUntil(page, 'the Russian page', "return location.pathname === '/ru/buy-or-renew-action-pack/' && document.readyState === 'complete'");
    expect(await page.url()).toBe(url(`/ru/${slug}/?ref=ticket-42#cancel-your-action-pack-subscription-step-3`));
    await waitUntil(page, 'the step in view', "const box = document.getElementById('cancel-your-action-pack-subscription-step-3').getBoundingClientRect(); return box.top >= 0 && box.top < 200");
  });
});

describe(`the walkthrough in ${engine}`, () => {
  const strings = (localePath: string) => localeStrings(localePath, 'walkthrough');
  const cancel = walkthroughPath('cancel', {}, new Date(), 'Europe/Berlin').map((node) => node.id);
  const progress = (localePath: string, current: number) =>
    stringAt(strings(localePath), 'progress').replace('{{current}}', String(current)).replace('{{total}}', String(cancel.length));
  const step = () => page.evaluate<string | null>("return new URL(location.href).searchParams.get('step')");

  it('a deep link opens its step; Next and Back move along the path, and the URL follows', async () => {
    await page.goto(url(`/de/${slug}/?guide=cancel&step=${cancel[1]}#guide`));
    await hydrateIslands(page);
    expect(await textOf('.guide__progress')).toBe(progress('de', 2));
    await page.click('.guide__nav .guide__primary');
    await waitUntil(page, 'step 3', "return new URL(location.href).searchParams.get('step') === args[0]", cancel[2]);
    expect(await textOf('.guide__progress')).toBe(progress('de', 3));
    await page.click('.guide__nav button:first-child');
    await waitUntil(page, 'back on step 2', "return new URL(location.href).searchParams.get('step') === args[0]", cancel[1]);
    expect(await textOf('.guide__progress')).toBe(progress('de', 2));
    await expectClean('the walkthrough');
  });

  it('the language picker keeps the walkthrough on its step', async () => {
    await page.goto(url(`/de/${slug}/?guide=cancel&step=${cancel[3]}#guide`));
    await hydrateIslands(page);
    await page.click('.language-picker summary');
    await page.click('.language-picker a[data-locale-choice="zh-cn"]');
    await waitUntil(page, 'the Chinese page', "return location.pathname === '/zh-cn/buy-or-renew-action-pack/' && document.readyState === 'complete'");
    await hydrateIslands(page);
    expect(await step()).toBe(cancel[3]);
    expect(await textOf('.guide__flow')).toBe(stringAt(strings('zh-cn'), 'flows.cancel'));
    expect(await textOf('.guide__progress')).toBe(progress('zh-cn', 4));
  });
});

describe(`search in ${engine}`, () => {
  it.each([
    ['en', searchQueries.en.renew],
    ['zh-cn', searchQueries['zh-cn'].renew],
    ['ru', searchQueries.ru.renew],
  ])('in %s, finds “%s” and opens the hit at its heading', async (localePath, query) => {
    await page.goto(url(`/${localePath}/`));
    await waitUntil(page, 'the search button shown', "return document.querySelector('[data-search-open]')?.hidden === false");
    await page.click('[data-search-open]');
    await waitUntil(page, 'the search field focused', "return document.activeElement?.id === 'search-input'");
    await page.type(query);
    await waitUntil(page, 'results for the query', "return document.querySelector('[data-search-status]')?.textContent.includes(args[0]) && document.querySelector('.search-results a[href*=\"#\"]') !== null", query);
    const target = await page.evaluate<string>("return document.querySelector('.search-results a[href*=\"#\"]').getAttribute('href')");
    expect(target).toMatch(new RegExp(`^/${localePath}/${slug}/#[a-z0-9-]+$`));
    await page.click('.search-results a[href*="#"]');
    const anchor = target.split('#')[1]!;
    await waitUntil(page, 'the hit’s heading in view', "return location.hash === '#' + args[0] && Math.abs(document.getElementById(args[0]).getBoundingClientRect().top) < 200", anchor);
    await expectClean(`search in ${localePath}`);
  });
});
