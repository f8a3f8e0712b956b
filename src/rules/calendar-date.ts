import { RulesError, describeValue } from './errors.ts';

/**
 * Milliseconds in one calendar day. Day numbers below are UTC-midnight instants
 * divided by this, which is exact because UTC has no daylight saving time.
 * @internal
 */
export const MS_PER_DAY = 86_400_000;

/**
 * Years a policy input may have: an expiration or renewal date a reader types,
 * pastes or follows a link with. This is the span of the calculator's date field.
 */
const POLICY_FIRST_YEAR = 2000;
const POLICY_LAST_YEAR = 2100;
/**
 * Years plain calendar arithmetic handles: every year `YYYY` writes in the
 * proleptic Gregorian calendar, year 0 (1 BC) excepted. Dates the rules derive
 * from policy inputs (a window closing in 2101) lie well inside it.
 */
const CALENDAR_FIRST_YEAR = 1;
const CALENDAR_LAST_YEAR = 9999;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/**
 * Day number of a date's fields. `setUTCFullYear`, not `Date.UTC`, because
 * `Date.UTC` reads years 0–99 as 1900–1999.
 */
const fieldsToDay = (year: number, month: number, day: number) => new Date(0).setUTCFullYear(year, month - 1, day) / MS_PER_DAY;

/** Day numbers of 0001-01-01 and 9999-12-31, the first and last day {@link addDays} may return. */
const CALENDAR_FIRST_DAY = fieldsToDay(CALENDAR_FIRST_YEAR, 1, 1);
const CALENDAR_LAST_DAY = fieldsToDay(CALENDAR_LAST_YEAR, 12, 31);

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/**
 * Validates a `YYYY-MM-DD` calendar date and returns its day number (days since
 * 1970-01-01), refusing years outside `firstYear`…`lastYear`. Working on day
 * numbers keeps every calculation plain integer maths: no `new Date('YYYY-MM-DD')`
 * parsing and nothing read in the host zone.
 *
 * Month and day are checked against the real calendar (leap years included)
 * before the range, so `2025-02-30` is `invalid-date` while a real date in a
 * refused year is `out-of-range`.
 */
function dayNumberWithin(value: unknown, firstYear: number, lastYear: number): number {
  if (typeof value !== 'string') throw new RulesError('invalid-date', `Expected a YYYY-MM-DD string, got ${describeValue(value)}`);
  const match = DAY_PATTERN.exec(value);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  const monthLength = month === 2 && isLeapYear(year) ? 29 : MONTH_LENGTHS[month - 1];
  if (!match || monthLength === undefined || day < 1 || day > monthLength) {
    throw new RulesError('invalid-date', `Not a YYYY-MM-DD calendar date: ${describeValue(value)}`);
  }
  if (year < firstYear || year > lastYear) {
    throw new RulesError('out-of-range', `Date outside ${pad(firstYear, 4)}-01-01…${lastYear}-12-31: ${describeValue(value)}`);
  }
  return fieldsToDay(year, month, day);
}

/**
 * Day number of a policy input: a `YYYY-MM-DD` date from 2000-01-01 to
 * 2100-12-31 (see {@link dayNumberWithin}), such as an expiration date.
 * @throws {RulesError} `invalid-date`, or `out-of-range` before 2000 or after 2100.
 * @internal
 */
export function dayNumber(value: unknown): number {
  return dayNumberWithin(value, POLICY_FIRST_YEAR, POLICY_LAST_YEAR);
}

/**
 * Day number of any real `YYYY-MM-DD` date from 0001-01-01 to 9999-12-31, for
 * arithmetic on dates the rules computed (which may lie past 2100).
 * @throws {RulesError} `invalid-date`, or `out-of-range` for year 0000.
 */
function calendarDayNumber(value: unknown): number {
  return dayNumberWithin(value, CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR);
}

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
 * unchanged: exactly `YYYY-MM-DD`, the one form the other functions and the URL
 * use. Partner Center shows the expiration date as a calendar date without a time
 * or zone, so that is all this accepts; a form may trim what the reader typed
 * before calling.
 * @param value - e.g. `"2025-06-22"`.
 * @throws {RulesError} `invalid-date` for anything that is not a real calendar
 * date in exactly that form (`2025-02-30`, `2025-13-01`, `22.06.2025`,
 * `" 2025-06-22"`, `2025-06-22T00:00`, `""`, non-strings); `out-of-range` before
 * 2000-01-01 or after 2100-12-31.
 */
export function parseCalendarDate(value: string): string {
  return dayString(dayNumber(value));
}

/**
 * The calendar date `n` days after `day` (before it when `n` is negative), e.g.
 * the day the renewal window opens is `addDays(expiresOn, 1)`. Counting whole
 * days avoids the hour lost or gained when host-zone dates cross a DST switch.
 *
 * Plain calendar arithmetic, not a policy input: unlike {@link parseCalendarDate}
 * it takes any real date, so dates the rules return (a window closing on
 * 2101-01-30) can be fed back in.
 * @param day - `YYYY-MM-DD` between 0001-01-01 and 9999-12-31.
 * @param n - a whole number of days.
 * @throws {RulesError} `invalid-date` for a `day` that is not a real
 * `YYYY-MM-DD` date, as in {@link parseCalendarDate}; `out-of-range` for a `day`
 * in year 0000, when `n` is not a safe integer, or when the result falls
 * before 0001-01-01 or after 9999-12-31.
 */
export function addDays(day: string, n: number): string {
  const start = calendarDayNumber(day);
  if (!Number.isSafeInteger(n)) throw new RulesError('out-of-range', `Expected a whole number of days, got ${describeValue(n)}`);
  const result = start + n;
  if (!(result >= CALENDAR_FIRST_DAY && result <= CALENDAR_LAST_DAY)) throw new RulesError('out-of-range', `${describeValue(day)} + ${n} days is outside 0001-01-01…9999-12-31`);
  return dayString(result);
}

/**
 * How many calendar days `to` is after `from` (negative when it is before), e.g.
 * `daysBetween('2025-06-22', '2025-07-22') === 30`. Like {@link addDays} it takes
 * any real date, so `daysBetween(expiresOn, renewalWindow(expiresOn).closesOn)`
 * is 30 even when the window closes in 2101.
 * @param from - `YYYY-MM-DD` between 0001-01-01 and 9999-12-31.
 * @param to - `YYYY-MM-DD` between 0001-01-01 and 9999-12-31.
 * @throws {RulesError} `invalid-date` / `out-of-range` for `from`, then for `to`,
 * as for the `day` of {@link addDays}.
 */
export function daysBetween(from: string, to: string): number {
  const start = calendarDayNumber(from);
  return calendarDayNumber(to) - start;
}
