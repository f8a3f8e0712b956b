import { RulesError, describeValue } from './errors.ts';

/**
 * Milliseconds in one calendar day. Day numbers below are UTC-midnight instants
 * divided by this, which is exact because UTC has no daylight saving time.
 * @internal
 */
export const MS_PER_DAY = 86_400_000;

/** Earliest and latest year a caller may pass: the span of the calculator's date field. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/**
 * Validates a `YYYY-MM-DD` calendar date and returns its day number (days since
 * 1970-01-01). Working on day numbers keeps every calculation plain integer
 * maths: no `new Date('YYYY-MM-DD')` parsing and nothing read in the host zone.
 *
 * Month and day are checked against the real calendar (leap years included)
 * before the range, so `2025-02-30` is `invalid-date` while `1999-12-31` is
 * `out-of-range`.
 * @throws {RulesError} `invalid-date` or `out-of-range`.
 * @internal
 */
export function dayNumber(value: unknown): number {
  if (typeof value !== 'string') throw new RulesError('invalid-date', `Expected a YYYY-MM-DD string, got ${describeValue(value)}`);
  const match = DAY_PATTERN.exec(value.trim());
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  const monthLength = month === 2 && isLeapYear(year) ? 29 : MONTH_LENGTHS[month - 1];
  if (!match || monthLength === undefined || day < 1 || day > monthLength) {
    throw new RulesError('invalid-date', `Not a YYYY-MM-DD calendar date: ${describeValue(value)}`);
  }
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    throw new RulesError('out-of-range', `Date outside ${FIRST_YEAR}-01-01…${LAST_YEAR}-12-31: ${describeValue(value)}`);
  }
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/**
 * Formats a day number as `YYYY-MM-DD`. Results may lie past 2100-12-31 (the
 * renewal window of a subscription expiring on 2100-12-31 ends in 2101), so
 * only days that `YYYY` cannot write (before year 0 or after 9999) are refused.
 * @throws {RulesError} `out-of-range`.
 * @internal
 */
export function dayString(day: number): string {
  const date = new Date(day * MS_PER_DAY);
  const year = date.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) throw new RulesError('out-of-range', `Day ${day} cannot be written as YYYY-MM-DD`);
  return `${pad(year, 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/**
 * Checks a date typed or pasted by a reader, or read from a link, and returns it
 * in the one form the other functions and the URL use: `YYYY-MM-DD`, with
 * surrounding whitespace removed. Partner Center shows the expiration date as a
 * calendar date without a time or zone, so that is all this accepts.
 * @param value - e.g. `"2025-06-22"`.
 * @throws {RulesError} `invalid-date` for anything that is not a real calendar
 * date in that form (`2025-02-30`, `2025-13-01`, `22.06.2025`, `""`, non-strings);
 * `out-of-range` before 2000-01-01 or after 2100-12-31.
 */
export function parseCalendarDate(value: string): string {
  return dayString(dayNumber(value));
}

/**
 * The calendar date `n` days after `day` (before it when `n` is negative), e.g.
 * the day the renewal window opens is `addDays(expiresOn, 1)`. Counting whole
 * days avoids the hour lost or gained when host-zone dates cross a DST switch.
 * @param day - `YYYY-MM-DD` between 2000-01-01 and 2100-12-31.
 * @param n - a whole number of days.
 * @throws {RulesError} `invalid-date` / `out-of-range` for `day` as in
 * {@link parseCalendarDate}; `out-of-range` when `n` is not a safe integer or the
 * result cannot be written as `YYYY-MM-DD`.
 */
export function addDays(day: string, n: number): string {
  const start = dayNumber(day);
  if (!Number.isSafeInteger(n)) throw new RulesError('out-of-range', `Expected a whole number of days, got ${describeValue(n)}`);
  return dayString(start + n);
}

/**
 * How many calendar days `to` is after `from` (negative when it is before), e.g.
 * `daysBetween('2025-06-22', '2025-07-22') === 30`.
 * @throws {RulesError} `invalid-date` / `out-of-range` as in {@link parseCalendarDate}.
 */
export function daysBetween(from: string, to: string): number {
  const start = dayNumber(from);
  return dayNumber(to) - start;
}
