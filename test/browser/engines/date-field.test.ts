import { describe, expect, it } from 'vitest';
import { hydrateIslands, waitUntil } from './engine.ts';
import { engine, launch, url } from './launch.ts';

/**
 * Firefox and WebKitGTK lay out `<input type="date">` in the format of the
 * reader's system locale, not of the page: a German reader types 22.06.2025,
 * a Dutch one 22-06-2025. Each language's reader, on a system in that
 * language, types the date as they write it, and the calculator answers for it.
 */
const typedByReader = {
  en: '06/22/2025',
  de: '22.06.2025',
  nl: '22-06-2025',
  'zh-cn': '2025/06/22',
  ru: '22.06.2025',
} as const;

describe(`the date field in ${engine}`, () => {
  it.each(Object.entries(typedByReader))('takes the date as a reader in %s types it (%s)', async (localePath, typed) => {
    const page = await launch(engine, { timeZone: 'Europe/Berlin', language: localePath });
    try {
      await page.goto(url(`/${localePath}/buy-or-renew-action-pack/#check-your-renewal-eligibility`));
      await hydrateIslands(page);
      await page.click('#calculator-expires');
      await page.type(typed);
      await waitUntil(page, 'the date in the URL', "return new URL(location.href).searchParams.get('expires') === '2025-06-22'");
      expect(await page.evaluate("return document.querySelector('#calculator-expires').value")).toBe('2025-06-22');
      await waitUntil(page, 'the answer for it', "return document.querySelector('.calculator__status')?.getAttribute('data-state') === 'retired'");
      expect(await page.errors()).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('digits typed without separators: Firefox takes them, WebKitGTK leaves the field empty, its own limit (see the README)', async () => {
    const page = await launch(engine, { timeZone: 'Europe/Berlin', language: 'en' });
    try {
      await page.goto(url('/en/buy-or-renew-action-pack/#check-your-renewal-eligibility'));
      await hydrateIslands(page);
      await page.click('#calculator-expires');
      expect(await page.evaluate("return document.activeElement.id")).toBe('calculator-expires');
      await page.type('06222025');
      const value = await page.evaluate<string>("return document.querySelector('#calculator-expires').value");
      expect(value).toBe(engine === 'webkit' ? '' : '2025-06-22');
      // The same field, in the same session, takes the date with separators: it was the digits alone.
      await page.evaluate("const field = document.querySelector('#calculator-expires'); field.value = ''; field.dispatchEvent(new Event('input', { bubbles: true })); return true");
      await page.click('#calculator-expires');
      await page.type('06/22/2025');
      expect(await page.evaluate("return document.querySelector('#calculator-expires').value")).toBe('2025-06-22');
    } finally {
      await page.close();
    }
  });
});
