import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localePaths } from '../../../src/i18n/locales.ts';
import { hydrateIslands, waitUntil, type EnginePage } from './engine.ts';
import { engine, launch, url } from './launch.ts';

/**
 * The calculator's answer depends on the engine's Intl time-zone data and
 * date formatting. For a table of cases (readers from UTC−12 to UTC+14, a clock
 * before the last renewal day and today's, automatic renewal on and off) the
 * engine must give exactly what Chromium gives: the state, every date and every
 * clock time in the answer, the window facts and the timeline.
 */

/** 1 October 2024, 07:10 UTC, where every engine's clock stands for the cases before 21 January 2025. */
const before = new Date('2024-10-01T07:10:00Z');

const zones = [
  'Etc/GMT+12',
  'Pacific/Honolulu',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'UTC',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Adelaide',
  'Pacific/Kiritimati',
];

/** On 1 October 2024: the window opens today, is open, closes today, closed yesterday, opens later, is cut at 21 January 2025, would open after it. */
const expiriesBefore = ['2024-09-30', '2024-09-15', '2024-09-01', '2024-08-31', '2024-10-15', '2024-12-25', '2025-01-05', '2025-01-25'];
/** Today (after the last renewal day): benefits continuing, the day Microsoft's pages differ on, expired before the last day. */
const expiriesToday = ['2026-12-20', '2025-01-21', '2024-06-01'];

/** Zones an engine's own CLDR data names differently from Chromium's (see the README): WebKitGTK on Debian 12 uses the system ICU 72. */
const ownZoneNames: Record<typeof engine, string[]> = {
  firefox: [],
  webkit: ['Australia/Adelaide in en'],
};

interface Case {
  zone: string;
  expires: string;
  auto: 'on' | 'off';
  clock: 'before' | 'today';
}

/** Each zone gets four cases before the last day and two today, rotating through the dates and automatic renewal, so every date meets several zones and both settings. */
const cases: Case[] = zones.flatMap((zone, index) => [
  ...[0, 1, 2, 3].map((offset): Case => ({ zone, expires: expiriesBefore[(index + offset * 2) % expiriesBefore.length]!, auto: (index + offset) % 2 ? 'on' : 'off', clock: 'before' })),
  ...[0, 1].map((offset): Case => ({ zone, expires: expiriesToday[(index + offset) % expiriesToday.length]!, auto: (index + offset) % 2 ? 'off' : 'on', clock: 'today' })),
]);

const pages: Record<'chromium' | 'engine', Record<Case['clock'], EnginePage>> = {} as never;
beforeAll(async () => {
  const [chromiumBefore, chromiumToday, engineBefore, engineToday] = await Promise.all([
    launch('chromium', { timeZone: 'UTC', now: before }),
    launch('chromium', { timeZone: 'UTC' }),
    launch(engine, { timeZone: 'UTC', now: before }),
    launch(engine, { timeZone: 'UTC' }),
  ]);
  pages.chromium = { before: chromiumBefore, today: chromiumToday };
  pages.engine = { before: engineBefore, today: engineToday };
});
afterAll(async () => {
  await Promise.all(Object.values(pages).flatMap((byClock) => Object.values(byClock ?? {}).map((page) => page.close())));
});

/** What the calculator shows for a case, as text with spaces normalized (engines differ in which space they put before AM/PM, which no reader sees). */
async function answer(page: EnginePage, { zone, expires, auto }: Case, localePath: string): Promise<Record<string, string | null>> {
  await page.goto(url(`/${localePath}/buy-or-renew-action-pack/?expires=${expires}&auto=${auto}&tz=${encodeURIComponent(zone)}#check-your-renewal-eligibility`));
  await hydrateIslands(page);
  // The answer's code loads once there is a date to answer for.
  await waitUntil(page, 'the calculator answered', "return document.querySelector('.calculator__status')?.getAttribute('data-state') !== 'none'");
  return page.evaluate(
    `
    const text = (selector) => { const element = document.querySelector(selector); return element ? element.textContent.replace(/[\\s\\u202f\\u00a0]+/g, ' ').trim() : null; };
    return {
      state: document.querySelector('.calculator__status')?.getAttribute('data-state') ?? null,
      zone: document.querySelector('#calculator-zone')?.value ?? null,
      // The engine's own name for the zone, as src/i18n/zone-names.ts asks Intl for it.
      zoneName: (() => {
        const nameIn = (style) => new Intl.DateTimeFormat(document.documentElement.lang, { timeZone: args[0], timeZoneName: style }).formatToParts(new Date()).find((part) => part.type === 'timeZoneName')?.value;
        const generic = nameIn('longGeneric');
        return /^(GMT|UTC)([+\-\u2212]|$)/.test(generic) ? nameIn('long') : generic;
      })(),
      answer: text('.calculator__answer'),
      facts: text('.calculator__facts'),
      timeline: text('.timeline'),
    };`,
    zone,
  );
}

describe(`the calculator in ${engine} answers as in Chromium`, () => {
  it.each(cases.map((item, index) => ({ ...item, localePath: localePaths[index % localePaths.length]! })))(
    'in $localePath: expires $expires, automatic renewal $auto, clock $clock, reader in $zone',
    async ({ localePath, ...item }) => {
      const [expected, actual] = await Promise.all([answer(pages.chromium[item.clock], item, localePath), answer(pages.engine[item.clock], item, localePath)]);
      expect(expected.state, 'Chromium gave an answer').not.toBeNull();
      if (item.clock === 'before') {
        // Both clocks really stand there, so those subscriptions are not yet retired.
        expect(await Promise.all([pages.chromium.before, pages.engine.before].map((page) => page.evaluate('return new Date().toISOString()')))).toEqual([before.toISOString(), before.toISOString()]);
        if (item.expires < '2024-12-01') expect(expected.state).not.toBe('retired');
      }
      // The zone's name is the engine's own (its CLDR data). Where it differs from Chromium's, it must be a
      // difference the README names; the field then shows the engine's name for the same zone, city and offset.
      if (actual.zoneName !== expected.zoneName) expect(ownZoneNames[engine], `${engine} names ${item.zone} “${actual.zoneName}”, Chromium “${expected.zoneName}”`).toContain(`${item.zone} in ${localePath}`);
      const withoutName = ({ zone, zoneName, ...rest }: typeof actual) => ({ ...rest, zone: zone?.replace(zoneName!, '…') });
      expect(actual.zone).toContain(actual.zoneName);
      expect(withoutName(actual)).toEqual(withoutName(expected));
    },
  );
});
