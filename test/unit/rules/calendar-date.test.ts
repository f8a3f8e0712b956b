import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, parseCalendarDate } from '../../../src/rules/renewal.ts';
import { civilFromDays, dayNo, dayText, daysFromCivil, isRealDate } from './oracle.ts';
import { codeOf, FIRST, LAST, supportedDay } from './support.ts';

/** First and last day the calendar arithmetic (addDays, daysBetween) accepts and returns. */
const CALENDAR_FIRST = dayNo('0001-01-01');
const CALENDAR_LAST = dayNo('9999-12-31');
/** Any day addDays and daysBetween accept, as `YYYY-MM-DD`. */
const calendarDay = fc.integer({ min: CALENDAR_FIRST, max: CALENDAR_LAST }).map(dayText);

describe('the oracle (independent calendar maths)', () => {
  it('agrees with known day numbers', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(2000, 1, 1)).toBe(10_957);
    expect(daysFromCivil(2025, 6, 22)).toBe(20_261);
    expect(daysFromCivil(2100, 12, 31)).toBe(47_846);
    expect(daysFromCivil(1, 1, 1)).toBe(-719_162);
    expect(daysFromCivil(9999, 12, 31)).toBe(2_932_896);
    expect(civilFromDays(-719_163)).toEqual([0, 12, 31]);
    expect(civilFromDays(-1)).toEqual([1969, 12, 31]);
    expect(isRealDate(2024, 2, 29)).toBe(true);
    expect(isRealDate(2100, 2, 29)).toBe(false);
  });
});

describe('parseCalendarDate', () => {
  it.each(['2025-06-22', '2000-01-01', '2100-12-31', '2024-02-29', '2000-02-29', '2025-01-31', '2025-04-30', '2025-12-31'])(
    'accepts %s unchanged',
    (day) => expect(parseCalendarDate(day)).toBe(day),
  );

  it('takes exactly YYYY-MM-DD: surrounding whitespace is for a form to trim, a time part is refused', () => {
    for (const value of [' 2025-06-22', '2025-06-22\n', '\t2025-10-15 ', '2025-06-22T00:00', '2025-06-22T00:00:00Z', '2025-06-22 00:00']) {
      expect(codeOf(() => parseCalendarDate(value)), JSON.stringify(value)).toBe('invalid-date');
    }
  });

  it.each([
    ['2025-02-30', 'no 30 February'],
    ['2025-02-29', '2025 is not a leap year'],
    ['2023-02-29', '2023 is not a leap year'],
    ['2100-02-29', '2100 is not a leap year (divisible by 100, not by 400)'],
    ['2025-13-01', 'no month 13'],
    ['2025-00-10', 'no month 0'],
    ['2025-04-31', 'April has 30 days'],
    ['2025-06-00', 'no day 0'],
    ['2025-06-32', 'no day 32'],
    ['22.06.2025', 'German notation'],
    ['06/22/2025', 'US notation'],
    ['2025-6-22', 'unpadded month'],
    ['2025-06-22T00:00:00Z', 'an instant, not a calendar date'],
    ['20250622', 'basic ISO format'],
    ['+002025-06-22', 'expanded year'],
    ['２０２５-06-22', 'full-width digits'],
    ['2025-06-22 x', 'trailing text'],
    ['', 'empty string'],
    ['   ', 'only whitespace'],
  ])('rejects %j (%s) as invalid-date', (value) => {
    expect(codeOf(() => parseCalendarDate(value))).toBe('invalid-date');
  });

  it.each([undefined, null, 20_250_622, new Date(Date.UTC(2025, 5, 22)), {}, ['2025-06-22'], Object.create(null), Symbol('day'), true])(
    'rejects the non-string %s as invalid-date',
    (value) => {
      expect(codeOf(() => parseCalendarDate(value as string))).toBe('invalid-date');
    },
  );

  it.each(['1999-12-31', '2101-01-01', '1970-01-01', '0000-01-01', '9999-12-31', '1900-02-28'])('rejects %s as out-of-range', (value) => {
    expect(codeOf(() => parseCalendarDate(value))).toBe('out-of-range');
  });

  it('reports an impossible date before an out-of-range one', () => {
    expect(codeOf(() => parseCalendarDate('1999-02-30'))).toBe('invalid-date');
    expect(codeOf(() => parseCalendarDate('2101-13-01'))).toBe('invalid-date');
  });

  it('gives the error a name, a message and the Error prototype', () => {
    try {
      parseCalendarDate('22.06.2025');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(Error);
      expect(error).toMatchObject({ name: 'RulesError', code: 'invalid-date' });
      expect((error as Error).message).toContain('22.06.2025');
    }
  });

  it('accepts a year/month/day exactly when it is a real date in range (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2110 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (year, month, day) => {
        const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        if (!isRealDate(year, month, day)) expect(codeOf(() => parseCalendarDate(text))).toBe('invalid-date');
        else if (year < 2000 || year > 2100) expect(codeOf(() => parseCalendarDate(text))).toBe('out-of-range');
        else expect(parseCalendarDate(text)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('addDays', () => {
  it.each([
    ['2025-06-22', 1, '2025-06-23'],
    ['2025-06-22', 30, '2025-07-22'],
    ['2025-10-15', 30, '2025-11-14'],
    ['2025-01-31', 1, '2025-02-01'],
    ['2025-04-30', 1, '2025-05-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2000-01-01', -1, '1999-12-31'],
    ['2100-12-31', 30, '2101-01-30'],
    ['2025-06-22', 0, '2025-06-22'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2025-01-01', 365, '2026-01-01'],
    ['2101-01-30', -30, '2100-12-31'],
    ['2101-01-01', -1, '2100-12-31'],
    ['1999-12-31', 1, '2000-01-01'],
    ['1900-02-28', 1, '1900-03-01'],
    ['1970-01-01', -1, '1969-12-31'],
    ['0001-01-01', 0, '0001-01-01'],
    ['0001-01-01', 365, '0002-01-01'],
    ['0004-02-28', 1, '0004-02-29'],
    ['0099-12-31', 1, '0100-01-01'],
    ['0100-02-28', 1, '0100-03-01'],
    ['0400-02-28', 1, '0400-02-29'],
    ['1582-10-04', 1, '1582-10-05'],
    ['9999-12-30', 1, '9999-12-31'],
    ['9999-12-31', -3_652_058, '0001-01-01'],
  ])('addDays(%s, %i) is %s', (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
  });

  it('matches day-number arithmetic for any day and offset, refusing results outside 0001–9999 (property)', () => {
    fc.assert(
      fc.property(calendarDay, fc.integer({ min: -4_000_000, max: 4_000_000 }), (day, n) => {
        const result = dayNo(day) + n;
        if (result >= CALENDAR_FIRST && result <= CALENDAR_LAST) expect(addDays(day, n)).toBe(dayText(result));
        else expect(codeOf(() => addDays(day, n))).toBe('out-of-range');
      }),
      { numRuns: 5000 },
    );
  });

  it('matches day-number arithmetic for policy days and offsets (property)', () => {
    fc.assert(
      fc.property(supportedDay, fc.integer({ min: -500_000, max: 2_000_000 }), (day, n) => {
        expect(addDays(day, n)).toBe(dayText(dayNo(day) + n));
      }),
      { numRuns: 2000 },
    );
  });

  it('is undone by the opposite offset (property)', () => {
    fc.assert(
      fc.property(calendarDay, fc.integer({ min: -36_000, max: 36_000 }), (day, n) => {
        const target = dayNo(day) + n;
        fc.pre(target >= CALENDAR_FIRST && target <= CALENDAR_LAST);
        expect(addDays(addDays(day, n), -n)).toBe(day);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1, '1', null, undefined])('rejects the day count %s as out-of-range', (n) => {
    expect(codeOf(() => addDays('2025-06-22', n as number))).toBe('out-of-range');
  });

  it('rejects results before 0001-01-01 or after 9999-12-31', () => {
    expect(addDays('2000-01-01', CALENDAR_FIRST - FIRST)).toBe('0001-01-01');
    expect(codeOf(() => addDays('2000-01-01', CALENDAR_FIRST - FIRST - 1))).toBe('out-of-range');
    expect(codeOf(() => addDays('0001-01-01', -1))).toBe('out-of-range');
    expect(addDays('2100-12-31', CALENDAR_LAST - LAST)).toBe('9999-12-31');
    expect(codeOf(() => addDays('2100-12-31', CALENDAR_LAST - LAST + 1))).toBe('out-of-range');
    expect(codeOf(() => addDays('9999-12-31', 1))).toBe('out-of-range');
    expect(codeOf(() => addDays('2025-06-22', Number.MAX_SAFE_INTEGER))).toBe('out-of-range');
    expect(codeOf(() => addDays('2025-06-22', -Number.MAX_SAFE_INTEGER))).toBe('out-of-range');
  });

  it('checks the day like parseCalendarDate, but over years 0001–9999 instead of the policy range', () => {
    expect(codeOf(() => addDays('2025-02-30', 1))).toBe('invalid-date');
    expect(codeOf(() => addDays('2101-02-29', 1))).toBe('invalid-date');
    expect(codeOf(() => addDays('1900-02-29', 1))).toBe('invalid-date');
    expect(codeOf(() => addDays('', 1))).toBe('invalid-date');
    expect(codeOf(() => addDays('10000-01-01', -1))).toBe('invalid-date');
    expect(codeOf(() => addDays('-0001-01-01', 1))).toBe('invalid-date');
    expect(codeOf(() => addDays(undefined as unknown as string, 1))).toBe('invalid-date');
    expect(codeOf(() => addDays('0000-12-31', 1))).toBe('out-of-range');
    expect(codeOf(() => addDays('0000-02-29', 1))).toBe('out-of-range');
    expect(codeOf(() => addDays(' 2101-01-30\n', 0))).toBe('invalid-date');
    expect(addDays('1999-12-31', 0)).toBe('1999-12-31');
    expect(addDays('2101-01-01', -1)).toBe('2100-12-31');
  });

  it('reports an impossible day before an impossible day count', () => {
    expect(codeOf(() => addDays('2025-02-30', Number.NaN))).toBe('invalid-date');
  });
});

describe('daysBetween', () => {
  it.each([
    ['2025-06-22', '2025-07-22', 30],
    ['2025-10-15', '2025-11-14', 30],
    ['2025-07-22', '2025-06-22', -30],
    ['2025-06-22', '2025-06-22', 0],
    ['2024-02-28', '2024-03-01', 2],
    ['2023-02-28', '2023-03-01', 1],
    ['2100-02-28', '2100-03-01', 1],
    ['2000-02-28', '2000-03-01', 2],
    ['2000-01-01', '2100-12-31', 36_889],
    ['2025-03-29', '2025-03-31', 2],
    ['2025-10-25', '2025-10-27', 2],
    ['2100-12-31', '2101-01-30', 30],
    ['2100-12-02', '2101-01-01', 30],
    ['2101-01-30', '2100-12-31', -30],
    ['1999-12-31', '2000-01-01', 1],
    ['1970-01-01', '1969-12-31', -1],
    ['0001-01-01', '0002-01-01', 365],
    ['0004-01-01', '0005-01-01', 366],
    ['0100-01-01', '0101-01-01', 365],
    ['0001-01-01', '9999-12-31', 3_652_058],
    ['9999-12-31', '0001-01-01', -3_652_058],
  ])('from %s to %s is %i', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });

  it('matches day-number arithmetic and inverts addDays (property)', () => {
    fc.assert(
      fc.property(calendarDay, calendarDay, (from, to) => {
        const days = daysBetween(from, to);
        expect(days).toBe(dayNo(to) - dayNo(from));
        expect(daysBetween(to, from) + days).toBe(0);
        expect(addDays(from, days)).toBe(to);
      }),
      { numRuns: 3000 },
    );
  });

  it('matches day-number arithmetic for policy days (property)', () => {
    fc.assert(
      fc.property(supportedDay, supportedDay, (from, to) => {
        expect(daysBetween(from, to)).toBe(dayNo(to) - dayNo(from));
      }),
      { numRuns: 2000 },
    );
  });

  it('checks both days, the first one first, over years 0001–9999', () => {
    expect(codeOf(() => daysBetween('2025-13-01', '2025-06-22'))).toBe('invalid-date');
    expect(codeOf(() => daysBetween('2025-06-22', '22.06.2025'))).toBe('invalid-date');
    expect(codeOf(() => daysBetween('2025-06-22', '2101-02-29'))).toBe('invalid-date');
    expect(codeOf(() => daysBetween('0000-12-31', '2025-06-22'))).toBe('out-of-range');
    expect(codeOf(() => daysBetween('2025-06-22', '0000-01-01'))).toBe('out-of-range');
    expect(codeOf(() => daysBetween('0000-12-31', '2025-02-30'))).toBe('out-of-range');
    expect(codeOf(() => daysBetween('2025-02-30', '0000-12-31'))).toBe('invalid-date');
    expect(daysBetween('1999-12-31', '2101-01-01')).toBe(dayNo('2101-01-01') - dayNo('1999-12-31'));
  });
});
