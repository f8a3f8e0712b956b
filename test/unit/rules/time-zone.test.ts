import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, assertTimeZone, calendarDayIn, isValidTimeZone, utcOffsetMinutes } from '../../../src/rules/renewal.ts';
import { DAY_MS, allZones, at, dayNo, dayText, wallClock, wallDate } from './oracle.ts';
import { codeOf } from './support.ts';

const HOUR = 60 * 60 * 1000;
const anyZone = fc.constantFrom(...allZones);

describe('isValidTimeZone and assertTimeZone', () => {
  it.each(['UTC', 'Etc/UTC', 'Etc/GMT+12', 'Etc/GMT-14', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Europe/Berlin', 'Asia/Kathmandu', 'europe/berlin'])('accept %s', (zone) => {
    expect(isValidTimeZone(zone)).toBe(true);
    expect(assertTimeZone(zone)).toBe(zone);
  });

  it('accept every zone the runtime lists', () => {
    for (const zone of allZones) expect(isValidTimeZone(zone)).toBe(true);
  });

  it.each(['Mars/Olympus_Mons', 'Europe/Berlinn', 'Berlin', 'UTC+1', 'Z', '', ' ', 'Etc/GMT+15', '+02:00', '-0800', ' Europe/Berlin', 'Europe/Berlin ', '../Europe/Berlin'])('reject %j as invalid-time-zone', (zone) => {
    expect(isValidTimeZone(zone)).toBe(false);
    expect(codeOf(() => assertTimeZone(zone))).toBe('invalid-time-zone');
  });

  it.each([undefined, null, 1, {}, Object.create(null)])('reject the non-string %s', (zone) => {
    expect(isValidTimeZone(zone as string)).toBe(false);
    expect(codeOf(() => assertTimeZone(zone as string))).toBe('invalid-time-zone');
  });

  it('keep rejecting a zone after being asked about it before (no stale cache)', () => {
    expect(isValidTimeZone('Nowhere/Land')).toBe(false);
    expect(isValidTimeZone('Nowhere/Land')).toBe(false);
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
  });
});

describe('calendarDayIn', () => {
  it('reads the last millisecond of 22 June 2025 UTC in every reader zone', () => {
    const instant = at('2025-06-22T23:59:59.999Z');
    expect(calendarDayIn(instant, 'UTC')).toBe('2025-06-22');
    expect(calendarDayIn(instant, 'Etc/GMT+12')).toBe('2025-06-22');
    expect(calendarDayIn(instant, 'America/Los_Angeles')).toBe('2025-06-22');
    expect(calendarDayIn(instant, 'Europe/Berlin')).toBe('2025-06-23');
    expect(calendarDayIn(instant, 'Pacific/Kiritimati')).toBe('2025-06-23');
  });

  it('changes day exactly at local midnight', () => {
    expect(calendarDayIn(at('2025-06-23T06:59:59.999Z'), 'America/Los_Angeles')).toBe('2025-06-22');
    expect(calendarDayIn(at('2025-06-23T07:00:00.000Z'), 'America/Los_Angeles')).toBe('2025-06-23');
    expect(calendarDayIn(at('2025-06-22T09:59:59.999Z'), 'Pacific/Kiritimati')).toBe('2025-06-22');
    expect(calendarDayIn(at('2025-06-22T10:00:00.000Z'), 'Pacific/Kiritimati')).toBe('2025-06-23');
    expect(calendarDayIn(at('2025-06-23T11:59:59.999Z'), 'Etc/GMT+12')).toBe('2025-06-22');
    expect(calendarDayIn(at('2025-06-23T12:00:00.000Z'), 'Etc/GMT+12')).toBe('2025-06-23');
  });

  it('follows DST switches (Europe/Berlin, 30 March and 26 October 2025)', () => {
    expect(calendarDayIn(at('2025-03-29T22:59:59.999Z'), 'Europe/Berlin')).toBe('2025-03-29');
    expect(calendarDayIn(at('2025-03-29T23:00:00.000Z'), 'Europe/Berlin')).toBe('2025-03-30');
    expect(calendarDayIn(at('2025-03-30T21:59:59.999Z'), 'Europe/Berlin')).toBe('2025-03-30');
    expect(calendarDayIn(at('2025-03-30T22:00:00.000Z'), 'Europe/Berlin')).toBe('2025-03-31');
    expect(calendarDayIn(at('2025-10-26T22:59:59.999Z'), 'Europe/Berlin')).toBe('2025-10-26');
    expect(calendarDayIn(at('2025-10-26T23:00:00.000Z'), 'Europe/Berlin')).toBe('2025-10-27');
  });

  it('handles leap days and year ends', () => {
    expect(calendarDayIn(at('2024-02-29T12:00:00Z'), 'UTC')).toBe('2024-02-29');
    expect(calendarDayIn(at('2024-02-29T10:00:00Z'), 'Pacific/Kiritimati')).toBe('2024-03-01');
    expect(calendarDayIn(at('2025-12-31T23:59:59.999Z'), 'UTC')).toBe('2025-12-31');
    expect(calendarDayIn(at('2026-01-01T00:00:00Z'), 'UTC')).toBe('2026-01-01');
    expect(calendarDayIn(at('2025-12-31T10:00:00Z'), 'Pacific/Kiritimati')).toBe('2026-01-01');
  });

  it('is not limited to 2000–2100, because "now" can be any valid instant', () => {
    expect(calendarDayIn(new Date(0), 'UTC')).toBe('1970-01-01');
    expect(calendarDayIn(new Date(-1), 'UTC')).toBe('1969-12-31');
    expect(calendarDayIn(at('0000-01-01T00:00:00Z'), 'UTC')).toBe('0000-01-01');
    expect(calendarDayIn(at('9999-12-31T09:59:59.999Z'), 'Pacific/Kiritimati')).toBe('9999-12-31');
  });

  it('refuses days that YYYY-MM-DD cannot write', () => {
    expect(codeOf(() => calendarDayIn(at('9999-12-31T10:00:00Z'), 'Pacific/Kiritimati'))).toBe('out-of-range');
    expect(codeOf(() => calendarDayIn(new Date(8.64e15), 'UTC'))).toBe('out-of-range');
    expect(codeOf(() => calendarDayIn(new Date(-8.64e15), 'Etc/GMT+12'))).toBe('out-of-range');
    expect(codeOf(() => calendarDayIn(at('0000-01-01T11:59:59.999Z'), 'Etc/GMT+12'))).toBe('out-of-range');
  });

  it.each([
    ['an Invalid Date', new Date(Number.NaN)],
    ['undefined', undefined],
    ['null', null],
    ['a timestamp number', 1_750_550_400_000],
    ['a date string', '2025-06-22'],
    ['a plain object', {}],
    ['an object that only inherits from Date.prototype', Object.create(Date.prototype)],
  ])('rejects %s as invalid-date', (_label, now) => {
    expect(codeOf(() => calendarDayIn(now as Date, 'UTC'))).toBe('invalid-date');
  });

  it('rejects an unknown zone as invalid-time-zone', () => {
    expect(codeOf(() => calendarDayIn(new Date(), 'Mars/Olympus_Mons'))).toBe('invalid-time-zone');
    expect(codeOf(() => calendarDayIn(new Date(), ''))).toBe('invalid-time-zone');
  });

  it('matches the UTC date of the instant in UTC (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }), (time) => {
        expect(calendarDayIn(new Date(time), 'UTC')).toBe(new Date(time).toISOString().slice(0, 10));
      }),
      { numRuns: 2000 },
    );
  });

  it('matches the fixed offset of Etc/GMT±N zones (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 11, 31) }), fc.integer({ min: -14, max: 12 }), (time, hoursWest) => {
        // POSIX sign: Etc/GMT+12 is twelve hours *behind* UTC.
        const zone = hoursWest === 0 ? 'Etc/GMT' : `Etc/GMT${hoursWest > 0 ? '+' : '-'}${Math.abs(hoursWest)}`;
        expect(calendarDayIn(new Date(time), zone)).toBe(dayText(Math.floor((time - hoursWest * HOUR) / DAY_MS)));
      }),
      { numRuns: 2000 },
    );
  });

  it('matches the local date Intl prints, in every zone (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 2), max: Date.UTC(2100, 11, 30) }), anyZone, (time, zone) => {
        expect(calendarDayIn(new Date(time), zone)).toBe(wallDate(time, zone));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('calendarDayIn on days without one midnight', () => {
  it.each([
    ['2018-11-04', 'America/Sao_Paulo', '2018-11-04T03:00:00.000Z'],
    ['2025-03-09', 'America/Havana', '2025-03-09T05:00:00.000Z'],
    ['2025-03-30', 'Asia/Beirut', '2025-03-29T22:00:00.000Z'],
    ['2025-04-25', 'Africa/Cairo', '2025-04-24T22:00:00.000Z'],
    ['2025-09-07', 'America/Santiago', '2025-09-07T04:00:00.000Z'],
  ])('starts %s in %s, where clocks skip midnight, at the jump (%s, 01:00 local)', (day, zone, iso) => {
    expect(wallClock(at(iso), zone)).toBe(`${day} 01:00:00`);
    expect(calendarDayIn(at(iso), zone)).toBe(day);
    expect(calendarDayIn(new Date(at(iso).getTime() - 1), zone)).toBe(addDays(day, -1));
  });

  it('keeps both midnights of a day whose midnight happens twice on that day (America/Havana, 2 November 2025)', () => {
    expect(wallClock(at('2025-11-02T04:00:00.000Z'), 'America/Havana')).toBe('2025-11-02 00:00:00');
    expect(wallClock(at('2025-11-02T05:00:00.000Z'), 'America/Havana')).toBe('2025-11-02 00:00:00');
    expect(calendarDayIn(at('2025-11-02T03:59:59.999Z'), 'America/Havana')).toBe('2025-11-01');
    expect(calendarDayIn(at('2025-11-02T04:00:00.000Z'), 'America/Havana')).toBe('2025-11-02');
    expect(calendarDayIn(at('2025-11-02T05:00:00.000Z'), 'America/Havana')).toBe('2025-11-02');
  });

  it('never gives a day a zone skipped entirely (Pacific/Apia, 30 December 2011)', () => {
    expect(calendarDayIn(at('2011-12-30T09:59:59.999Z'), 'Pacific/Apia')).toBe('2011-12-29');
    expect(calendarDayIn(at('2011-12-30T10:00:00.000Z'), 'Pacific/Apia')).toBe('2011-12-31');
  });
});

/**
 * date-fns-tz reads wall-clock times with the help of the machine's own zone
 * (marnusw/date-fns-tz#121, #258). These instants fall where the machines the
 * unit tests run on (UTC, Pacific/Kiritimati, America/Los_Angeles) skip or
 * repeat local time, so the answer must not depend on which of them runs the test.
 */
describe("the machine's own zone never leaks in", () => {
  it('reads 31 December 1994, a day Kiritimati skipped, in UTC and in Los Angeles', () => {
    expect(calendarDayIn(at('1994-12-31T12:00:00.000Z'), 'UTC')).toBe('1994-12-31');
    expect(calendarDayIn(at('1995-01-01T07:59:59.999Z'), 'America/Los_Angeles')).toBe('1994-12-31');
    expect(utcOffsetMinutes(at('1994-12-31T12:00:00.000Z'), 'UTC')).toBe(0);
  });

  it('reads the hour Los Angeles skips on 9 March 2025 in UTC and Berlin', () => {
    expect(utcOffsetMinutes(at('2025-03-09T02:30:00.000Z'), 'UTC')).toBe(0);
    expect(calendarDayIn(at('2025-03-09T02:30:00.000Z'), 'UTC')).toBe('2025-03-09');
    expect(utcOffsetMinutes(at('2025-03-09T01:30:00.000Z'), 'Europe/Berlin')).toBe(60);
  });

  it('reads the hour Los Angeles repeats on 2 November 2025 in UTC', () => {
    expect(utcOffsetMinutes(at('2025-11-02T01:30:00.000Z'), 'UTC')).toBe(0);
    expect(utcOffsetMinutes(at('2025-11-02T08:30:00.000Z'), 'UTC')).toBe(0);
  });
});

describe('utcOffsetMinutes', () => {
  it.each([
    ['UTC', 0],
    ['Etc/GMT+12', -720],
    ['America/Los_Angeles', -420],
    ['Europe/Berlin', 120],
    ['Asia/Shanghai', 480],
    ['Asia/Kathmandu', 345],
    ['Pacific/Chatham', 765],
    ['Pacific/Kiritimati', 840],
  ])('gives %s %i minutes on 22 June 2025', (zone, minutes) => {
    expect(utcOffsetMinutes(at('2025-06-22T12:00:00.000Z'), zone)).toBe(minutes);
  });

  it('follows Berlin across its 2025 switches, to the millisecond', () => {
    expect(utcOffsetMinutes(at('2025-03-30T00:59:59.999Z'), 'Europe/Berlin')).toBe(60);
    expect(utcOffsetMinutes(at('2025-03-30T01:00:00.000Z'), 'Europe/Berlin')).toBe(120);
    expect(utcOffsetMinutes(at('2025-10-26T00:59:59.999Z'), 'Europe/Berlin')).toBe(120);
    expect(utcOffsetMinutes(at('2025-10-26T01:00:00.000Z'), 'Europe/Berlin')).toBe(60);
  });

  it('validates the instant and the zone', () => {
    expect(codeOf(() => utcOffsetMinutes(new Date(Number.NaN), 'UTC'))).toBe('invalid-date');
    expect(codeOf(() => utcOffsetMinutes(new Date(), '+02:00'))).toBe('invalid-time-zone');
  });

  it('matches the offset Intl prints, in every zone (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 2), max: Date.UTC(2100, 11, 30) }), anyZone, (time, zone) => {
        const [date, clock] = wallClock(time, zone).split(' ') as [string, string];
        const [hours, minutes, seconds] = clock.split(':').map(Number) as [number, number, number];
        const wall = dayNo(date) * DAY_MS + ((hours * 60 + minutes) * 60 + seconds) * 1000 + (time % 1000);
        expect(utcOffsetMinutes(new Date(time), zone)).toBe(Math.round((wall - time) / 60_000));
      }),
      { numRuns: 3000 },
    );
  });
});
