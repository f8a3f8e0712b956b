import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import type { EngineOptions, EnginePage, Key } from './engine.ts';
import { browserLanguage } from './languages.ts';
import { osLocaleEnvironment } from './os-locales.ts';

/** Debian's Firefox ESR, or the binary FIREFOX_PATH names. */
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Stops the page's clock at `instant`: the only clock the site reads is
 * `Date`. Installed as a WebDriver BiDi preload script, so it runs before any
 * of the page's own scripts.
 */
function fixClockAt(instant: number): void {
  const RealDate = Date;
  class FixedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(instant);
      else super(...(args as [string]));
    }
    static override now(): number {
      return instant;
    }
  }
  globalThis.Date = FixedDate as DateConstructor;
}

export async function launchFirefox(options: EngineOptions): Promise<EnginePage> {
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    env: { ...process.env, TZ: options.timeZone, ...osLocaleEnvironment(options.language ?? 'en') },
    // Formats (the date field's among them) follow the system locale, as on a reader's own machine.
    extraPrefsFirefox: { 'intl.accept_languages': browserLanguage(options.language ?? 'en'), 'intl.regional_prefs.use_os_locales': true },
  });
  const page: Page = await browser.newPage();
  page.setDefaultTimeout(60_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
  });
  if (options.now) await page.evaluateOnNewDocument(fixClockAt, options.now.getTime());
  return {
    engine: 'firefox',
    async goto(url) {
      errors.length = 0;
      await page.goto(url, { waitUntil: 'load' });
    },
    async url() {
      return page.url();
    },
    async evaluate<T>(body: string, ...args: unknown[]) {
      // A string, not a function that builds one: the protocol evaluates it outside the page's Content-Security-Policy, which forbids eval.
      return (await page.evaluate(`((...args) => { ${body} })(...${JSON.stringify(args)})`)) as T;
    },
    async click(selector) {
      await page.locator(selector).click();
    },
    async type(text) {
      await page.keyboard.type(text);
    },
    async press(key: Key) {
      await page.keyboard.press(key as KeyInput);
    },
    async errors() {
      return [...errors];
    },
    async close() {
      await browser.close();
    },
  };
}
