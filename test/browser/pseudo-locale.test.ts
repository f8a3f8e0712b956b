/**
 * The site in the pseudo-locale (see test/support/pseudo-locale.ts), built in a
 * copy of the project: every page type and every island state, at 320 px and
 * at 1280 px, shows only text that went through the translations, fits
 * without clipping or overflowing, and does not shift while it loads.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTranslationMark } from '../../src/content/front-matter.ts';
import { flowIds, flows, questionsOn, walkthroughPath, type Answers, type FlowId, type WalkthroughNode } from '../../src/rules/walkthrough.ts';
import { projectRoot } from '../support/paths.ts';
import { accent, pseudoLetters, pseudoLocale, pseudoSite } from '../support/pseudo-locale.ts';
import { serveStatic } from '../support/static-server.ts';
import { hydrateIslands, launchBrowser, openPage, type WatchedPage } from './support.ts';

const fixture = join(projectRoot, 'bench', 'tmp', 'pseudo-locale');
const home = `/${pseudoLocale.path}/`;
const article = `/${pseudoLocale.path}/buy-or-renew-action-pack/`;
/** Its pseudo translation is marked against other English text, so it shows the outdated-translation notice. */
const staleArticle = 'upgrade-partner-network-membership';

/** The browser's Intl words (see intlVocabulary), read once: every page uses the same browser and language. */
let intlWords: string[] | undefined;
let served: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;

beforeAll(async () => {
  pseudoSite(fixture, '2026-01-01');
  const stale = join(fixture, 'content/articles', pseudoLocale.path, `${staleArticle}.mdx`);
  writeFileSync(stale, withTranslationMark(readFileSync(stale, 'utf8'), stale, { reviewed: '2026-01-01', source: '0123456789abcdef' }));
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: fixture, stdio: 'ignore' });
  execFileSync(process.execPath, ['node_modules/pagefind/lib/runner/bin.cjs', '--site', 'dist'], { cwd: fixture, stdio: 'ignore' });
  served = await serveStatic(join(fixture, 'dist'));
  browser = await launchBrowser();
}, 600_000);
afterAll(async () => {
  for (const { page } of pages.values()) await page.context().close();
  await browser?.close();
  served?.server.close();
});

const phone = { width: 320, height: 640 };
const desktop = { width: 1280, height: 800 };

/**
 * Words the browser's own date, time and time-zone formatting writes in the
 * page's language. Intl has no pseudo-locale data, so it writes them in
 * English; they are allowed in pseudo-locale text. Runs in the page.
 */
function intlVocabulary(): string[] {
  const lang = document.documentElement.lang;
  const words = new Set<string>();
  const add = (text: string) => text.match(/[A-Za-z]+/g)?.forEach((word) => words.add(word));
  for (let month = 0; month < 12; month++) for (const style of ['long', 'short'] as const) add(new Intl.DateTimeFormat(lang, { month: style, timeZone: 'UTC' }).format(new Date(Date.UTC(2025, month, 15))));
  for (let day = 0; day < 7; day++) for (const style of ['long', 'short'] as const) add(new Intl.DateTimeFormat(lang, { weekday: style, timeZone: 'UTC' }).format(new Date(Date.UTC(2025, 5, day + 1))));
  for (const hour of [3, 15]) add(new Intl.DateTimeFormat(lang, { dateStyle: 'full', timeStyle: 'full', timeZone: 'UTC' }).format(new Date(Date.UTC(2025, 5, 1, hour))));
  for (const timeZoneName of ['long', 'longGeneric', 'short'] as const) {
    for (const month of [0, 6]) {
      const date = new Date(Date.UTC(2025, month, 1));
      for (const timeZone of ['UTC', ...Intl.supportedValuesOf('timeZone')]) add(new Intl.DateTimeFormat(lang, { timeZone, timeZoneName }).formatToParts(date).find((part) => part.type === 'timeZoneName')?.value ?? '');
    }
  }
  return [...words];
}

/**
 * Everything on the page that a reader sees or hears but that did not come
 * through the pseudo-locale, and everything clipped or overflowing. Runs in
 * the page. Words of `allowed` (the browser's Intl words, and anything the
 * test itself typed or put in the link) are allowed, as is text marked as
 * another language (the language picker).
 */
function inspect([letters, allowed]: [string[], string[]]): string[] {
  const pseudo = new Set(letters);
  const intlWords = new Set(allowed);
  const lang = document.documentElement.lang;
  const problems: string[] = [];
  const name = (element: Element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${[...element.classList].map((c) => `.${c}`).join('')}`;
  const otherLanguage = (element: Element) => (element.closest('[lang]')?.getAttribute('lang') ?? lang) !== lang;
  const unmarked = (text: string) => (text.match(/[A-Za-z]+/g) ?? []).filter((word) => !intlWords.has(word) && ![...word].some((letter) => pseudo.has(letter)));
  const checkText = (text: string, where: string) => {
    const words = unmarked(text);
    if (words.length > 0) problems.push(`untranslated ${where}: "${text.trim().slice(0, 80)}" (${words.slice(0, 5).join(', ')})`);
  };

  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (!node.textContent?.trim() || parent.closest('script, style, template') || otherLanguage(parent) || !parent.checkVisibility()) continue;
    checkText(node.textContent, `text in ${name(parent)}`);
  }
  for (const element of document.body.querySelectorAll('*')) {
    if (otherLanguage(element) || !element.checkVisibility()) continue;
    for (const attribute of ['aria-label', 'title', 'placeholder', 'alt']) {
      const value = element.getAttribute(attribute);
      if (value) checkText(value, `${attribute} of ${name(element)}`);
    }
    if (element instanceof HTMLInputElement && ['text', 'search'].includes(element.type) && element.value) checkText(element.value, `value of ${name(element)}`);
  }

  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) problems.push(`page scrolls sideways: ${root.scrollWidth} px wide in ${root.clientWidth} px`);
  for (const element of document.body.querySelectorAll('*')) {
    const box = element.getBoundingClientRect();
    // Visually hidden text (1 px, clipped on purpose) is for screen readers and cannot be cut short.
    if (box.width <= 1 || box.height <= 1 || !element.checkVisibility()) continue;
    const style = getComputedStyle(element);
    if (element instanceof SVGTextElement) {
      const picture = element.ownerSVGElement!.getBoundingClientRect();
      if (box.left < picture.left - 0.5 || box.right > picture.right + 0.5) problems.push(`${name(element)}: "${element.textContent}" runs past the edge of its picture`);
      continue;
    }
    if (element instanceof SVGElement || style.display === 'inline' || style.display === 'contents') continue;
    // A text field scrolls what the reader typed or chose, as every text field does; only a placeholder would be cut short.
    if (element instanceof HTMLInputElement && element.value !== '') continue;
    if (element.scrollWidth > element.clientWidth + 1) problems.push(`${name(element)}: content ${element.scrollWidth} px wide in a ${element.clientWidth} px box (overflow-x: ${style.overflowX})`);
    if (['hidden', 'clip'].includes(style.overflowY) && element.scrollHeight > element.clientHeight + 1) problems.push(`${name(element)}: content ${element.scrollHeight} px high cut to ${element.clientHeight} px`);
    if (style.textOverflow === 'ellipsis' && element.scrollWidth > element.clientWidth) problems.push(`${name(element)}: text cut with an ellipsis`);
  }
  return problems;
}

/** The page's text and layout checked at both widths, the phone first. */
async function inspectAtBothWidths(page: Page, state: string, echoed: readonly string[]): Promise<void> {
  intlWords ??= await page.evaluate(intlVocabulary);
  const allowed = [...intlWords, ...echoed.flatMap((text) => text.match(/[A-Za-z]+/g) ?? [])];
  for (const size of [phone, desktop]) {
    await page.setViewportSize(size);
    expect(await page.evaluate(inspect, [[...pseudoLetters], allowed] as [string[], string[]]), `${state} at ${size.width} px`).toEqual([]);
  }
}

/** Records layout shifts from the start of the page, for a check once it has settled. */
async function watchLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: string[] = [];
    Object.assign(window, { layoutShifts: shifts });
    type Shift = PerformanceEntry & { value: number; sources: { node?: Node }[] };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Shift[]) shifts.push(`${entry.value.toFixed(4)}: ${entry.sources.map((source) => (source.node instanceof Element ? source.node.outerHTML.slice(0, 80) : source.node?.nodeName)).join('; ')}`);
    }).observe({ type: 'layout-shift', buffered: true });
  });
}
const layoutShifts = (page: Page) => page.evaluate(() => (window as unknown as { layoutShifts: string[] }).layoutShifts);

interface Visit {
  path: string;
  query?: string;
  hash?: string;
  /** The reader's clock and zone, for the islands' answers. */
  now?: string;
  timeZone?: string;
  /** What the island shows once it has read the URL. */
  ready?: string | undefined;
  /** Why loading this state may move content (see its use). */
  shiftsOnPurpose?: string;
}

/** One page per time zone, reused from state to state: a new browser context for each would cost more than the checks. */
const pages = new Map<string, WatchedPage>();
async function pageIn(timeZone: string): Promise<WatchedPage> {
  let watched = pages.get(timeZone);
  if (!watched) {
    watched = await openPage(browser, { viewport: phone, timezoneId: timeZone }, served.url);
    await watchLayoutShifts(watched.page);
    pages.set(timeZone, watched);
  }
  return watched;
}

/**
 * Opens a state on a phone, checks that loading it, islands included, shifted
 * nothing, then checks its text and layout at both widths. A form field's own
 * text (the date field's "mm/dd/yyyy" giving way to the date from the link)
 * is reported as a shift of no element; it moves nothing on the page.
 */
async function checkState(visit: Visit, act?: (page: Page) => Promise<void>): Promise<void> {
  const { page, problems } = await pageIn(visit.timeZone ?? 'Europe/Berlin');
  await page.goto('about:blank');
  // What an earlier, failed state left behind is that state's failure, not this one's.
  problems.splice(0);
  await page.setViewportSize(phone);
  await page.clock.setFixedTime(new Date(visit.now ?? '2023-07-01T12:00:00Z'));
  const address = `${new URL(visit.path, served.url).href}${visit.query ?? ''}${visit.hash ?? ''}`;
  const response = await page.goto(address);
  expect(response?.status(), address).toBe(200);
  await hydrateIslands(page);
  if (visit.ready) await page.locator(visit.ready).first().waitFor();
  if (!visit.shiftsOnPurpose) expect((await layoutShifts(page)).filter((shift) => !shift.endsWith(': ')), `layout shifts loading ${address}`).toEqual([]);
  if (act) await act(page);
  await inspectAtBothWidths(page, `${address}${act ? ' after interaction' : ''}`, [...new URLSearchParams(visit.query ?? '').values()]);
  expect(problems.splice(0), address).toEqual([]);
}

describe('pseudo-locale: every page type', () => {
  it.each([home, article, `/${pseudoLocale.path}/${staleArticle}/`, `/${pseudoLocale.path}/category/subscription/`, `/${pseudoLocale.path}/category/membership/`])('%s', async (path) => {
    await checkState({ path });
  });

  it('the not-found page', async () => {
    await checkState({ path: `/${pseudoLocale.path}/404/` });
  });

  it('the outdated-translation notice is among the checked text', async () => {
    const { page } = await openPage(browser, {}, served.url);
    await page.goto(new URL(`/${pseudoLocale.path}/${staleArticle}/`, served.url).href);
    expect(await page.locator('[data-translation-stale]').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('the language menu, open', async () => {
    await checkState({ path: article }, async (page) => {
      await page.locator('.language-picker summary').click();
      await page.locator('.language-picker[open]').waitFor();
    });
  });
});

describe('pseudo-locale: search', () => {
  it.each([
    ['with results', accent('renew')],
    ['without results', accent('nothing')],
  ])('%s', async (_, query) => {
    await checkState({ path: home }, async (page) => {
      await page.locator('[data-search-open]').click();
      await page.locator('#search-input').fill(query);
      await expect.poll(() => page.locator('[data-search-status]').textContent()).toContain(query);
    });
  });
});

/** Calculator states by link: each answer, each edge notice and the messages for bad values. */
const calculatorStates: (Visit & { name: string })[] = [
  { name: 'no answer yet', path: article },
  { name: 'too early', path: article, query: '?expires=2024-11-21', now: '2024-11-22T04:00:00Z', timeZone: 'America/Los_Angeles' },
  { name: 'open, first morning', path: article, query: '?expires=2023-06-22&auto=off', now: '2023-06-23T06:00:00Z' },
  { name: 'open, last day', path: article, query: '?expires=2023-06-22&auto=off', now: '2023-07-22T07:00:00Z' },
  { name: 'open, last day, may have closed', path: article, query: '?expires=2023-06-22&auto=off', now: '2023-07-22T11:00:00Z' },
  { name: 'closed yesterday, may still be accepted', path: article, query: '?expires=2023-06-22&auto=off', now: '2023-07-22T20:00:00Z', timeZone: 'Pacific/Kiritimati' },
  { name: 'lapsed', path: article, query: '?expires=2023-05-01&auto=off' },
  { name: 'renews automatically', path: article, query: '?expires=2023-07-05&auto=on' },
  { name: 'too early, window cut short by the last renewal day', path: article, query: '?expires=2025-01-05&auto=off', now: '2024-10-01T12:00:00Z' },
  { name: 'retired: window would open after the last renewal day', path: article, query: '?expires=2025-06-22&auto=off', now: '2024-10-01T12:00:00Z' },
  { name: 'retired today, benefits until expiry', path: article, query: '?expires=2026-12-20&auto=off', now: '2026-12-05T20:00:00Z', timeZone: 'America/Los_Angeles' },
  { name: 'retired today, may have renewed automatically, sources differ', path: article, query: '?expires=2025-01-21&auto=on', now: '2026-12-05T12:00:00Z' },
  {
    name: 'bad values in the link',
    path: article,
    query: '?expires=2023-13-45&tz=Mars%2FPhobos',
    ready: '#calculator-zone-error',
    shiftsOnPurpose: 'each message appears under its field once the calculator has read the link, which the page cannot know in advance',
  },
];

describe('pseudo-locale: renewal calculator', () => {
  it.each(calculatorStates.map((state) => [state.name, state] as const))('%s', async (_, state) => {
    await checkState({ ...state, hash: '#check-your-renewal-eligibility', ready: state.ready ?? (state.query ? '.calculator__status' : undefined) });
  });

  it('the time-zone list, open', async () => {
    await checkState({ path: article, query: '?expires=2023-06-22&auto=off', hash: '#check-your-renewal-eligibility' }, async (page) => {
      await page.locator('#calculator-zone').focus();
      // An offset: a word typed here would be the test's own text, not the site's.
      await page.keyboard.type('+05');
      await expect.poll(() => page.locator('#calculator-zone').getAttribute('aria-expanded')).toBe('true');
      await page.locator('#calculator-zone-list [role="option"]').first().waitFor();
    });
  });
});

/**
 * Every screen of every flow: each path is opened by a link at its first
 * screen, with its answers given, and walked with the Next button. Together
 * the answers take every branch, at a moment when a subscription that expired
 * on 22 June 2023 is in its window (other expiration dates give the other
 * branches), and after the last renewal day, when buying and renewing end on
 * their retired screens.
 */
const julyFirst = new Date('2023-07-01T12:00:00Z');
const afterRetirement = new Date('2026-12-05T12:00:00Z');
const answerSets: Answers[] = [
  { member: 'no', expires: '2023-06-22', auto: 'off', pay: 'bank', billto: 'yes' },
  { member: 'yes', expires: '2023-06-22', auto: 'off', pay: 'card', billto: 'yes' },
  { expires: '2023-06-22', auto: 'off', pay: 'card', billto: 'no' },
  { expires: '2023-07-15', auto: 'on' },
  { expires: '2023-07-15', auto: 'off' },
  { expires: '2023-01-01', auto: 'off' },
];
const walks: { name: string; query: string; screens: string[]; now: string }[] = [];
const inspectedScreens = new Set<string>();
const walked = new Set<string>();
for (const now of [julyFirst, afterRetirement]) {
  for (const flow of flowIds as readonly FlowId[]) {
    for (const answers of answerSets) {
      const path = walkthroughPath(flow, answers, now, 'Europe/Berlin');
      const screens = path.map((node) => `${flow} ${node.id}`);
      if (screens.every((screen) => walked.has(screen))) continue;
      screens.forEach((screen) => walked.add(screen));
      const given = Object.fromEntries(questionsOn(path).map((name) => [name, String(answers[name])]));
      walks.push({ name: screens.join(' → '), query: `?${new URLSearchParams({ guide: flow, ...given, step: path[0]!.id })}`, screens, now: now.toISOString() });
    }
  }
}

describe('pseudo-locale: walkthrough', () => {
  it('covers every screen of every flow', () => {
    type Entry = WalkthroughNode | { cases: Record<string, readonly Entry[]> };
    const screensOf = (sequence: readonly Entry[]): string[] => sequence.flatMap((entry) => ('kind' in entry ? [entry.id] : Object.values(entry.cases).flatMap(screensOf)));
    const every = flowIds.flatMap((flow) => [...new Set(screensOf(flows[flow] as readonly Entry[]))].map((id) => `${flow} ${id}`));
    expect([...walked].sort()).toEqual(every.sort());
  });

  it('the choice of flows', async () => {
    await checkState({ path: article, hash: '#guide' });
  });

  it('a link it has to correct', async () => {
    await checkState({ path: article, query: '?guide=renew&step=nowhere', hash: '#guide', ready: '.guide__progress' });
  });

  it.each(walks.map((walk) => [walk.name, walk] as const))('%s', async (_, walk) => {
    await checkState({ path: article, query: walk.query, hash: '#guide', ready: '.guide__progress', now: walk.now }, async (page) => {
      for (let index = 1; index < walk.screens.length; index++) {
        // Paths share their first screens; each screen is checked once, on the first path that reaches it.
        if (!inspectedScreens.has(walk.screens[index - 1]!)) await inspectAtBothWidths(page, walk.screens[index - 1]!, [...new URLSearchParams(walk.query).values()]);
        inspectedScreens.add(walk.screens[index - 1]!);
        await page.setViewportSize(phone);
        await page.locator('#guide .guide__primary').last().click();
        const step = walk.screens[index]!.split(' ')[1];
        await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe(step);
      }
    });
  });
});
