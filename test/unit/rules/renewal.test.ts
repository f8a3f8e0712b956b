import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  POLICY_TIME_ZONE,
  RENEWAL_WINDOW_DAYS,
  RulesError,
  addDays,
  assertTimeZone,
  calendarDayIn,
  daysBetween,
  isValidTimeZone,
  nextRenewalOn,
  parseCalendarDate,
  renewalStatus,
  renewalWindow,
  startOfDayIn,
} from '../../../src/rules/renewal.ts';
import { DAY_MS, at, dayNo, dayText, expectedStatus, wallClock } from './oracle.ts';
import { codeOf, LAST, supportedDay } from './support.ts';

/** Any day the calendar arithmetic (addDays, daysBetween) accepts. */
const calendarDay = fc.integer({ min: dayNo('0001-01-01'), max: dayNo('9999-12-31') }).map(dayText);

describe('policy constants', () => {
  it('reads Partner Center dates in UTC, a zone every runtime knows', () => {
    expect(POLICY_TIME_ZONE).toBe('UTC');
    expect(isValidTimeZone(POLICY_TIME_ZONE)).toBe(true);
  });

  it('keeps the window open for 30 days', () => {
    expect(RENEWAL_WINDOW_DAYS).toBe(30);
  });
});

describe('renewalWindow', () => {
  it('opens the day after a June 22 expiry and closes after July 22 (Microsoft’s example)', () => {
    expect(renewalWindow('2025-06-22')).toEqual({
      opensOn: '2025-06-23',
      closesOn: '2025-07-22',
      opensAt: at('2025-06-23T00:00:00.000Z'),
      closesAt: at('2025-07-23T00:00:00.000Z'),
    });
  });

  it('ends on November 14 for an October 15 expiry (Microsoft’s second example)', () => {
    expect(renewalWindow('2025-10-15')).toEqual({
      opensOn: '2025-10-16',
      closesOn: '2025-11-14',
      opensAt: at('2025-10-16T00:00:00.000Z'),
      closesAt: at('2025-11-15T00:00:00.000Z'),
    });
  });

  it.each([
    ['2025-01-31', '2025-02-01', '2025-03-02', 'January end, February with 28 days inside'],
    ['2024-01-31', '2024-02-01', '2024-03-01', 'January end, February with 29 days inside'],
    ['2025-04-30', '2025-05-01', '2025-05-30', 'a 30-day month end'],
    ['2025-12-31', '2026-01-01', '2026-01-30', 'year end'],
    ['2025-12-15', '2025-12-16', '2026-01-14', 'window across the year end'],
    ['2024-02-28', '2024-02-29', '2024-03-29', 'leap year: opens on 29 February'],
    ['2024-02-29', '2024-03-01', '2024-03-30', 'expiry on 29 February'],
    ['2023-02-28', '2023-03-01', '2023-03-30', 'common year: no 29 February'],
    ['2000-02-28', '2000-02-29', '2000-03-29', '2000 is a leap year (divisible by 400)'],
    ['2100-02-28', '2100-03-01', '2100-03-30', '2100 is not a leap year (divisible by 100)'],
    ['2000-01-01', '2000-01-02', '2000-01-31', 'first supported day'],
    ['2100-12-31', '2101-01-01', '2101-01-30', 'last supported day: the window runs into 2101'],
  ])('expiry %s opens %s and closes %s (%s)', (expiresOn, opensOn, closesOn) => {
    const window = renewalWindow(expiresOn);
    expect(window.opensOn).toBe(opensOn);
    expect(window.closesOn).toBe(closesOn);
    expect(window.opensAt.toISOString()).toBe(`${opensOn}T00:00:00.000Z`);
    expect(window.closesAt.getTime()).toBe((dayNo(closesOn) + 1) * DAY_MS);
  });

  it('spans exactly 30 calendar days and 30 × 24 hours', () => {
    const window = renewalWindow('2025-03-20');
    expect(daysBetween(window.opensOn, window.closesOn) + 1).toBe(RENEWAL_WINDOW_DAYS);
    expect(window.closesAt.getTime() - window.opensAt.getTime()).toBe(RENEWAL_WINDOW_DAYS * DAY_MS);
  });

  it.each(Array.from({ length: 30 }, (_, index) => dayText(dayNo('2100-12-02') + index)))(
    'expiry %s: the window closes in 2101, 30 days later by daysBetween',
    (expiresOn) => {
      const { opensOn, closesOn } = renewalWindow(expiresOn);
      expect(closesOn.startsWith('2101-')).toBe(true);
      expect(daysBetween(expiresOn, closesOn)).toBe(30);
      expect(daysBetween(closesOn, expiresOn)).toBe(-30);
      expect(daysBetween(opensOn, closesOn) + 1).toBe(RENEWAL_WINDOW_DAYS);
      expect(addDays(closesOn, 1)).toBe(dayText(dayNo(closesOn) + 1));
    },
  );

  it('still refuses a 2101 day as an expiry, though it accepts it in the arithmetic', () => {
    const { closesOn } = renewalWindow('2100-12-31');
    expect(closesOn).toBe('2101-01-30');
    expect(daysBetween('2100-12-31', closesOn)).toBe(30);
    expect(codeOf(() => renewalWindow(closesOn))).toBe('out-of-range');
    expect(codeOf(() => parseCalendarDate(closesOn))).toBe('out-of-range');
  });

  it('returns fresh Date objects, so a caller changing one cannot change another window', () => {
    const first = renewalWindow('2025-06-22');
    first.opensAt.setTime(0);
    expect(renewalWindow('2025-06-22').opensAt).toEqual(at('2025-06-23T00:00:00.000Z'));
  });
});

describe('the window as readers in other zones see it (expiry 2025-06-22)', () => {
  const window = renewalWindow('2025-06-22');

  it.each([
    ['Etc/GMT+12', '2025-06-22 12:00:00', '2025-07-22 12:00:00'],
    ['Pacific/Pago_Pago', '2025-06-22 13:00:00', '2025-07-22 13:00:00'],
    ['America/Los_Angeles', '2025-06-22 17:00:00', '2025-07-22 17:00:00'],
    ['UTC', '2025-06-23 00:00:00', '2025-07-23 00:00:00'],
    ['Europe/Berlin', '2025-06-23 02:00:00', '2025-07-23 02:00:00'],
    ['Asia/Kolkata', '2025-06-23 05:30:00', '2025-07-23 05:30:00'],
    ['Asia/Kathmandu', '2025-06-23 05:45:00', '2025-07-23 05:45:00'],
    ['Australia/Lord_Howe', '2025-06-23 10:30:00', '2025-07-23 10:30:00'],
    ['Pacific/Chatham', '2025-06-23 12:45:00', '2025-07-23 12:45:00'],
    ['Pacific/Kiritimati', '2025-06-23 14:00:00', '2025-07-23 14:00:00'],
  ])('in %s it opens at %s and is missed from %s local time', (zone, opens, closes) => {
    expect(wallClock(window.opensAt, zone)).toBe(opens);
    expect(wallClock(window.closesAt, zone)).toBe(closes);
    expect(calendarDayIn(window.opensAt, zone)).toBe(opens.slice(0, 10));
  });

  it('lets a reader in Los Angeles renew from 17:00 PDT on the expiration day', () => {
    expect(renewalStatus({ expiresOn: '2025-06-22', now: at('2025-06-22T16:59:59.999-07:00') })).toEqual({ state: 'too-early', opensOn: '2025-06-23', daysUntilOpen: 1 });
    expect(renewalStatus({ expiresOn: '2025-06-22', now: at('2025-06-22T17:00:00.000-07:00') })).toEqual({ state: 'open', closesOn: '2025-07-22', daysLeft: 30 });
    expect(renewalStatus({ expiresOn: '2025-06-22', now: at('2025-07-22T16:59:59.999-07:00') })).toEqual({ state: 'open', closesOn: '2025-07-22', daysLeft: 1 });
    expect(renewalStatus({ expiresOn: '2025-06-22', now: at('2025-07-22T17:00:00.000-07:00') })).toEqual({ state: 'lapsed', closedOn: '2025-07-22', daysSinceClose: 1 });
  });

  it('keeps a reader in Kiritimati waiting until 14:00 local, though their calendar already says June 23', () => {
    const morning = at('2025-06-23T09:00:00+14:00');
    expect(calendarDayIn(morning, 'Pacific/Kiritimati')).toBe('2025-06-23');
    expect(renewalStatus({ expiresOn: '2025-06-22', now: morning })).toEqual({ state: 'too-early', opensOn: '2025-06-23', daysUntilOpen: 1 });
    expect(renewalStatus({ expiresOn: '2025-06-22', now: at('2025-06-23T14:00:00+14:00') }).state).toBe('open');
  });

  it('opens for a reader at UTC−12 at noon on their June 22', () => {
    expect(renewalStatus({ expiresOn: '2025-06-22', now: at('2025-06-22T11:59:59.999-12:00') }).state).toBe('too-early');
    expect(renewalStatus({ expiresOn: '2025-06-22', now: at('2025-06-22T12:00:00.000-12:00') }).state).toBe('open');
  });

  it('differs from the start of the reader’s own June 23, which is not the policy', () => {
    expect(startOfDayIn('2025-06-23', 'America/Los_Angeles')).toEqual(at('2025-06-23T07:00:00.000Z'));
    expect(startOfDayIn('2025-06-23', 'America/Los_Angeles')).not.toEqual(window.opensAt);
    expect(startOfDayIn(window.opensOn, assertTimeZone(POLICY_TIME_ZONE))).toEqual(window.opensAt);
  });
});

describe('renewalStatus', () => {
  const expiresOn = '2025-06-22';

  it.each([
    ['2025-06-21T00:00:00.000Z', { state: 'too-early', opensOn: '2025-06-23', daysUntilOpen: 2 }],
    ['2025-06-21T23:59:59.999Z', { state: 'too-early', opensOn: '2025-06-23', daysUntilOpen: 2 }],
    ['2025-06-22T00:00:00.000Z', { state: 'too-early', opensOn: '2025-06-23', daysUntilOpen: 1 }],
    ['2025-06-22T23:59:59.999Z', { state: 'too-early', opensOn: '2025-06-23', daysUntilOpen: 1 }],
    ['2025-06-23T00:00:00.000Z', { state: 'open', closesOn: '2025-07-22', daysLeft: 30 }],
    ['2025-06-23T23:59:59.999Z', { state: 'open', closesOn: '2025-07-22', daysLeft: 30 }],
    ['2025-06-24T00:00:00.000Z', { state: 'open', closesOn: '2025-07-22', daysLeft: 29 }],
    ['2025-07-21T23:59:59.999Z', { state: 'open', closesOn: '2025-07-22', daysLeft: 2 }],
    ['2025-07-22T00:00:00.000Z', { state: 'open', closesOn: '2025-07-22', daysLeft: 1 }],
    ['2025-07-22T23:59:59.999Z', { state: 'open', closesOn: '2025-07-22', daysLeft: 1 }],
    ['2025-07-23T00:00:00.000Z', { state: 'lapsed', closedOn: '2025-07-22', daysSinceClose: 1 }],
    ['2025-07-23T23:59:59.999Z', { state: 'lapsed', closedOn: '2025-07-22', daysSinceClose: 1 }],
    ['2025-07-24T00:00:00.000Z', { state: 'lapsed', closedOn: '2025-07-22', daysSinceClose: 2 }],
    ['2026-06-22T12:00:00.000Z', { state: 'lapsed', closedOn: '2025-07-22', daysSinceClose: 335 }],
  ])('for an expiry on 2025-06-22 without automatic renewal, at %s', (iso, expected) => {
    expect(renewalStatus({ expiresOn, now: at(iso) })).toEqual(expected);
    expect(renewalStatus({ expiresOn, now: at(iso), autoRenew: false })).toEqual(expected);
  });

  it('changes state exactly at the window’s instants (1 ms either side)', () => {
    const { opensAt, closesAt } = renewalWindow(expiresOn);
    const status = (time: number) => renewalStatus({ expiresOn, now: new Date(time) });
    expect(status(opensAt.getTime() - 1)).toEqual({ state: 'too-early', opensOn: '2025-06-23', daysUntilOpen: 1 });
    expect(status(opensAt.getTime())).toEqual({ state: 'open', closesOn: '2025-07-22', daysLeft: 30 });
    expect(status(closesAt.getTime() - 1)).toEqual({ state: 'open', closesOn: '2025-07-22', daysLeft: 1 });
    expect(status(closesAt.getTime())).toEqual({ state: 'lapsed', closedOn: '2025-07-22', daysSinceClose: 1 });
  });

  it('counts down one day at a time through the whole window', () => {
    const counts: number[] = [];
    for (let day = 0; day < 30; day += 1) {
      const status = renewalStatus({ expiresOn, now: new Date(Date.UTC(2025, 5, 23 + day, 12)) });
      if (status.state === 'open') counts.push(status.daysLeft);
    }
    expect(counts).toEqual(Array.from({ length: 30 }, (_, index) => 30 - index));
  });

  it('ends Microsoft’s second example on 14 November', () => {
    expect(renewalStatus({ expiresOn: '2025-10-15', now: at('2025-11-14T23:59:59.999Z') })).toEqual({ state: 'open', closesOn: '2025-11-14', daysLeft: 1 });
    expect(renewalStatus({ expiresOn: '2025-10-15', now: at('2025-11-15T00:00:00.000Z') })).toEqual({ state: 'lapsed', closedOn: '2025-11-14', daysSinceClose: 1 });
  });

  it.each([
    ['2024-02-28', '2024-02-29T00:00:00.000Z', { state: 'open', closesOn: '2024-03-29', daysLeft: 30 }],
    ['2024-02-28', '2024-02-28T23:59:59.999Z', { state: 'too-early', opensOn: '2024-02-29', daysUntilOpen: 1 }],
    ['2023-02-28', '2023-03-01T00:00:00.000Z', { state: 'open', closesOn: '2023-03-30', daysLeft: 30 }],
    ['2024-02-29', '2024-03-30T23:59:59.999Z', { state: 'open', closesOn: '2024-03-30', daysLeft: 1 }],
    ['2000-02-28', '2000-02-29T12:00:00.000Z', { state: 'open', closesOn: '2000-03-29', daysLeft: 30 }],
    ['2100-02-28', '2100-03-01T00:00:00.000Z', { state: 'open', closesOn: '2100-03-30', daysLeft: 30 }],
    ['2025-01-31', '2025-03-02T23:59:59.999Z', { state: 'open', closesOn: '2025-03-02', daysLeft: 1 }],
    ['2025-01-31', '2025-03-03T00:00:00.000Z', { state: 'lapsed', closedOn: '2025-03-02', daysSinceClose: 1 }],
    ['2025-04-30', '2025-05-01T00:00:00.000Z', { state: 'open', closesOn: '2025-05-30', daysLeft: 30 }],
    ['2025-12-31', '2025-12-31T23:59:59.999Z', { state: 'too-early', opensOn: '2026-01-01', daysUntilOpen: 1 }],
    ['2025-12-31', '2026-01-01T00:00:00.000Z', { state: 'open', closesOn: '2026-01-30', daysLeft: 30 }],
    ['2100-12-31', '2101-01-30T23:59:59.999Z', { state: 'open', closesOn: '2101-01-30', daysLeft: 1 }],
    ['2100-12-31', '2101-01-31T00:00:00.000Z', { state: 'lapsed', closedOn: '2101-01-30', daysSinceClose: 1 }],
  ])('expiry %s at %s', (expires, iso, expected) => {
    expect(renewalStatus({ expiresOn: expires, now: at(iso) })).toEqual(expected);
  });

  it('judges any valid instant, however far from the expiry', () => {
    expect(renewalStatus({ expiresOn, now: new Date(-8.64e15) })).toEqual({ state: 'too-early', opensOn: '2025-06-23', daysUntilOpen: dayNo('2025-06-23') + 100_000_000 });
    expect(renewalStatus({ expiresOn, now: new Date(-8.64e15), autoRenew: true })).toEqual({ state: 'auto-renews', renewsOn: '2025-06-23' });
    expect(renewalStatus({ expiresOn, now: new Date(8.64e15) })).toEqual({ state: 'lapsed', closedOn: '2025-07-22', daysSinceClose: 100_000_000 - dayNo('2025-07-22') });
    expect(renewalStatus({ expiresOn, now: new Date(0) })).toEqual({ state: 'too-early', opensOn: '2025-06-23', daysUntilOpen: dayNo('2025-06-23') });
  });

  it('matches the policy computed independently, for any expiry and instant (property)', () => {
    fc.assert(
      fc.property(supportedDay, fc.integer({ min: -60 * DAY_MS, max: 100 * DAY_MS }), fc.boolean(), (expires, sinceExpiry, autoRenew) => {
        const now = new Date(dayNo(expires) * DAY_MS + sinceExpiry);
        expect(renewalStatus({ expiresOn: expires, now, autoRenew })).toEqual(expectedStatus(expires, now, autoRenew));
      }),
      { numRuns: 5000 },
    );
  });

  it('returns days that daysBetween counts back to the expiry and to today, up to the 2100 edge (property)', () => {
    const nearEdge = fc.integer({ min: dayNo('2100-10-01'), max: LAST }).map(dayText);
    fc.assert(
      fc.property(fc.oneof(supportedDay, nearEdge), fc.integer({ min: -60 * DAY_MS, max: 100 * DAY_MS }), fc.boolean(), (expiresOn, sinceExpiry, autoRenew) => {
        const now = new Date(dayNo(expiresOn) * DAY_MS + sinceExpiry);
        const today = now.toISOString().slice(0, 10);
        const status = renewalStatus({ expiresOn, now, autoRenew });
        if (status.state === 'auto-renews') expect(daysBetween(expiresOn, status.renewsOn)).toBe(1);
        if (status.state === 'too-early') {
          expect(daysBetween(expiresOn, status.opensOn)).toBe(1);
          expect(daysBetween(today, status.opensOn)).toBe(status.daysUntilOpen);
        }
        if (status.state === 'open') {
          expect(daysBetween(expiresOn, status.closesOn)).toBe(RENEWAL_WINDOW_DAYS);
          expect(daysBetween(today, status.closesOn) + 1).toBe(status.daysLeft);
        }
        if (status.state === 'lapsed') {
          expect(daysBetween(expiresOn, status.closedOn)).toBe(RENEWAL_WINDOW_DAYS);
          expect(daysBetween(status.closedOn, today)).toBe(status.daysSinceClose);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('is open exactly between opensAt (inclusive) and closesAt (exclusive) (property)', () => {
    fc.assert(
      fc.property(supportedDay, fc.integer({ min: -3 * DAY_MS, max: 35 * DAY_MS }), (expires, sinceExpiry) => {
        const { opensAt, closesAt } = renewalWindow(expires);
        const time = dayNo(expires) * DAY_MS + sinceExpiry;
        const status = renewalStatus({ expiresOn: expires, now: new Date(time) });
        expect(status.state === 'open').toBe(time >= opensAt.getTime() && time < closesAt.getTime());
        expect(status.state === 'too-early').toBe(time < opensAt.getTime());
        expect(status.state === 'lapsed').toBe(time >= closesAt.getTime());
      }),
      { numRuns: 3000 },
    );
  });
});

describe('automatic renewal', () => {
  const expiresOn = '2025-06-22';

  it.each(['2025-01-01T00:00:00.000Z', '2025-06-21T12:00:00.000Z', '2025-06-22T00:00:00.000Z', '2025-06-22T23:59:59.999Z'])(
    'needs no action while the expiration date has not passed (%s)',
    (iso) => {
      expect(renewalStatus({ expiresOn, now: at(iso), autoRenew: true })).toEqual({ state: 'auto-renews', renewsOn: '2025-06-23' });
    },
  );

  it.each(['2025-06-23T00:00:00.000Z', '2025-07-22T23:59:59.999Z', '2025-07-23T00:00:00.000Z', '2026-01-01T00:00:00.000Z'])(
    'no longer decides anything once the expiration date has passed (%s)',
    (iso) => {
      expect(renewalStatus({ expiresOn, now: at(iso), autoRenew: true })).toEqual(renewalStatus({ expiresOn, now: at(iso), autoRenew: false }));
      expect(renewalStatus({ expiresOn, now: at(iso), autoRenew: true }).state).not.toBe('auto-renews');
    },
  );

  it('renews on the day after a month-end, year-end or leap-year expiry', () => {
    const renewsOn = (day: string) => renewalStatus({ expiresOn: day, now: at(`${day}T12:00:00Z`), autoRenew: true });
    expect(renewsOn('2025-01-31')).toEqual({ state: 'auto-renews', renewsOn: '2025-02-01' });
    expect(renewsOn('2025-12-31')).toEqual({ state: 'auto-renews', renewsOn: '2026-01-01' });
    expect(renewsOn('2024-02-28')).toEqual({ state: 'auto-renews', renewsOn: '2024-02-29' });
    expect(renewsOn('2023-02-28')).toEqual({ state: 'auto-renews', renewsOn: '2023-03-01' });
  });

  it('counts as off unless it is exactly true', () => {
    const now = at('2025-06-22T12:00:00Z');
    const off = { state: 'too-early', opensOn: '2025-06-23', daysUntilOpen: 1 };
    expect(renewalStatus({ expiresOn, now })).toEqual(off);
    for (const value of ['yes', 1, 'true', {}, null]) expect(renewalStatus({ expiresOn, now, autoRenew: value as boolean })).toEqual(off);
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

  it.each([
    ['2025-02-30', 'invalid-date'],
    ['2025-13-01', 'invalid-date'],
    ['22.06.2025', 'invalid-date'],
    ['', 'invalid-date'],
    [undefined, 'invalid-date'],
    [null, 'invalid-date'],
    [20_250_622, 'invalid-date'],
    ['1999-12-31', 'out-of-range'],
    ['2101-01-01', 'out-of-range'],
  ])('expiresOn %j is %s in renewalWindow and renewalStatus', (expires, code) => {
    expect(codeOf(() => renewalWindow(expires as string))).toBe(code);
    expect(codeOf(() => renewalStatus({ expiresOn: expires as string, now }))).toBe(code);
    expect(codeOf(() => renewalStatus({ expiresOn: expires as string, now, autoRenew: true }))).toBe(code);
  });

  it.each([
    ['an Invalid Date', new Date(Number.NaN)],
    ['undefined', undefined],
    ['a timestamp number', Date.UTC(2025, 5, 22)],
    ['an ISO string', '2025-06-22T12:00:00Z'],
    ['an object with its own getTime', { getTime: (): number => 0 }],
  ])('now as %s is invalid-date', (_label, value) => {
    expect(codeOf(() => renewalStatus({ expiresOn: '2025-06-22', now: value as Date }))).toBe('invalid-date');
  });

  it('reports the expiration date before the instant', () => {
    expect(codeOf(() => renewalStatus({ expiresOn: '1999-12-31', now: new Date(Number.NaN) }))).toBe('out-of-range');
  });

  it.each([undefined, null, 'expiresOn', 42])('a status input of %s is invalid-date, not a TypeError', (input) => {
    expect(codeOf(() => renewalStatus(input as unknown as Parameters<typeof renewalStatus>[0]))).toBe('invalid-date');
  });

  it('never throws anything but RulesError, whatever it is given (property)', () => {
    const calls: ((a: unknown, b: unknown) => unknown)[] = [
      (a) => parseCalendarDate(a as string),
      (a, b) => addDays(a as string, b as number),
      (a, b) => daysBetween(a as string, b as string),
      (a) => isValidTimeZone(a as string),
      (a) => assertTimeZone(a as string),
      (a, b) => calendarDayIn(a as Date, b as string),
      (a, b) => startOfDayIn(a as string, b as string),
      (a) => renewalWindow(a as string),
      (a, b) => renewalStatus({ expiresOn: a as string, now: b as Date }),
      (a) => renewalStatus(a as Parameters<typeof renewalStatus>[0]),
      (a) => nextRenewalOn(a as string),
    ];
    const value = fc.oneof(fc.anything(), fc.date({ noInvalidDate: false }), supportedDay, calendarDay, fc.string(), fc.integer(), fc.double());
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
