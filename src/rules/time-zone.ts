import { getTimezoneOffset } from 'date-fns-tz';
import { MS_PER_DAY, dayString } from './calendar-date.ts';
import { RulesError, describeValue } from './errors.ts';

/**
 * The reader's side of the time-zone maths: which calendar day it is for them
 * and how far their clock is from UTC. Zones are IANA names (`Europe/Berlin`,
 * `UTC`, `Etc/GMT+12`); fixed offsets such as `+02:00`, which Intl also takes,
 * are refused because no device or link names a zone that way.
 */

const IANA_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** An en-US formatter printing the wall clock in `zone`, cached per zone because building one is far slower than using it. */
function wallClockFormatter(zone: unknown): Intl.DateTimeFormat | undefined {
  if (typeof zone !== 'string' || !IANA_NAME.test(zone)) return undefined;
  let formatter = formatters.get(zone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        era: 'short',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      return undefined;
    }
    formatters.set(zone, formatter);
  }
  return formatter;
}

/**
 * Whether `zone` is an IANA time-zone name this browser knows, matching Intl's
 * case-insensitive rules (`europe/berlin` passes). Lets a form flag a typo
 * before calculating.
 */
export function isValidTimeZone(zone: string): boolean {
  return wallClockFormatter(zone) !== undefined;
}

/**
 * Returns `zone` unchanged if {@link isValidTimeZone} accepts it, so a value from
 * a form or a link can be checked and used in one expression.
 * @throws {RulesError} `invalid-time-zone`.
 */
export function assertTimeZone(zone: string): string {
  if (!isValidTimeZone(zone)) throw new RulesError('invalid-time-zone', `Not an IANA time zone: ${describeValue(zone)}`);
  return zone;
}

/**
 * The milliseconds of a valid `Date`. `getTime` is borrowed from the prototype
 * so that look-alike objects fail cleanly and Dates from another realm pass.
 * @throws {RulesError} `invalid-date` for anything but a `Date` holding a time.
 * @internal
 */
export function timeOf(now: unknown): number {
  let time = Number.NaN;
  try {
    time = Date.prototype.getTime.call(now as Date);
  } catch {
    // Not a Date at all: reported below like an Invalid Date.
  }
  if (Number.isNaN(time)) throw new RulesError('invalid-date', `Expected a valid Date, got ${describeValue(now)}`);
  return time;
}

/** The wall clock Intl prints for `time` in `zone`, as milliseconds of the same fields read as UTC. */
function wallClockFromIntl(time: number, formatter: Intl.DateTimeFormat): number {
  const fields: Record<string, string> = {};
  for (const part of formatter.formatToParts(time)) fields[part.type] = part.value;
  const year = fields['era'] === 'BC' ? 1 - Number(fields['year']) : Number(fields['year']);
  const wall = new Date(0);
  // `% 24`: some engines wrote midnight as hour "24" before honouring `hourCycle`.
  wall.setUTCFullYear(year, Number(fields['month']) - 1, Number(fields['day']));
  wall.setUTCHours(Number(fields['hour']) % 24, Number(fields['minute']), Number(fields['second']), ((time % 1000) + 1000) % 1000);
  return wall.getTime();
}

/** Years 1000 to 8999, where date-fns-tz reads the year right (see {@link wallClockIn}). */
const TRUSTED_FROM = Date.UTC(1000, 0, 1);
const TRUSTED_UNTIL = Date.UTC(9000, 0, 1);

/**
 * The wall clock in `zone` at an instant, as the milliseconds of those same
 * fields read as UTC: `wallClock - time` is the zone's UTC offset then.
 *
 * date-fns-tz's `getTimezoneOffset` gives the offset for a wall-clock time, the
 * fields of the Date it is given, and near the zone's own clock changes its
 * answer depends on the machine's zone (https://github.com/marnusw/date-fns-tz/issues/121):
 * a wall time an hour before Los Angeles springs forward is read as already
 * past the change. Where the offset it gives holds a day either side, it is the
 * offset at the instant too. Otherwise, within a day of a change, and for years
 * it reads without their era (1 BC comes back as 1 AD; no upstream issue was
 * open for this in November 2026), the wall clock is read from Intl directly.
 */
function wallClockIn(time: number, zone: string, formatter: Intl.DateTimeFormat): number {
  if (time >= TRUSTED_FROM && time < TRUSTED_UNTIL) {
    const offset = getTimezoneOffset(zone, new Date(time));
    const wall = time + offset;
    if (getTimezoneOffset(zone, new Date(wall - MS_PER_DAY)) === offset && getTimezoneOffset(zone, new Date(wall + MS_PER_DAY)) === offset) return wall;
  }
  return wallClockFromIntl(time, formatter);
}

function checkedZone(timeZone: unknown): Intl.DateTimeFormat {
  const formatter = wallClockFormatter(timeZone);
  if (!formatter) throw new RulesError('invalid-time-zone', `Not an IANA time zone: ${describeValue(timeZone)}`);
  return formatter;
}

/**
 * The calendar date (`YYYY-MM-DD`) an instant falls on in a time zone: the
 * reader's "today" when `now` is the current time. Never uses the machine's zone.
 * Not limited to 2000–2100, because a device clock can say anything.
 * @throws {RulesError} `invalid-date` for an invalid `now`; `invalid-time-zone`
 * for a name that is not an IANA zone; `out-of-range` if the date cannot be
 * written as `YYYY-MM-DD` (outside years 0–9999).
 */
export function calendarDayIn(now: Date, timeZone: string): string {
  const time = timeOf(now);
  const formatter = checkedZone(timeZone);
  return dayString(Math.floor(wallClockIn(time, timeZone, formatter) / MS_PER_DAY));
}

/**
 * The zone's offset from UTC at an instant, in whole minutes (east positive):
 * 120 for Berlin in summer, -420 for Los Angeles in summer, 840 for Kiritimati.
 * @throws {RulesError} `invalid-date` for an invalid `now`; `invalid-time-zone`.
 */
export function utcOffsetMinutes(now: Date, timeZone: string): number {
  const time = timeOf(now);
  const formatter = checkedZone(timeZone);
  return Math.round((wallClockIn(time, timeZone, formatter) - time) / 60_000);
}
