import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../support/chromium.ts';
import type { EngineOptions, EnginePage } from './engine.ts';
import { browserLanguage } from './languages.ts';

/** Debian's Chromium through playwright-core, as the Chromium suite drives it: the reference the other engines are compared with. */
export async function launchChromium(options: EngineOptions): Promise<EnginePage> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, env: { ...process.env, TZ: options.timeZone } });
  const context = await browser.newContext({ timezoneId: options.timeZone, locale: browserLanguage(options.language ?? 'en') });
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
  });
  if (options.now) await page.clock.setFixedTime(options.now);
  return {
    engine: 'chromium',
    async goto(url) {
      errors.length = 0;
      await page.goto(url);
    },
    async url() {
      return page.url();
    },
    async evaluate<T>(body: string, ...args: unknown[]) {
      return (await page.evaluate(`((...args) => { ${body} })(...${JSON.stringify(args)})`)) as T;
    },
    async click(selector) {
      await page.locator(selector).first().click();
    },
    async type(text) {
      await page.keyboard.type(text);
    },
    async press(key) {
      await page.keyboard.press(key);
    },
    async errors() {
      return [...errors];
    },
    async close() {
      await browser.close();
    },
  };
}
