import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages } from '../support/html.ts';
import { axeViolations } from './axe.ts';
import { hydrateIslands, launchBrowser, openPage, url } from './support.ts';

const pages = builtPages();
/** Pages that send the reader on with a script; without it they are lists of links, and are checked that way. */
const redirecting = (path: string) => !/^\/(en|de|nl|zh-cn|ru)\//.test(path) && path !== '/404.html';

/** The phone Lighthouse's mobile run emulates (Moto G Power). */
const phone = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
const desktop = { width: 1350, height: 940 };

/**
 * Requests a page may make on first load, its islands hydrated and search not
 * opened: the page, at most one favicon, and the island code. A plain page has
 * no island, so a few module scripts at most.
 */
const requestBudget = (path: string) => (/\/buy-or-renew-action-pack\/$|^\/[a-z-]+\/$/.test(path) && !redirecting(path) ? 12 : 6);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(pages.map((page) => [page.path] as const))('%s', (path) => {
  it('loads on a phone with no render-blocking resource, few requests and no layout shift; passes axe (WCAG 2.2 AA) on a phone and a desktop, in light and dark; fits a 320 px screen', async () => {
    const { page, problems } = await openPage(browser, { ...phone, colorScheme: 'light' });
    // Pages that redirect with a script are checked as readers without JavaScript see them; the redirect is tested in navigation.test.ts.
    if (redirecting(path)) await page.route('**/_astro/*.js', (route) => route.abort());
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.addInitScript(() => {
      const shifts: string[] = [];
      Object.assign(window, { layoutShifts: shifts });
      type Shift = PerformanceEntry & { value: number; sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] };
      const describe = (node?: Node) => (node instanceof Element ? `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}.${[...node.classList].join('.')}` : String(node?.nodeName));
      const rect = ({ x, y, width, height }: DOMRectReadOnly) => `${x},${y} ${width}×${height}`;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Shift[]) {
          shifts.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${entry.sources.map((source) => `${describe(source.node)} ${rect(source.previousRect)} → ${rect(source.currentRect)}`).join('; ')}`);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const response = await page.goto(url(path));
    expect(response?.status()).toBe(200);
    // Every island is scrolled into view, so hydrating one must not move anything either.
    await hydrateIslands(page);
    const blocking = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => (entry as PerformanceResourceTiming & { renderBlockingStatus?: string }).renderBlockingStatus === 'blocking')
        .map((entry) => entry.name),
    );
    expect(blocking, 'render-blocking resources').toEqual([]);
    expect(requests.length, requests.join('\n')).toBeLessThanOrEqual(requestBudget(path));
    expect(await page.evaluate(() => (window as unknown as { layoutShifts: string[] }).layoutShifts), 'layout shifts').toEqual([]);

    expect(await axeViolations(page), 'phone, light').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page), 'phone, dark').toEqual([]);
    await page.setViewportSize(desktop);
    expect(await axeViolations(page), 'desktop, dark').toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await axeViolations(page), 'desktop, light').toEqual([]);

    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 'sideways scrolling at 320 px').toBeLessThanOrEqual(0);
    if (!redirecting(path)) expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('unknown address', () => {
  it('answers 404 with the not-found page', async () => {
    const { page } = await openPage(browser);
    const response = await page.goto(url('/de/no-such-page/'));
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').first().textContent()).toBeTruthy();
    await page.context().close();
  });
});
