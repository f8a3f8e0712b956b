import { describe, expect, it } from 'vitest';
import { RENEWAL_WINDOW_DAYS, addDays, daysBetween, nextRenewalOn, renewalStatus, renewalWindow } from '../../../src/rules/renewal.ts';
import { DAY_MS, civilFromDays, dayText, daysFromCivil, expectedStatus } from './oracle.ts';
import { EXHAUSTIVE_TIMEOUT, FIRST, LAST } from './support.ts';

describe('renewalWindow', () => {
  it('matches day-number arithmetic for every expiry from 2000 to 2100, and addDays/daysBetween take its days (exhaustive)', { timeout: EXHAUSTIVE_TIMEOUT }, () => {
    const wrong: string[] = [];
    for (let expires = FIRST; expires <= LAST; expires += 1) {
      const expiresOn = dayText(expires);
      const window = renewalWindow(expiresOn);
      const ok =
        window.opensOn === dayText(expires + 1) &&
        window.closesOn === dayText(expires + 30) &&
        window.opensAt.getTime() === (expires + 1) * DAY_MS &&
        window.closesAt.getTime() === (expires + 31) * DAY_MS &&
        daysBetween(expiresOn, window.closesOn) === RENEWAL_WINDOW_DAYS &&
        daysBetween(window.opensOn, window.closesOn) === RENEWAL_WINDOW_DAYS - 1 &&
        addDays(expiresOn, RENEWAL_WINDOW_DAYS) === window.closesOn &&
        addDays(window.closesOn, -RENEWAL_WINDOW_DAYS) === expiresOn &&
        addDays(window.opensOn, -1) === expiresOn;
      if (!ok) wrong.push(`${expiresOn}: ${JSON.stringify(window)}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('renewalStatus', () => {
  it('checks every expiry from 2000 to 2100 at the four window instants (exhaustive)', { timeout: EXHAUSTIVE_TIMEOUT }, () => {
    const wrong: string[] = [];
    for (let expires = FIRST; expires <= LAST; expires += 1) {
      const day = dayText(expires);
      for (const offset of [-1, 0]) {
        for (const time of [(expires + 1) * DAY_MS + offset, (expires + 31) * DAY_MS + offset]) {
          for (const autoRenew of [false, true]) {
            const now = new Date(time);
            const actual = renewalStatus({ expiresOn: day, now, autoRenew });
            if (JSON.stringify(actual) !== JSON.stringify(expectedStatus(day, now, autoRenew))) wrong.push(`${day} at ${now.toISOString()}: ${JSON.stringify(actual)}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
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
