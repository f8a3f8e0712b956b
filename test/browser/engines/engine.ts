/**
 * One small driver interface over the three engines, so the cross-engine suite
 * reads the same for each: Chromium through playwright-core (the reference),
 * Firefox through puppeteer-core over WebDriver BiDi, WebKitGTK through its
 * own WebDriver (`WebKitWebDriver`, classic protocol, see ./webkit.ts).
 * Every browser is Debian's; none is downloaded.
 */

export const engineNames = ['chromium', 'firefox', 'webkit'] as const;
export type EngineName = (typeof engineNames)[number];

/** Keys the suite presses, by their WebDriver and DOM names. */
export type Key = 'Enter' | 'Escape' | 'Tab' | 'ArrowDown' | 'ArrowUp' | 'Backspace';

export interface EngineOptions {
  /** The browser process's time zone (its `TZ`), which the engine reports as the device's. */
  timeZone: string;
  /** The instant the page's clock stands at; the real clock when absent. */
  now?: Date;
  /** The reader's language, by its site path (`de`): the browser's preferred language and its system locale. */
  language?: string;
}

export interface EnginePage {
  readonly engine: EngineName;
  goto(url: string): Promise<void>;
  url(): Promise<string>;
  /**
   * Runs `body` (a function body: `return …`, with the arguments as `args`)
   * in the page and returns its JSON result.
   */
  evaluate<T>(body: string, ...args: unknown[]): Promise<T>;
  /** Clicks the first element matching `selector` as a user would (scrolled into view, real pointer events). */
  click(selector: string): Promise<void>;
  /** Types `text` with the keyboard into the focused element. */
  type(text: string): Promise<void>;
  press(key: Key): Promise<void>;
  /** Uncaught errors and console errors since the last `goto` (for WebKitGTK, whose classic WebDriver cannot listen before a page's scripts run: uncaught errors after its load). */
  errors(): Promise<string[]>;
  /** Ends this page's browser session (and process). */
  close(): Promise<void>;
}

/** Polls `body` in the page until it returns a truthy value; fails naming `what` after a minute (a hang guard, never a speed test). */
export async function waitUntil(page: EnginePage, what: string, body: string, ...args: unknown[]): Promise<void> {
  const deadline = Date.now() + 60_000;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      last = await page.evaluate(body, ...args);
      if (last) return;
    } catch (error) {
      // A navigation in progress can reject a script; try again.
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${page.engine}: ${what} never happened (last: ${String(last)})`);
}

/** Brings each island into view in turn (they hydrate when visible) and waits until it has read the URL. */
export async function hydrateIslands(page: EnginePage): Promise<void> {
  await waitUntil(page, 'the page loaded', "return document.readyState === 'complete'");
  const count = await page.evaluate<number>("return document.querySelectorAll('astro-island').length");
  for (let index = 0; index < count; index++) {
    // An island is display: contents, which has no box to scroll to; its content has.
    await page.evaluate("(document.querySelectorAll('astro-island')[args[0]].firstElementChild ?? document.body).scrollIntoView(); return true", index);
    await waitUntil(page, `island ${index + 1} of ${count} hydrated`, "const island = document.querySelectorAll('astro-island')[args[0]]; return !island.hasAttribute('ssr') && island.querySelector('[data-ready]') !== null", index);
  }
}
