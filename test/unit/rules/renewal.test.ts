import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as rules from '../../../src/rules/renewal.ts';
import {
  RENEWAL_WINDOW_DAYS,
  RulesError,
  addDays,
  assertTimeZone,
  calendarDayIn,
  daysBetween,
  isValidTimeZone,
  LAST_RENEWAL_DAY,
  afterRenewalOn,
  nextRenewalOn,
  parseCalendarDate,
  renewableWindow,
  retiredEverywhereFrom,
  sourcesDifferOn,
  renewalEdge,
  hasSurelyOpenSpan,
  autoRenewsOnLastDay,
  renewalStatus,
  renewalWindow,
  utcOffsetMinutes,
  type RenewalStatusInput,
} from '../../../src/rules/renewal.ts';
import { DAY_MS, RETIRED_EVERYWHERE, allZones, at, dayNo, dayText, expectedRenewableWindow, expectedStatus, expectedWindow, wallClock, wallDate } from './oracle.ts';
import { RETIREMENT_ZONES, codeOf, supportedDay } from './support.ts';

const HOUR = 60 * 60 * 1000;
/** Any day the calendar arithmetic (addDays, daysBetween) accepts. */
const calendarDay = fc.integer({ min: dayNo('0001-01-01'), max: dayNo('9999-12-31') }).map(dayText);
/** Readers from the latest clock on Earth to the earliest. */
const READER_ZONES = ['Etc/GMT+12', 'America/Los_Angeles', 'Europe/Berlin', 'Asia/Shanghai', 'Pacific/Kiritimati'] as const;
const anyZone = fc.constantFrom(...allZones);

/** The instant a wall-clock time `YYYY-MM-DD HH:mm:ss` happens in `zone`, found by asking Intl (not the rules). */
function wallTime(clock: string, zone: string): Date {
  const guess = new Date(`${clock.replace(' ', 'T')}Z`).getTime();
  for (let hours = -14; hours <= 12; hours += 0.25) {
    const candidate = guess + hours * HOUR;
    if (wallClock(candidate, zone) === clock) return new Date(candidate);
  }
  throw new Error(`${clock} does not happen in ${zone}`);
}

const status = (expiresOn: string, now: Date, timeZone: string, autoRenew = false) => renewalStatus({ expiresOn, now, timeZone, autoRenew });
const edge = (expiresOn: string, now: Date, timeZone: string) => renewalEdge({ expiresOn, now, timeZone });

describe('policy constants', () => {
  it('keeps the window open for 30 days', () => {
    expect(RENEWAL_WINDOW_DAYS).toBe(30);
  });

  it('assumes no time zone for Partner Center', () => {
    expect(Object.keys(rules)).not.toContain('POLICY_TIME_ZONE');
  });
});

describe('renewalWindow', () => {
  it('runs from June 23 through July 22 for a June 22 expiry (Microsoft’s example), edges at UTC−12 and UTC+14', () => {
    expect(renewalWindow('2025-06-22')).toEqual({
      opensOn: '2025-06-23',
      closesOn: '2025-07-22',
      surelyOpenFrom: at('2025-06-23T12:00:00.000Z'),
      surelyOpenUntil: at('2025-07-22T10:00:00.000Z'),
      possiblyOpenFrom: at('2025-06-22T10:00:00.000Z'),
      possiblyOpenUntil: at('2025-07-23T12:00:00.000Z'),
    });
  });

  it('ends on November 14 for an October 15 expiry (Microsoft’s second example)', () => {
    expect(renewalWindow('2025-10-15')).toMatchObject({ opensOn: '2025-10-16', closesOn: '2025-11-14' });
  });

  it('puts each edge at midnight of the earliest or latest clock on Earth, as Intl reads those zones', () => {
    const window = renewalWindow('2025-06-22');
    expect(wallClock(window.surelyOpenFrom, 'Etc/GMT+12')).toBe('2025-06-23 00:00:00');
    expect(wallClock(window.possiblyOpenFrom, 'Pacific/Kiritimati')).toBe('2025-06-23 00:00:00');
    expect(wallClock(window.surelyOpenUntil, 'Pacific/Kiritimati')).toBe('2025-07-23 00:00:00');
    expect(wallClock(window.possiblyOpenUntil, 'Etc/GMT+12')).toBe('2025-07-23 00:00:00');
  });

  it.each([
    ['2025-01-31', '2025-02-01', '2025-03-02'],
    ['2025-12-31', '2026-01-01', '2026-01-30'],
    ['2024-02-28', '2024-02-29', '2024-03-29'],
    ['2023-02-28', '2023-03-01', '2023-03-30'],
    ['2000-02-28', '2000-02-29', '2000-03-29'],
    ['2100-02-28', '2100-03-01', '2100-03-30'],
    ['2024-01-31', '2024-02-01', '2024-03-01'],
    ['2000-01-01', '2000-01-02', '2000-01-31'],
    ['2100-12-31', '2101-01-01', '2101-01-30'],
  ])('for an expiry on %s runs from %s through %s (month ends, leap years, the policy range’s ends)', (expiresOn, opensOn, closesOn) => {
    expect(renewalWindow(expiresOn)).toEqual(expectedWindow(expiresOn));
    expect(renewalWindow(expiresOn)).toMatchObject({ opensOn, closesOn });
  });

  it('leaves every edge uncertain by 26 hours and the sure part 29 days minus 2 hours long', () => {
    const window = renewalWindow('2025-06-22');
    expect(window.surelyOpenFrom.getTime() - window.possiblyOpenFrom.getTime()).toBe(26 * HOUR);
    expect(window.possiblyOpenUntil.getTime() - window.surelyOpenUntil.getTime()).toBe(26 * HOUR);
    expect(window.surelyOpenUntil.getTime() - window.surelyOpenFrom.getTime()).toBe(29 * DAY_MS - 2 * HOUR);
    expect(daysBetween('2025-06-22', window.closesOn)).toBe(RENEWAL_WINDOW_DAYS);
  });

  it('matches the window written out from its definition, for any expiry (property)', () => {
    fc.assert(
      fc.property(supportedDay, (expiresOn) => {
        expect(renewalWindow(expiresOn)).toEqual(expectedWindow(expiresOn));
      }),
      { numRuns: 2000 },
    );
  });

  it('returns fresh Date objects, so a caller changing one cannot change another window', () => {
    const first = renewalWindow('2025-06-22');
    first.surelyOpenFrom.setTime(0);
    expect(renewalWindow('2025-06-22').surelyOpenFrom).toEqual(at('2025-06-23T12:00:00.000Z'));
  });
});

describe.each(READER_ZONES)('renewalStatus for a reader in %s (expiry 2023-06-22)', (zone) => {
  const expiresOn = '2023-06-22';
  const window = renewalWindow(expiresOn);
  const local = (clock: string) => wallTime(clock, zone);
  const justBefore = (instant: Date) => new Date(instant.getTime() - 1);

  it('is too early up to the last millisecond of the expiration day on the reader’s calendar', () => {
    expect(status(expiresOn, local('2023-06-21 00:00:00'), zone)).toEqual({ state: 'too-early', opensOn: '2023-06-23', daysUntilOpen: 2 });
    expect(status(expiresOn, justBefore(local('2023-06-23 00:00:00')), zone)).toEqual({ state: 'too-early', opensOn: '2023-06-23', daysUntilOpen: 1 });
  });

  it('opens at the reader’s midnight of June 23, and counts down to 1 on July 22', () => {
    expect(status(expiresOn, local('2023-06-23 00:00:00'), zone)).toMatchObject({ state: 'open', closesOn: '2023-07-22', daysLeft: 30 });
    expect(status(expiresOn, local('2023-07-01 12:00:00'), zone)).toEqual({ state: 'open', closesOn: '2023-07-22', daysLeft: 22, sure: true });
    expect(status(expiresOn, justBefore(local('2023-07-23 00:00:00')), zone)).toMatchObject({ state: 'open', daysLeft: 1 });
  });

  it('is lapsed from the reader’s midnight of July 23', () => {
    expect(status(expiresOn, local('2023-07-23 00:00:00'), zone)).toMatchObject({ state: 'lapsed', closedOn: '2023-07-22', daysSinceClose: 1 });
    expect(status(expiresOn, local('2023-08-22 00:00:00'), zone)).toEqual({ state: 'lapsed', closedOn: '2023-07-22', daysSinceClose: 31, mayStillBeOpenUntil: null });
  });

  it('is sure exactly from surelyOpenFrom (inclusive) to surelyOpenUntil (exclusive), while the calendar says open', () => {
    for (const instant of [justBefore(window.surelyOpenFrom), window.surelyOpenFrom, justBefore(window.surelyOpenUntil), window.surelyOpenUntil]) {
      const actual = status(expiresOn, instant, zone);
      expect(actual, instant.toISOString()).toEqual(expectedStatus(expiresOn, instant, zone, false));
      if (actual.state === 'open') expect(actual.sure, instant.toISOString()).toBe(instant >= window.surelyOpenFrom && instant < window.surelyOpenUntil);
    }
  });

  it('may still be open until possiblyOpenUntil (exclusive), and says so only while that is ahead', () => {
    const before = status(expiresOn, justBefore(window.possiblyOpenUntil), zone);
    const after = status(expiresOn, window.possiblyOpenUntil, zone);
    expect(after).toMatchObject({ state: 'lapsed', mayStillBeOpenUntil: null });
    if (before.state === 'lapsed') expect(before.mayStillBeOpenUntil).toEqual(window.possiblyOpenUntil);
    else expect(before).toMatchObject({ state: 'open', daysLeft: 1, sure: false });
  });

  it('leaves auto-renewal to the reader’s calendar too: on until the expiration day ends, manual window after', () => {
    expect(status(expiresOn, justBefore(local('2023-06-23 00:00:00')), zone, true)).toEqual({ state: 'auto-renews' });
    expect(status(expiresOn, local('2023-06-23 00:00:00'), zone, true)).toMatchObject({ state: 'open', daysLeft: 30 });
  });
});

describe('the cases partners meet (expiry 2023-06-22 unless stated)', () => {
  it('tells a partner in Los Angeles on the evening of the expiration day that it is not yet possible', () => {
    const evening = wallTime('2024-11-21 20:00:00', 'America/Los_Angeles');
    expect(status('2024-11-21', evening, 'America/Los_Angeles')).toEqual({ state: 'too-early', opensOn: '2024-11-22', daysUntilOpen: 1 });
    expect(edge('2024-11-21', evening, 'America/Los_Angeles')).toBeNull();
  });

  it('tells a partner in Berlin on the first morning that it is open, surely from 14:00 their time', () => {
    const morning = wallTime('2023-06-23 08:00:00', 'Europe/Berlin');
    expect(status('2023-06-22', morning, 'Europe/Berlin')).toEqual({ state: 'open', closesOn: '2023-07-22', daysLeft: 30, sure: false });
    expect(edge('2023-06-22', morning, 'Europe/Berlin')).toEqual({ kind: 'opens-later', at: at('2023-06-23T12:00:00.000Z'), atToday: true });
    expect(wallClock(at('2023-06-23T12:00:00.000Z'), 'Europe/Berlin')).toBe('2023-06-23 14:00:00');
    expect(edge('2023-06-22', wallTime('2023-06-23 14:00:00', 'Europe/Berlin'), 'Europe/Berlin')).toBeNull();
  });

  it('tells a partner in Berlin on the last day to renew before 12:00 their time, then to renew right away', () => {
    expect(edge('2023-06-22', wallTime('2023-07-22 09:00:00', 'Europe/Berlin'), 'Europe/Berlin')).toEqual({ kind: 'sure-until', at: at('2023-07-22T10:00:00.000Z'), lastDay: true });
    expect(wallClock(at('2023-07-22T10:00:00.000Z'), 'Europe/Berlin')).toBe('2023-07-22 12:00:00');
    const afternoon = wallTime('2023-07-22 12:00:00', 'Europe/Berlin');
    expect(status('2023-06-22', afternoon, 'Europe/Berlin')).toEqual({ state: 'open', closesOn: '2023-07-22', daysLeft: 1, sure: false });
    expect(edge('2023-06-22', afternoon, 'Europe/Berlin')).toEqual({ kind: 'may-have-closed', lastDay: true });
  });

  it('tells a partner in Berlin the day after that Partner Center may still accept renewal until 14:00 their time', () => {
    const morning = wallTime('2023-07-23 10:00:00', 'Europe/Berlin');
    expect(status('2023-06-22', morning, 'Europe/Berlin')).toEqual({ state: 'lapsed', closedOn: '2023-07-22', daysSinceClose: 1, mayStillBeOpenUntil: at('2023-07-23T12:00:00.000Z') });
    expect(edge('2023-06-22', morning, 'Europe/Berlin')).toEqual({ kind: 'may-still-accept', until: at('2023-07-23T12:00:00.000Z'), untilToday: true, closedYesterday: true });
    expect(edge('2023-06-22', wallTime('2023-07-23 14:00:00', 'Europe/Berlin'), 'Europe/Berlin')).toBeNull();
  });

  it('tells a partner in Kiritimati the day after that it may still be open until 02:00 the next day', () => {
    const morning = wallTime('2023-07-23 10:00:00', 'Pacific/Kiritimati');
    expect(status('2023-06-22', morning, 'Pacific/Kiritimati')).toMatchObject({ state: 'lapsed', daysSinceClose: 1, mayStillBeOpenUntil: at('2023-07-23T12:00:00.000Z') });
    expect(edge('2023-06-22', morning, 'Pacific/Kiritimati')).toEqual({ kind: 'may-still-accept', until: at('2023-07-23T12:00:00.000Z'), untilToday: false, closedYesterday: true });
    expect(wallClock(at('2023-07-23T12:00:00.000Z'), 'Pacific/Kiritimati')).toBe('2023-07-24 02:00:00');
    const nextNight = wallTime('2023-07-24 01:00:00', 'Pacific/Kiritimati');
    expect(edge('2023-06-22', nextNight, 'Pacific/Kiritimati')).toEqual({ kind: 'may-still-accept', until: at('2023-07-23T12:00:00.000Z'), untilToday: true, closedYesterday: false });
  });

  it('tells a partner in Kiritimati on the first day that it is surely open only from 02:00 the next day', () => {
    expect(edge('2023-06-22', wallTime('2023-06-23 09:00:00', 'Pacific/Kiritimati'), 'Pacific/Kiritimati')).toEqual({ kind: 'opens-later', at: at('2023-06-23T12:00:00.000Z'), atToday: false });
  });

  it('keeps the whole last day sure in Kiritimati, whose day ends when the sure part does', () => {
    const lateEvening = wallTime('2023-07-22 23:59:00', 'Pacific/Kiritimati');
    expect(status('2023-06-22', lateEvening, 'Pacific/Kiritimati')).toEqual({ state: 'open', closesOn: '2023-07-22', daysLeft: 1, sure: true });
    expect(edge('2023-06-22', lateEvening, 'Pacific/Kiritimati')).toBeNull();
  });

  it('gives a reader at UTC−12 the whole first day, but warns from 22:00 the day before the last that it may have closed', () => {
    expect(status('2023-06-22', wallTime('2023-06-23 00:00:00', 'Etc/GMT+12'), 'Etc/GMT+12')).toMatchObject({ state: 'open', sure: true });
    expect(edge('2023-06-22', wallTime('2023-06-23 00:00:00', 'Etc/GMT+12'), 'Etc/GMT+12')).toBeNull();
    expect(edge('2023-06-22', wallTime('2023-07-21 09:00:00', 'Etc/GMT+12'), 'Etc/GMT+12')).toEqual({ kind: 'sure-until', at: at('2023-07-22T10:00:00.000Z'), lastDay: false });
    expect(edge('2023-06-22', wallTime('2023-07-21 22:00:00', 'Etc/GMT+12'), 'Etc/GMT+12')).toEqual({ kind: 'may-have-closed', lastDay: false });
    expect(edge('2023-06-22', wallTime('2023-07-22 09:00:00', 'Etc/GMT+12'), 'Etc/GMT+12')).toEqual({ kind: 'may-have-closed', lastDay: true });
    expect(status('2023-06-22', wallTime('2023-07-23 00:00:00', 'Etc/GMT+12'), 'Etc/GMT+12')).toMatchObject({ state: 'lapsed', mayStillBeOpenUntil: null });
  });

  it('says nothing about edges when automatic renewal is on, mid-window or long after', () => {
    expect(renewalEdge({ expiresOn: '2023-06-22', now: at('2023-06-20T12:00:00Z'), timeZone: 'UTC', autoRenew: true })).toBeNull();
    expect(edge('2023-06-22', at('2023-07-01T12:00:00Z'), 'Europe/Berlin')).toBeNull();
    expect(edge('2023-06-22', at('2023-09-01T12:00:00Z'), 'Europe/Berlin')).toBeNull();
  });
});

describe('renewalStatus across daylight saving time and leap days', () => {
  it('opens at midnight on the day Berlin springs forward (expiry 30 March 2024)', () => {
    expect(status('2024-03-30', at('2024-03-30T22:59:59.999Z'), 'Europe/Berlin')).toMatchObject({ state: 'too-early', daysUntilOpen: 1 });
    expect(status('2024-03-30', at('2024-03-30T23:00:00.000Z'), 'Europe/Berlin')).toMatchObject({ state: 'open', daysLeft: 30 });
    expect(status('2024-03-30', at('2024-03-31T21:59:59.999Z'), 'Europe/Berlin')).toMatchObject({ state: 'open', daysLeft: 30 });
    expect(status('2024-03-30', at('2024-03-31T22:00:00.000Z'), 'Europe/Berlin')).toMatchObject({ state: 'open', daysLeft: 29 });
  });

  it('closes at midnight after the day Los Angeles falls back (window ending 3 November 2024)', () => {
    const expiresOn = addDays('2024-11-03', -30);
    expect(status(expiresOn, at('2024-11-04T07:59:59.999Z'), 'America/Los_Angeles')).toMatchObject({ state: 'open', daysLeft: 1 });
    expect(status(expiresOn, at('2024-11-04T08:00:00.000Z'), 'America/Los_Angeles')).toMatchObject({ state: 'lapsed', daysSinceClose: 1 });
  });

  it('counts 29 February as a day of the window in leap years only', () => {
    expect(status('2024-02-28', at('2024-02-29T12:00:00Z'), 'UTC')).toMatchObject({ state: 'open', daysLeft: 30 });
    expect(status('2024-02-28', at('2024-03-29T12:00:00Z'), 'UTC')).toMatchObject({ state: 'open', daysLeft: 1 });
    expect(status('2023-02-28', at('2023-03-30T12:00:00Z'), 'UTC')).toMatchObject({ state: 'open', daysLeft: 1 });
    expect(renewalWindow('2100-02-28')).toMatchObject({ opensOn: '2100-03-01', closesOn: '2100-03-30' });
    expect(status('2100-02-28', at('2100-03-30T12:00:00Z'), 'UTC')).toMatchObject({ state: 'retired' });
  });

  it('judges any valid instant, however far from the expiry', () => {
    expect(status('2023-06-22', at('1970-01-01T00:00:00Z'), 'UTC')).toMatchObject({ state: 'too-early', daysUntilOpen: dayNo('2023-06-23') });
    expect(status('2023-06-22', at('2024-06-01T00:00:00Z'), 'UTC')).toMatchObject({ state: 'lapsed' });
    expect(status('2023-06-22', at('9999-06-01T00:00:00Z'), 'UTC')).toMatchObject({ state: 'retired', lastDayPassed: true, expired: true });
  });
});

describe('renewalStatus and renewalEdge against an independent computation', () => {
  const input = fc.record({
    expiresOn: supportedDay,
    sinceExpiry: fc.integer({ min: -3 * DAY_MS, max: 34 * DAY_MS }),
    timeZone: fc.oneof(fc.constantFrom(...READER_ZONES), anyZone),
    autoRenew: fc.boolean(),
  });

  it('matches the policy computed from Intl’s wall clock and day numbers, for any expiry, instant and zone (property)', () => {
    fc.assert(
      fc.property(input, ({ expiresOn, sinceExpiry, timeZone, autoRenew }) => {
        const now = new Date(dayNo(expiresOn) * DAY_MS + sinceExpiry);
        expect(renewalStatus({ expiresOn, now, timeZone, autoRenew })).toEqual(expectedStatus(expiresOn, now, timeZone, autoRenew));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives an edge notice exactly when the reader is near an uncertain edge, naming an instant on the right day (property)', () => {
    fc.assert(
      fc.property(input, ({ expiresOn, sinceExpiry, timeZone, autoRenew }) => {
        const now = new Date(dayNo(expiresOn) * DAY_MS + sinceExpiry);
        const expected = expectedStatus(expiresOn, now, timeZone, autoRenew);
        const window = expectedRenewableWindow(expiresOn) ?? expectedWindow(expiresOn);
        const today = wallDate(now, timeZone);
        const notice = renewalEdge({ expiresOn, now, timeZone, autoRenew });
        if (expected.state === 'open' && window.surelyOpenFrom >= window.surelyOpenUntil) {
          expect(notice).toEqual({ kind: 'no-sure-time', from: window.possiblyOpenFrom, until: window.possiblyOpenUntil });
        } else if (expected.state === 'open' && now < window.surelyOpenFrom) {
          expect(notice).toEqual({ kind: 'opens-later', at: window.surelyOpenFrom, atToday: wallDate(window.surelyOpenFrom, timeZone) === today });
        } else if (expected.state === 'open' && !expected.sure) {
          expect(notice).toEqual({ kind: 'may-have-closed', lastDay: expected.daysLeft === 1 });
        } else if (expected.state === 'open' && wallDate(window.surelyOpenUntil, timeZone) === today) {
          expect(notice).toEqual({ kind: 'sure-until', at: window.surelyOpenUntil, lastDay: expected.daysLeft === 1 });
        } else if (expected.state === 'lapsed' && expected.mayStillBeOpenUntil) {
          expect(notice).toEqual({ kind: 'may-still-accept', until: window.possiblyOpenUntil, untilToday: wallDate(window.possiblyOpenUntil, timeZone) === today, closedYesterday: expected.daysSinceClose === 1 });
        } else {
          expect(notice).toBeNull();
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('returns days that daysBetween counts back to the expiry and to today (property)', () => {
    fc.assert(
      fc.property(input, ({ expiresOn, sinceExpiry, timeZone }) => {
        const now = new Date(dayNo(expiresOn) * DAY_MS + sinceExpiry);
        const today = calendarDayIn(now, timeZone);
        const result = renewalStatus({ expiresOn, now, timeZone });
        if (result.state === 'too-early') expect(daysBetween(today, result.opensOn)).toBe(result.daysUntilOpen);
        if (result.state === 'open') expect(daysBetween(today, result.closesOn) + 1).toBe(result.daysLeft);
        if (result.state === 'lapsed') expect(daysBetween(result.closedOn, today)).toBe(result.daysSinceClose);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('automatic renewal', () => {
  it('counts as off unless it is exactly true', () => {
    const now = at('2023-06-22T12:00:00Z');
    const off = { state: 'too-early', opensOn: '2023-06-23', daysUntilOpen: 1 };
    expect(renewalStatus({ expiresOn: '2023-06-22', now, timeZone: 'UTC' })).toEqual(off);
    for (const value of ['yes', 1, 'true', {}, null]) expect(renewalStatus({ expiresOn: '2023-06-22', now, timeZone: 'UTC', autoRenew: value as boolean })).toEqual(off);
  });

  it('gives no date, because the seeds do not tie the yearly date to the expiration date', () => {
    expect(renewalStatus({ expiresOn: '2023-06-22', now: at('2023-06-01T12:00:00Z'), timeZone: 'UTC', autoRenew: true })).toEqual({ state: 'auto-renews' });
  });
});

describe('nextRenewalOn', () => {
  it.each([
    ['2025-06-23', '2026-06-23'],
    ['2024-02-29', '2025-02-28'],
    ['2000-02-29', '2001-02-28'],
    ['2096-02-29', '2097-02-28'],
    ['2024-02-28', '2025-02-28'],
    ['2023-02-28', '2024-02-28'],
    ['2023-03-01', '2024-03-01'],
    ['2025-01-31', '2026-01-31'],
    ['2025-12-31', '2026-12-31'],
    ['2099-03-01', '2100-03-01'],
    ['2100-12-31', '2101-12-31'],
  ])('renews %s again on %s', (renewedOn, expected) => {
    expect(nextRenewalOn(renewedOn)).toBe(expected);
  });

  it('returns a 2101 date for a 2100 renewal, which daysBetween takes but nextRenewalOn does not', () => {
    expect(nextRenewalOn('2100-12-31')).toBe('2101-12-31');
    expect(daysBetween('2100-12-31', nextRenewalOn('2100-12-31'))).toBe(365);
    expect(addDays(nextRenewalOn('2100-02-28'), 0)).toBe('2101-02-28');
    expect(codeOf(() => nextRenewalOn(nextRenewalOn('2100-12-31')))).toBe('out-of-range');
  });

  it('validates its input', () => {
    expect(codeOf(() => nextRenewalOn('2025-02-29'))).toBe('invalid-date');
    expect(codeOf(() => nextRenewalOn('22.06.2025'))).toBe('invalid-date');
    expect(codeOf(() => nextRenewalOn(''))).toBe('invalid-date');
    expect(codeOf(() => nextRenewalOn(undefined as unknown as string))).toBe('invalid-date');
    expect(codeOf(() => nextRenewalOn('1999-12-31'))).toBe('out-of-range');
    expect(codeOf(() => nextRenewalOn('2101-01-01'))).toBe('out-of-range');
  });
});

describe('invalid input', () => {
  const now = at('2025-06-22T12:00:00Z');
  const timeZone = 'Europe/Berlin';

  it.each([
    ['2025-02-30', 'invalid-date'],
    ['2025-13-01', 'invalid-date'],
    ['22.06.2025', 'invalid-date'],
    ['2025-6-22', 'invalid-date'],
    ['20250622', 'invalid-date'],
    [' 2025-06-22', 'invalid-date'],
    ['2025-06-22 ', 'invalid-date'],
    ['2025-06-22T00:00', 'invalid-date'],
    ['2025-06-22T00:00:00Z', 'invalid-date'],
    ['', 'invalid-date'],
    [undefined, 'invalid-date'],
    [null, 'invalid-date'],
    [20_250_622, 'invalid-date'],
    ['1999-12-31', 'out-of-range'],
    ['2101-01-01', 'out-of-range'],
  ])('expiresOn %j is %s everywhere', (expires, code) => {
    expect(codeOf(() => parseCalendarDate(expires as string))).toBe(code);
    expect(codeOf(() => renewalWindow(expires as string))).toBe(code);
    expect(codeOf(() => renewalStatus({ expiresOn: expires as string, now, timeZone }))).toBe(code);
    expect(codeOf(() => renewalStatus({ expiresOn: expires as string, now, timeZone, autoRenew: true }))).toBe(code);
    expect(codeOf(() => renewalEdge({ expiresOn: expires as string, now, timeZone }))).toBe(code);
    expect(codeOf(() => nextRenewalOn(expires as string))).toBe(code);
  });

  it.each([
    ['an Invalid Date', new Date(Number.NaN)],
    ['undefined', undefined],
    ['a timestamp number', Date.UTC(2025, 5, 22)],
    ['an ISO string', '2025-06-22T12:00:00Z'],
    ['an object with its own getTime', { getTime: (): number => 0 }],
  ])('now as %s is invalid-date', (_label, value) => {
    expect(codeOf(() => renewalStatus({ expiresOn: '2025-06-22', now: value as Date, timeZone }))).toBe('invalid-date');
  });

  it.each(['Mars/Olympus_Mons', 'Europe/Berlinn', '+02:00', 'UTC+1', '', undefined, null, 42])('timeZone %j is invalid-time-zone', (zone) => {
    expect(codeOf(() => renewalStatus({ expiresOn: '2025-06-22', now, timeZone: zone as string }))).toBe('invalid-time-zone');
    expect(codeOf(() => renewalEdge({ expiresOn: '2025-06-22', now, timeZone: zone as string }))).toBe('invalid-time-zone');
  });

  it('reports the expiration date first, then the instant, then the zone', () => {
    expect(codeOf(() => renewalStatus({ expiresOn: '1999-12-31', now: new Date(Number.NaN), timeZone: 'Nowhere' }))).toBe('out-of-range');
    expect(codeOf(() => renewalStatus({ expiresOn: '2025-06-22', now: new Date(Number.NaN), timeZone: 'Nowhere' }))).toBe('invalid-date');
  });

  it.each([undefined, null, 'expiresOn', 42])('a status input of %s is invalid-date, not a TypeError', (input) => {
    expect(codeOf(() => renewalStatus(input as unknown as RenewalStatusInput))).toBe('invalid-date');
  });

  it('never throws anything but RulesError, whatever it is given (property)', () => {
    const calls: ((a: unknown, b: unknown) => unknown)[] = [
      (a) => parseCalendarDate(a as string),
      (a, b) => addDays(a as string, b as number),
      (a, b) => daysBetween(a as string, b as string),
      (a) => isValidTimeZone(a as string),
      (a) => assertTimeZone(a as string),
      (a, b) => calendarDayIn(a as Date, b as string),
      (a, b) => utcOffsetMinutes(a as Date, b as string),
      (a) => renewalWindow(a as string),
      (a, b) => renewalStatus({ expiresOn: a as string, now: b as Date, timeZone: 'UTC' }),
      (a, b) => renewalStatus({ expiresOn: '2025-06-22', now: a as Date, timeZone: b as string }),
      (a, b) => renewalEdge({ expiresOn: a as string, now: b as Date, timeZone: 'Europe/Berlin' }),
      (a) => renewalStatus(a as RenewalStatusInput),
      (a) => nextRenewalOn(a as string),
    ];
    const value = fc.oneof(fc.anything(), fc.date({ noInvalidDate: false }), supportedDay, calendarDay, fc.string(), fc.integer(), fc.double(), anyZone);
    fc.assert(
      fc.property(fc.constantFrom(...calls), value, value, (call, a, b) => {
        try {
          call(a, b);
        } catch (error) {
          expect(error).toBeInstanceOf(RulesError);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('afterRenewalOn the reader’s calendar day', () => {
  it.each([
    ['2025-07-01T12:00:00Z', 'UTC', '2026-07-01'],
    ['2025-07-01T23:59:59.999Z', 'UTC', '2026-07-01'],
    ['2025-07-01T23:59:59.999Z', 'Europe/Berlin', '2026-07-02'],
    ['2025-07-01T17:00:00-07:00', 'America/Los_Angeles', '2026-07-01'],
    ['2025-07-01T17:00:00-07:00', 'UTC', '2026-07-02'],
    ['2025-07-02T09:00:00+14:00', 'Pacific/Kiritimati', '2026-07-02'],
    ['2028-02-29T12:00:00Z', 'UTC', '2029-02-28'],
    ['2027-02-28T12:00:00Z', 'UTC', '2028-02-28'],
    ['2025-12-31T12:00:00Z', 'UTC', '2026-12-31'],
  ])('gives a subscription renewed at %s (a reader in %s) the anniversary %s: the reader’s date a year later', (when, timeZone, expected) => {
    expect(afterRenewalOn(calendarDayIn(new Date(when), timeZone))).toEqual({ anniversary: expected, renewsAutomatically: false });
  });
});


describe('the retirement of Action Pack (last day to buy or renew: 21 January 2025)', () => {
  it('names the last day as a calendar date, ending everywhere at 2025-01-22 12:00 UTC', () => {
    expect(LAST_RENEWAL_DAY).toBe('2025-01-21');
    expect(retiredEverywhereFrom()).toEqual(RETIRED_EVERYWHERE);
    expect(wallClock(retiredEverywhereFrom(), 'Etc/GMT+12')).toBe('2025-01-22 00:00:00');
    retiredEverywhereFrom().setTime(0);
    expect(retiredEverywhereFrom()).toEqual(RETIRED_EVERYWHERE);
  });

  it('leaves the documented window as the seeds state it', () => {
    expect(renewalWindow('2025-06-22')).toEqual(expectedWindow('2025-06-22'));
    expect(renewalWindow('2025-01-10')).toMatchObject({ opensOn: '2025-01-11', closesOn: '2025-02-09' });
  });

  it.each([
    ['2024-12-01', '2024-12-02', '2024-12-31', false],
    ['2024-12-22', '2024-12-23', '2025-01-21', false],
    ['2024-12-23', '2024-12-24', '2025-01-21', true],
    ['2025-01-10', '2025-01-11', '2025-01-21', true],
    ['2025-01-20', '2025-01-21', '2025-01-21', true],
  ])('cuts the window of an expiry on %s to %s … %s (cut short: %s)', (expiresOn, opensOn, closesOn, cutShort) => {
    expect(renewableWindow(expiresOn)).toEqual(expectedRenewableWindow(expiresOn));
    expect(renewableWindow(expiresOn)).toMatchObject({ opensOn, closesOn, cutShort });
  });

  it.each(['2025-01-21', '2025-06-22', '2100-12-31'])('has no renewable window for an expiry on %s, which opens after the last day', (expiresOn) => {
    expect(renewableWindow(expiresOn)).toBeNull();
  });

  it('moves the closing edges with the cut: sure until 2025-01-21 10:00 UTC, possible until 2025-01-22 12:00 UTC', () => {
    expect(renewableWindow('2025-01-10')).toMatchObject({ surelyOpenUntil: at('2025-01-21T10:00:00.000Z'), possiblyOpenUntil: at('2025-01-22T12:00:00.000Z') });
  });

  it('matches the cut window written out from its definition, for any expiry (property)', () => {
    fc.assert(
      fc.property(supportedDay, (expiresOn) => {
        expect(renewableWindow(expiresOn)).toEqual(expectedRenewableWindow(expiresOn));
      }),
      { numRuns: 2000 },
    );
  });

  it('is retired today for any expiration date from 2000 to 2100, any zone from UTC−12 to UTC+14, automatic renewal on or off (property; every date in renewal.exhaustive.test.ts)', () => {
    fc.assert(
      fc.property(supportedDay, fc.constantFrom(...RETIREMENT_ZONES), fc.boolean(), fc.constantFrom(at('2026-12-05T12:00:00Z'), new Date()), (expiresOn, timeZone, autoRenew, now) => {
        expect(renewalStatus({ expiresOn, now, timeZone, autoRenew })).toEqual({
          state: 'retired',
          lastRenewalDay: '2025-01-21',
          lastDayPassed: true,
          expired: expiresOn < wallDate(now, timeZone),
          renewableAutomatically: autoRenew && expiresOn <= '2025-01-21',
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('is retired from 2025-01-22 12:00 UTC on, and not one millisecond before, for an expiry whose window was open', () => {
    for (const timeZone of RETIREMENT_ZONES) {
      expect(status('2024-12-30', new Date(RETIRED_EVERYWHERE.getTime() - 1), timeZone).state, timeZone).not.toBe('retired');
      expect(status('2024-12-30', RETIRED_EVERYWHERE, timeZone), timeZone).toEqual({ state: 'retired', lastRenewalDay: '2025-01-21', lastDayPassed: true, expired: true, renewableAutomatically: false });
    }
  });

  it('is retired, even in 2024, for a subscription whose window opens after the last day; automatic renewal cannot renew it either', () => {
    const autumn2024 = at('2024-10-01T12:00:00.000Z');
    expect(status('2025-06-22', autumn2024, 'Europe/Berlin')).toEqual({ state: 'retired', lastRenewalDay: '2025-01-21', lastDayPassed: false, expired: false, renewableAutomatically: false });
    expect(status('2025-06-22', autumn2024, 'Europe/Berlin', true)).toEqual({ state: 'retired', lastRenewalDay: '2025-01-21', lastDayPassed: false, expired: false, renewableAutomatically: false });
    expect(status('2025-01-21', autumn2024, 'Europe/Berlin', true)).toEqual({ state: 'retired', lastRenewalDay: '2025-01-21', lastDayPassed: false, expired: false, renewableAutomatically: true });
    expect(status('2025-01-20', autumn2024, 'Europe/Berlin', true)).toEqual({ state: 'auto-renews' });
  });

  it('keeps 2023–2024 answers for windows that end before the last day', () => {
    expect(status('2024-06-22', wallTime('2024-07-01 12:00:00', 'Europe/Berlin'), 'Europe/Berlin')).toEqual({ state: 'open', closesOn: '2024-07-22', daysLeft: 22, sure: true });
    expect(status('2024-11-21', wallTime('2024-11-21 20:00:00', 'America/Los_Angeles'), 'America/Los_Angeles')).toEqual({ state: 'too-early', opensOn: '2024-11-22', daysUntilOpen: 1 });
    expect(status('2023-06-22', at('2024-06-01T00:00:00Z'), 'UTC')).toEqual({ state: 'lapsed', closedOn: '2023-07-22', daysSinceClose: 315, mayStillBeOpenUntil: null });
  });

  it('counts the days of a window that straddles the last day to 21 January 2025', () => {
    expect(status('2025-01-10', wallTime('2025-01-12 12:00:00', 'Europe/Berlin'), 'Europe/Berlin')).toEqual({ state: 'open', closesOn: '2025-01-21', daysLeft: 10, sure: true });
    expect(status('2025-01-10', wallTime('2025-01-05 12:00:00', 'Europe/Berlin'), 'Europe/Berlin')).toEqual({ state: 'too-early', opensOn: '2025-01-11', daysUntilOpen: 6 });
    expect(status('2024-12-25', wallTime('2025-01-21 09:00:00', 'Europe/Berlin'), 'Europe/Berlin')).toEqual({ state: 'open', closesOn: '2025-01-21', daysLeft: 1, sure: true });
    expect(edge('2024-12-25', wallTime('2025-01-21 09:00:00', 'Europe/Berlin'), 'Europe/Berlin')).toEqual({ kind: 'sure-until', at: at('2025-01-21T10:00:00.000Z'), lastDay: true });
    expect(status('2024-12-25', wallTime('2025-01-21 12:00:00', 'Europe/Berlin'), 'Europe/Berlin')).toEqual({ state: 'open', closesOn: '2025-01-21', daysLeft: 1, sure: false });
  });

  it('leaves the morning after the last day in Berlin lapsed, with Partner Center possibly accepting until 2025-01-22 12:00 UTC', () => {
    const morning = wallTime('2025-01-22 08:00:00', 'Europe/Berlin');
    expect(status('2024-12-30', morning, 'Europe/Berlin')).toEqual({ state: 'lapsed', closedOn: '2025-01-21', daysSinceClose: 1, mayStillBeOpenUntil: at('2025-01-22T12:00:00.000Z') });
    expect(edge('2024-12-30', morning, 'Europe/Berlin')).toEqual({ kind: 'may-still-accept', until: at('2025-01-22T12:00:00.000Z'), untilToday: true, closedYesterday: true });
    expect(status('2024-12-30', wallTime('2025-01-22 13:00:00', 'Europe/Berlin'), 'Europe/Berlin')).toMatchObject({ state: 'retired', lastDayPassed: true });
  });

  it('tells by the reader’s calendar whether the last day and the expiration date have passed', () => {
    const lateOnTheLastDay = wallTime('2025-01-21 23:00:00', 'Etc/GMT+12');
    expect(status('2025-03-01', lateOnTheLastDay, 'Etc/GMT+12')).toMatchObject({ state: 'retired', lastDayPassed: false, expired: false });
    expect(status('2025-03-01', wallTime('2025-03-02 00:00:00', 'Asia/Shanghai'), 'Asia/Shanghai')).toMatchObject({ state: 'retired', lastDayPassed: true, expired: true });
    expect(status('2025-03-01', wallTime('2025-03-01 23:59:00', 'Asia/Shanghai'), 'Asia/Shanghai')).toMatchObject({ state: 'retired', expired: false });
  });

  it('still checks its input first, whatever the date', () => {
    const today = at('2026-12-05T12:00:00Z');
    expect(codeOf(() => renewalStatus({ expiresOn: '2026-02-30', now: today, timeZone: 'UTC' }))).toBe('invalid-date');
    expect(codeOf(() => renewalStatus({ expiresOn: '2101-01-01', now: today, timeZone: 'UTC' }))).toBe('out-of-range');
    expect(codeOf(() => renewalStatus({ expiresOn: '2026-01-01', now: new Date(Number.NaN), timeZone: 'UTC' }))).toBe('invalid-date');
    expect(codeOf(() => renewalStatus({ expiresOn: '2026-01-01', now: today, timeZone: 'Mars/Olympus_Mons' }))).toBe('invalid-time-zone');
    expect(codeOf(() => renewableWindow('2026-02-30'))).toBe('invalid-date');
    expect(codeOf(() => sourcesDifferOn('1999-12-31'))).toBe('out-of-range');
    expect(codeOf(() => afterRenewalOn('2101-01-01'))).toBe('out-of-range');
  });

  it('marks the two expiration dates on which Microsoft’s pages differ by a day', () => {
    expect(['2025-01-19', '2025-01-20', '2025-01-21', '2025-01-22'].map(sourcesDifferOn)).toEqual([false, true, true, false]);
  });

  it.each([
    ['2023-06-23', '2024-06-23', true],
    ['2024-01-21', '2025-01-21', true],
    ['2024-01-22', '2025-01-22', false],
    ['2024-12-01', '2025-12-01', false],
    ['2024-02-29', '2025-02-28', false],
  ])('after a renewal on %s, automatic renewal would next fall on %s; it renews automatically: %s', (renewedOn, anniversary, renewsAutomatically) => {
    expect(afterRenewalOn(renewedOn)).toEqual({ anniversary, renewsAutomatically });
  });

  it('never promises an automatic renewal after the last day (property)', () => {
    fc.assert(
      fc.property(supportedDay, (renewedOn) => {
        const next = afterRenewalOn(renewedOn);
        expect(next.anniversary).toBe(nextRenewalOn(renewedOn));
        expect(next.renewsAutomatically).toBe(next.anniversary <= '2025-01-21');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a window cut to one day (expires 2025-01-20, open on 2025-01-21 only)', () => {
  it('has no moment open in every time zone, while every longer window has one', () => {
    expect(hasSurelyOpenSpan(renewableWindow('2025-01-20')!)).toBe(false);
    for (const expiresOn of ['2025-01-19', '2025-01-10', '2024-12-22', '2023-06-22']) expect(hasSurelyOpenSpan(renewableWindow(expiresOn)!), expiresOn).toBe(true);
    expect(hasSurelyOpenSpan(renewalWindow('2025-01-20')), 'the documented 30-day window').toBe(true);
  });

  it.each([
    ['2025-01-21T00:30:00Z', 'Europe/London'],
    ['2025-01-21T11:00:00Z', 'Europe/London'],
    ['2025-01-21T23:30:00Z', 'Europe/London'],
    ['2025-01-21T09:00:00Z', 'Pacific/Kiritimati'],
    ['2025-01-21T13:00:00Z', 'America/Los_Angeles'],
  ])('at %s in %s, on the only day, names the whole possible span and no sure hour', (instant, timeZone) => {
    expect(renewalEdge({ expiresOn: '2025-01-20', now: at(instant), timeZone })).toEqual({ kind: 'no-sure-time', from: at('2025-01-20T10:00:00.000Z'), until: at('2025-01-22T12:00:00.000Z') });
  });

  it('gives no notice the day before, and the may-still-accept notice the day after', () => {
    expect(renewalEdge({ expiresOn: '2025-01-20', now: at('2025-01-20T09:00:00Z'), timeZone: 'Europe/London' })).toBeNull();
    expect(renewalEdge({ expiresOn: '2025-01-20', now: at('2025-01-22T09:00:00Z'), timeZone: 'Europe/London' })).toMatchObject({ kind: 'may-still-accept', until: at('2025-01-22T12:00:00.000Z') });
  });
});

describe('autoRenewsOnLastDay', () => {
  const autumn2024 = at('2024-10-01T12:00:00.000Z');
  it('is true only for an expiry on the last day itself with automatic renewal on, until that day ends on the reader’s calendar', () => {
    expect(autoRenewsOnLastDay(status('2025-01-21', autumn2024, 'Europe/Berlin', true))).toBe(true);
    expect(autoRenewsOnLastDay(status('2025-01-21', wallTime('2025-01-21 23:59:00', 'Pacific/Kiritimati'), 'Pacific/Kiritimati', true))).toBe(true);
    expect(autoRenewsOnLastDay(status('2025-01-21', wallTime('2025-01-22 00:00:00', 'Pacific/Kiritimati'), 'Pacific/Kiritimati', true))).toBe(false);
    expect(autoRenewsOnLastDay(status('2025-01-21', autumn2024, 'Europe/Berlin'))).toBe(false);
    expect(autoRenewsOnLastDay(status('2025-01-22', autumn2024, 'Europe/Berlin', true))).toBe(false);
    expect(autoRenewsOnLastDay(status('2025-01-20', autumn2024, 'Europe/Berlin', true))).toBe(false);
  });
});
