import { describe, expect, it } from 'vitest';
import { RENEWAL_WINDOW_DAYS, addDays, daysBetween, nextRenewalOn, renewableWindow, renewalEdge, renewalStatus, renewalWindow } from '../../../src/rules/renewal.ts';
import { civilFromDays, dayText, daysFromCivil, expectedStatus, expectedWindow, wallDate } from './oracle.ts';
import { EXHAUSTIVE_TIMEOUT, FIRST, LAST, RETIREMENT_ZONES } from './support.ts';

/** Readers from the latest clock on Earth to the earliest; each expiry is checked in one of them, in turn. */
const READER_ZONES = ['Etc/GMT+12', 'America/Los_Angeles', 'Europe/Berlin', 'Asia/Shanghai', 'Pacific/Kiritimati'];

/**
 * Automatic renewal off on even expiries and on on odd ones. With five zones the
 * pairs repeat every ten days, so every zone meets both settings in every month
 * of every year, at half the cost of checking both settings on every day.
 */
const autoRenewFor = (expires: number): boolean => expires % 2 !== 0;

describe('renewalWindow', () => {
  it('matches its definition for every expiry from 2000 to 2100, and addDays/daysBetween take its days (exhaustive)', { timeout: EXHAUSTIVE_TIMEOUT }, () => {
    const wrong: string[] = [];
    for (let expires = FIRST; expires <= LAST; expires += 1) {
      const expiresOn = dayText(expires);
      const window = renewalWindow(expiresOn);
      const ok =
        JSON.stringify(window) === JSON.stringify(expectedWindow(expiresOn)) &&
        daysBetween(expiresOn, window.closesOn) === RENEWAL_WINDOW_DAYS &&
        addDays(window.closesOn, -RENEWAL_WINDOW_DAYS) === expiresOn &&
        addDays(window.opensOn, -1) === expiresOn;
      if (!ok) wrong.push(`${expiresOn}: ${JSON.stringify(window)}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('renewalStatus', () => {
  it('checks every expiry from 2000 to 2100 at every edge instant of the documented and the cut window, 1 ms either side (exhaustive)', { timeout: EXHAUSTIVE_TIMEOUT }, () => {
    const wrong: string[] = [];
    for (let expires = FIRST; expires <= LAST; expires += 1) {
      const expiresOn = dayText(expires);
      const timeZone = READER_ZONES[expires % READER_ZONES.length]!;
      const window = renewalWindow(expiresOn);
      const cut = renewableWindow(expiresOn);
      const edges = [window.possiblyOpenFrom, window.surelyOpenFrom, window.surelyOpenUntil, window.possiblyOpenUntil, ...(cut ? [cut.surelyOpenUntil, cut.possiblyOpenUntil] : [])];
      for (const edge of edges) {
        for (const offset of [-1, 0]) {
          const now = new Date(edge.getTime() + offset);
          const autoRenew = autoRenewFor(expires);
          const actual = renewalStatus({ expiresOn, now, timeZone, autoRenew });
          if (JSON.stringify(actual) !== JSON.stringify(expectedStatus(expiresOn, now, timeZone, autoRenew))) wrong.push(`${expiresOn} at ${now.toISOString()} in ${timeZone}, automatic renewal ${autoRenew ? 'on' : 'off'}: ${JSON.stringify(actual)}`);
        }
      }
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });
});

describe('nextRenewalOn', () => {
  it('keeps month and day, moving 29 February to 28 February, for every day from 2000 to 2100 (exhaustive)', { timeout: EXHAUSTIVE_TIMEOUT }, () => {
    const wrong: string[] = [];
    for (let day = FIRST; day <= LAST; day += 1) {
      const [year, month, date] = civilFromDays(day);
      const expected = dayText(daysFromCivil(year + 1, month, month === 2 && date === 29 ? 28 : date));
      if (nextRenewalOn(dayText(day)) !== expected) wrong.push(dayText(day));
    }
    expect(wrong).toEqual([]);
  });
});

describe('renewalStatus after the retirement', () => {
  /** This session's date, and the moment the test runs, which is later still. */
  const todays = [new Date('2026-12-05T12:00:00.000Z'), new Date()];

  it('is retired today for every expiration date from 2000 to 2100, in zones from UTC−12 to UTC+14 in turn, automatic renewal on and off (exhaustive)', { timeout: EXHAUSTIVE_TIMEOUT }, () => {
    const wrong: string[] = [];
    for (let expires = FIRST; expires <= LAST; expires += 1) {
      const expiresOn = dayText(expires);
      const timeZone = RETIREMENT_ZONES[expires % RETIREMENT_ZONES.length]!;
      for (const now of todays) {
        for (const autoRenew of [false, true]) {
          const actual = renewalStatus({ expiresOn, now, timeZone, autoRenew });
          const expected = { state: 'retired', lastRenewalDay: '2025-01-21', lastDayPassed: true, expired: expiresOn < wallDate(now, timeZone), renewableAutomatically: autoRenew && expiresOn <= '2025-01-21' };
          if (JSON.stringify(actual) !== JSON.stringify(expected)) wrong.push(`${expiresOn} at ${now.toISOString()} in ${timeZone}, automatic renewal ${autoRenew ? 'on' : 'off'}: ${JSON.stringify(actual)}`);
          if (renewalEdge({ expiresOn, now, timeZone, autoRenew }) !== null) wrong.push(`${expiresOn} in ${timeZone}: an edge notice`);
        }
      }
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });
});
