import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../../src/i18n/locales.ts';
import { hydrateIslands, waitUntil, type EnginePage } from './engine.ts';
import { engine, launch, url } from './launch.ts';

/**
 * The time-zone picker where engines name zones differently: a device in
 * India is `Asia/Kolkata` to Firefox and `Asia/Calcutta` to Chromium and
 * WebKit, one in Ukraine `Europe/Kyiv` or `Europe/Kiev`. Whatever the id, the
 * device zone is preselected and named as Chromium names it, city included.
 */

const deviceZones = ['Asia/Calcutta', 'Europe/Kiev'] as const;
const pages = new Map<string, EnginePage>();
beforeAll(async () => {
  await Promise.all(
    deviceZones.flatMap((zone) => [
      launch(engine, { timeZone: zone }).then((page) => pages.set(`${engine} ${zone}`, page)),
      launch('chromium', { timeZone: zone }).then((page) => pages.set(`chromium ${zone}`, page)),
    ]),
  );
});
afterAll(async () => {
  await Promise.all([...pages.values()].map((page) => page.close()));
});

const field = (page: EnginePage) => page.evaluate<string>("return document.querySelector('#calculator-zone').value");
const zoneInUrl = (page: EnginePage) => page.evaluate<string | null>("return new URL(location.href).searchParams.get('tz')");

/** The field as the reader first sees it and after focusing it (which loads the city names in their language). */
async function deviceZoneField(page: EnginePage, localePath: string, query = '?expires=2024-06-01&auto=off'): Promise<{ shown: string; focused: string; inUrl: string | null }> {
  await page.goto(url(`/${localePath}/buy-or-renew-action-pack/${query}#check-your-renewal-eligibility`));
  await hydrateIslands(page);
  const shown = await field(page);
  await page.click('#calculator-zone');
  await waitUntil(page, 'the city names loaded', "return document.querySelector('#calculator-zone').value.includes(' — ')");
  const focused = await field(page);
  await page.press('Escape');
  return { shown, focused, inUrl: await zoneInUrl(page) };
}

/** The id each engine reports for the device zone: the case the picker must survive. */
const reportedIds: Record<typeof engine, Record<(typeof deviceZones)[number], string>> = {
  firefox: { 'Asia/Calcutta': 'Asia/Kolkata', 'Europe/Kiev': 'Europe/Kyiv' },
  webkit: { 'Asia/Calcutta': 'Asia/Calcutta', 'Europe/Kiev': 'Europe/Kiev' },
};

describe.each(deviceZones)(`the time-zone picker in ${engine} on a device in %s`, (zone) => {
  it('is a device whose zone this engine reports by the id the picker must understand', async () => {
    expect(await pages.get(`${engine} ${zone}`)!.evaluate('return Intl.DateTimeFormat().resolvedOptions().timeZone')).toBe(reportedIds[engine][zone]);
  });

  it.each(locales.map((locale) => locale.path))('preselects the device zone in %s, named as in Chromium, and leaves it out of the URL', async (localePath) => {
    const [expected, actual] = await Promise.all([deviceZoneField(pages.get(`chromium ${zone}`)!, localePath), deviceZoneField(pages.get(`${engine} ${zone}`)!, localePath)]);
    expect(actual).toEqual(expected);
    expect(actual.inUrl).toBeNull();
  });
});

describe(`choosing a time zone in ${engine}`, () => {
  const page = () => pages.get(`${engine} Asia/Calcutta`)!;

  /** The options shown once the list answers the whole query (it is filtered again at each key), the first naming `city`. */
  async function search(localePath: string, query: string, city: string): Promise<string[]> {
    await page().goto(url(`/${localePath}/buy-or-renew-action-pack/?expires=2024-06-01&auto=off#check-your-renewal-eligibility`));
    await hydrateIslands(page());
    await page().click('#calculator-zone');
    await waitUntil(page(), 'the city names loaded', "return document.querySelector('#calculator-zone').value.includes(' — ')");
    // The field's text is selected, so typing replaces it, as after the reader's click; selected again here because
    // the city names arriving rename the zone in the field, which can leave the caret at its end.
    await page().evaluate("document.querySelector('#calculator-zone').select(); return true");
    await page().type(query);
    await waitUntil(
      page(),
      `options for ${query}, the first naming ${city}`,
      "const field = document.querySelector('#calculator-zone'); return field.value === args[0] && field.getAttribute('aria-expanded') === 'true' && (document.querySelector('#calculator-zone-list [role=\"option\"]')?.textContent.includes(args[1]) ?? false)",
      query,
      city,
    );
    return page().evaluate<string[]>("return [...document.querySelectorAll('#calculator-zone-list [role=\"option\"]')].map((option) => option.textContent)");
  }

  it.each([
    ['en', 'Kolkata', 'Kolkata'],
    ['de', 'Kalkutta', 'Kalkutta'],
    ['ru', 'Киев', 'Киев'],
    ['zh-cn', '东京', '东京'],
    ['nl', 'UTC+05:45', 'Kathmandu'],
  ])('in %s, searching “%s” finds %s, and the keyboard chooses it', async (localePath, query, city) => {
    const options = await search(localePath, query, city);
    expect(options[0]).toContain(city);
    const active = () => page().evaluate<string | null>("return document.querySelector('#calculator-zone').getAttribute('aria-activedescendant')");
    expect(await active()).toBe('calculator-zone-list-0');
    await page().press('ArrowDown');
    expect(await active()).toBe(options.length > 1 ? 'calculator-zone-list-1' : 'calculator-zone-list-0');
    await page().press('ArrowUp');
    expect(await active()).toBe('calculator-zone-list-0');
    await page().press('Enter');
    await waitUntil(page(), 'the choice in the URL', "return new URL(location.href).searchParams.get('tz') !== null");
    expect(await field(page())).toBe(options[0]);
    expect(await page().evaluate('return document.activeElement.id')).toBe('calculator-zone');
  });

  it('a zone chosen in this engine opens as the same zone in Chromium, and one chosen in Chromium opens here', async () => {
    const options = await search('de', 'Kiew', 'Kiew');
    await page().press('Enter');
    await waitUntil(page(), 'the choice in the URL', "return new URL(location.href).searchParams.get('tz') !== null");
    const chosenHere = (await zoneInUrl(page()))!;
    const chromium = pages.get('chromium Asia/Calcutta')!;
    const opened = await deviceZoneField(chromium, 'de', `?expires=2024-06-01&auto=off&tz=${encodeURIComponent(chosenHere)}`);
    expect(opened.focused).toBe(options[0]);

    await chromium.goto(url('/de/buy-or-renew-action-pack/?expires=2024-06-01&auto=off#check-your-renewal-eligibility'));
    await hydrateIslands(chromium);
    await chromium.click('#calculator-zone');
    await waitUntil(chromium, 'the city names loaded', "return document.querySelector('#calculator-zone').value.includes(' — ')");
    await chromium.type('Kalkutta');
    await waitUntil(chromium, 'options', "return document.querySelectorAll('#calculator-zone-list [role=\"option\"]').length > 0");
    await chromium.press('Enter');
    await waitUntil(chromium, 'the choice in the URL', "return new URL(location.href).searchParams.get('tz') !== null");
    const chosenInChromium = (await zoneInUrl(chromium))!;
    const chromiumField = await field(chromium);
    const openedHere = await deviceZoneField(page(), 'de', `?expires=2024-06-01&auto=off&tz=${encodeURIComponent(chosenInChromium)}`);
    expect(openedHere.focused).toBe(chromiumField);
  });
});
