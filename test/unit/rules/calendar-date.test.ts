import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RulesError, addDays, daysBetween, parseCalendarDate, type RulesErrorCode } from '../../../src/rules/renewal.ts';
import { civilFromDays, dayNo, dayText, daysFromCivil, isRealDate } from './oracle.ts';

/** Runs `action` and returns the RulesError code it throws; fails if it returns or throws anything else. */
function codeOf(action: () => unknown): RulesErrorCode {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(RulesError);
    return (error as RulesError).code;
  }
  throw new Error('expected a RulesError, but the call returned');
}

const FIRST = dayNo('2000-01-01');
const LAST = dayNo('2100-12-31');
/** Any day in the supported range, as `YYYY-MM-DD`. */
const supportedDay = fc.integer({ min: FIRST, max: LAST }).map(dayText);

describe('the oracle (independent calendar maths)', () => {
  it('agrees with known day numbers', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(2000, 1, 1)).toBe(10_957);
    expect(daysFromCivil(2025, 6, 22)).toBe(20_261);
    expect(daysFromCivil(2100, 12, 31)).toBe(47_846);
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

  it('drops surrounding whitespace, as pasted or typed into a text field', () => {
    expect(parseCalendarDate(' 2025-06-22\n')).toBe('2025-06-22');
    expect(parseCalendarDate('\t2025-10-15 ')).toBe('2025-10-15');
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

  it('accepts every day from 2000-01-01 to 2100-12-31 and nothing outside it (exhaustive)', () => {
    for (let day = FIRST; day <= LAST; day += 1) expect(parseCalendarDate(dayText(day))).toBe(dayText(day));
    expect(codeOf(() => parseCalendarDate(dayText(FIRST - 1)))).toBe('out-of-range');
    expect(codeOf(() => parseCalendarDate(dayText(LAST + 1)))).toBe('out-of-range');
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
  ])('addDays(%s, %i) is %s', (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
  });

  it('matches day-number arithmetic for any day and offset (property)', () => {
    fc.assert(
      fc.property(supportedDay, fc.integer({ min: -500_000, max: 2_000_000 }), (day, n) => {
        expect(addDays(day, n)).toBe(dayText(dayNo(day) + n));
      }),
      { numRuns: 2000 },
    );
  });

  it('is undone by the opposite offset (property)', () => {
    fc.assert(
      fc.property(supportedDay, fc.integer({ min: -36_000, max: 36_000 }), (day, n) => {
        const moved = addDays(day, n);
        if (moved >= '2000-01-01' && moved <= '2100-12-31') expect(addDays(moved, -n)).toBe(day);
      }),
    );
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1, '1', null, undefined])('rejects the day count %s as out-of-range', (n) => {
    expect(codeOf(() => addDays('2025-06-22', n as number))).toBe('out-of-range');
  });

  it('rejects results that YYYY-MM-DD cannot write', () => {
    expect(addDays('2000-01-01', -dayNo('2000-01-01') + dayNo('0000-01-01'))).toBe('0000-01-01');
    expect(codeOf(() => addDays('2000-01-01', -dayNo('2000-01-01') + dayNo('0000-01-01') - 1))).toBe('out-of-range');
    expect(addDays('2100-12-31', dayNo('9999-12-31') - dayNo('2100-12-31'))).toBe('9999-12-31');
    expect(codeOf(() => addDays('2100-12-31', dayNo('9999-12-31') - dayNo('2100-12-31') + 1))).toBe('out-of-range');
    expect(codeOf(() => addDays('2025-06-22', Number.MAX_SAFE_INTEGER))).toBe('out-of-range');
  });

  it('validates the day like parseCalendarDate', () => {
    expect(codeOf(() => addDays('2025-02-30', 1))).toBe('invalid-date');
    expect(codeOf(() => addDays('', 1))).toBe('invalid-date');
    expect(codeOf(() => addDays('1999-12-31', 1))).toBe('out-of-range');
    expect(codeOf(() => addDays('2101-01-01', -1))).toBe('out-of-range');
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
  ])('from %s to %s is %i', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });

  it('matches day-number arithmetic and inverts addDays (property)', () => {
    fc.assert(
      fc.property(supportedDay, supportedDay, (from, to) => {
        const days = daysBetween(from, to);
        expect(days).toBe(dayNo(to) - dayNo(from));
        expect(daysBetween(to, from) + days).toBe(0);
        expect(addDays(from, days)).toBe(to);
      }),
      { numRuns: 2000 },
    );
  });

  it('validates both days, the first one first', () => {
    expect(codeOf(() => daysBetween('2025-13-01', '2025-06-22'))).toBe('invalid-date');
    expect(codeOf(() => daysBetween('2025-06-22', '22.06.2025'))).toBe('invalid-date');
    expect(codeOf(() => daysBetween('1999-12-31', '2025-06-22'))).toBe('out-of-range');
    expect(codeOf(() => daysBetween('2025-06-22', '2101-01-01'))).toBe('out-of-range');
    expect(codeOf(() => daysBetween('1999-12-31', '2025-02-30'))).toBe('out-of-range');
  });
});
