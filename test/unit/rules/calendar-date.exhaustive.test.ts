import { describe, expect, it } from 'vitest';
import { RulesError, addDays, daysBetween, parseCalendarDate } from '../../../src/rules/renewal.ts';
import { dayNo, dayText, isRealDate } from './oracle.ts';
import { EXHAUSTIVE_TIMEOUT, codeOf, FIRST, LAST } from './support.ts';

/** First and last day the calendar arithmetic (addDays, daysBetween) accepts and returns. */
const CALENDAR_FIRST = dayNo('0001-01-01');
const CALENDAR_LAST = dayNo('9999-12-31');

/**
 * The Gregorian calendar repeats exactly every 400 years, so every day of the
 * cycle is checked three times: in the first cycle from the lower bound, in two
 * cycles around the policy's years, and in the last cycle up to the upper bound.
 * That covers every leap-year rule and both ends at a sixth of the cost of
 * every day from year 1 to 9999.
 */
const CALENDAR_SPANS: [first: number, last: number][] = [
  [CALENDAR_FIRST, dayNo('0401-12-31')],
  [dayNo('1600-01-01'), dayNo('2400-12-31')],
  [dayNo('9600-01-01'), CALENDAR_LAST],
];
const SPAN_YEARS: [first: number, last: number][] = [
  [0, 401],
  [1600, 2400],
  [9600, 9999],
];

describe('parseCalendarDate', () => {
  it('accepts every day from 2000-01-01 to 2100-12-31 and nothing outside it (exhaustive)', { timeout: EXHAUSTIVE_TIMEOUT }, () => {
    for (let day = FIRST; day <= LAST; day += 1) expect(parseCalendarDate(dayText(day))).toBe(dayText(day));
    expect(codeOf(() => parseCalendarDate(dayText(FIRST - 1)))).toBe('out-of-range');
    expect(codeOf(() => parseCalendarDate(dayText(LAST + 1)))).toBe('out-of-range');
  });
});

describe('addDays', () => {
  it('takes every day of three 400-year cycles, from 0001-01-01 and up to 9999-12-31, and gives the next one (exhaustive)', { timeout: EXHAUSTIVE_TIMEOUT }, () => {
    const wrong: string[] = [];
    for (const [first, last] of CALENDAR_SPANS) {
      let text = dayText(first);
      for (let day = first; day < last; day += 1) {
        const next = dayText(day + 1);
        if (addDays(text, 1) !== next) wrong.push(text);
        text = next;
      }
    }
    expect(wrong).toEqual([]);
    expect(addDays('9999-12-31', -1)).toBe('9999-12-30');
  });

  it('takes a year/month/day exactly when it is a real date from year 1 on (exhaustive over the month ends of three 400-year cycles)', { timeout: EXHAUSTIVE_TIMEOUT }, () => {
    const wrong: string[] = [];
    for (const year of SPAN_YEARS.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, index) => first + index))) {
      for (let month = 0; month <= 13; month += 1) {
        for (const day of [0, 1, 29, 30, 31, 32]) {
          const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const expected = !isRealDate(year, month, day) ? 'invalid-date' : year === 0 ? 'out-of-range' : text;
          let actual: string;
          try {
            actual = addDays(text, 0);
          } catch (error) {
            actual = error instanceof RulesError ? error.code : String(error);
          }
          if (actual !== expected) wrong.push(`${text}: ${actual}, expected ${expected}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('daysBetween', () => {
  it('counts every day of three 400-year cycles, from 0001-01-01 and up to 9999-12-31, from 1970-01-01 (exhaustive)', { timeout: EXHAUSTIVE_TIMEOUT }, () => {
    const wrong: string[] = [];
    for (const [first, last] of CALENDAR_SPANS) {
      for (let day = first; day <= last; day += 1) {
        if (daysBetween('1970-01-01', dayText(day)) !== day) wrong.push(dayText(day));
      }
    }
    expect(wrong).toEqual([]);
  });
});
