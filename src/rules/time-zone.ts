import { MS_PER_DAY, dayNumber, dayString } from './calendar-date.ts';
import { RulesError, describeValue } from './errors.ts';

/*
 * Zone conversions read the zone's offset from the browser's own Intl data
 * (`formatToParts` at an instant) instead of date-fns-tz 3. date-fns-tz's
 * `fromZonedTime` builds its first guess from the host zone's local fields, so
 * when a local midnight happens twice (America/Havana on 2025-11-02) its answer
 * depends on the machine's zone, and when midnight is skipped (America/Sao_Paulo
 * on 2018-11-04) it returns 23:00 of the previous day; see
 * https://github.com/marnusw/date-fns-tz/issues/258 and /121. It would also add
 * about 2.4 KB gzip to the island, whose whole budget is a few KB.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: unknown): Intl.DateTimeFormat | undefined {
  if (typeof zone !== 'string') return undefined;
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
 * A formatter that reads wall-clock fields in `zone`, cached per zone name
 * because building one is far slower than using it.
 * @throws {RulesError} `invalid-time-zone`.
 * @internal
 */
export function zoneFormatter(zone: unknown): Intl.DateTimeFormat {
  const formatter = formatterFor(zone);
  if (!formatter) throw new RulesError('invalid-time-zone', `Unknown time zone: ${describeValue(zone)}`);
  return formatter;
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

const modulo = (value: number, divisor: number) => ((value % divisor) + divisor) % divisor;

/**
 * The zone's UTC offset in milliseconds at an instant (whole seconds, as Intl
 * reports them). The wall-clock date is compared with the UTC date as a
 * `year·10⁴ + month·10² + day` key rather than turned back into a `Date`, so
 * instants at the very edge of the `Date` range work too.
 */
function offsetAt(formatter: Intl.DateTimeFormat, time: number): number {
  const second = time - modulo(time, 1000);
  const fields: Record<string, string> = {};
  for (const part of formatter.formatToParts(second)) fields[part.type] = part.value;
  const year = fields['era'] === 'BC' ? 1 - Number(fields['year']) : Number(fields['year']);
  const utc = new Date(second);
  const localKey = year * 10_000 + Number(fields['month']) * 100 + Number(fields['day']);
  const utcKey = utc.getUTCFullYear() * 10_000 + (utc.getUTCMonth() + 1) * 100 + utc.getUTCDate();
  // `% 24`: some engines wrote midnight as hour "24" before honouring `hourCycle`.
  const localMs = ((Number(fields['hour']) % 24) * 3600 + Number(fields['minute']) * 60 + Number(fields['second'])) * 1000;
  return Math.sign(localKey - utcKey) * MS_PER_DAY + localMs - modulo(second, MS_PER_DAY);
}

/**
 * Day number of the calendar day an instant falls on in a zone.
 * @internal
 */
export function dayNumberIn(time: number, formatter: Intl.DateTimeFormat): number {
  return Math.floor((time + offsetAt(formatter, time)) / MS_PER_DAY);
}

/**
 * The first instant of a calendar day (given as a day number) in a zone, in
 * milliseconds. Follows the zone's own offsets rather than assuming midnight
 * exists exactly once:
 * - midnight repeated (clocks go back over it): the first of the two;
 * - midnight skipped (clocks jump forward over it): the moment of the jump,
 *   which is when the day begins there; the same holds for a day skipped whole
 *   (Pacific/Apia, 2011-12-30).
 * Candidate offsets are those one day either side, as Temporal does; two offset
 * changes within one day are not modelled.
 * @internal
 */
export function startOfDayNumber(day: number, formatter: Intl.DateTimeFormat): number {
  const wall = day * MS_PER_DAY;
  const before = offsetAt(formatter, wall - MS_PER_DAY);
  const after = offsetAt(formatter, wall + MS_PER_DAY);
  const candidates = before === after ? [wall - before] : [wall - before, wall - after];
  const exact = candidates.filter((time) => offsetAt(formatter, time) === wall - time);
  if (exact.length > 0) return Math.min(...exact);
  // Midnight falls in a gap: the jump lies after `low` (wall clock still before
  // midnight) and at or before `high` (already past it). Offsets change on whole
  // seconds, so a search over seconds finds it exactly.
  let low = wall - after;
  let high = wall - before;
  while (high - low > 1000) {
    const middle = low + Math.floor((high - low) / 2000) * 1000;
    if (middle + offsetAt(formatter, middle) >= wall) high = middle;
    else low = middle;
  }
  return high;
}

/**
 * Whether `zone` names a time zone this browser can convert to: `UTC` and any
 * IANA name `Intl.DateTimeFormat` accepts (matching its case-insensitive rules,
 * so `europe/berlin` passes). Lets a form flag a typo before calculating.
 */
export function isValidTimeZone(zone: string): boolean {
  return formatterFor(zone) !== undefined;
}

/**
 * Returns `zone` unchanged if {@link isValidTimeZone} accepts it, so a value from a
 * form or a link can be checked and used in one expression.
 * @throws {RulesError} `invalid-time-zone`.
 */
export function assertTimeZone(zone: string): string {
  zoneFormatter(zone);
  return zone;
}

/**
 * The calendar date (`YYYY-MM-DD`) an instant falls on in a time zone. With the
 * policy zone this is "today" for the renewal rules; with the reader's zone it is
 * the date on their own calendar. Never uses the host machine's zone.
 * @throws {RulesError} `invalid-date` for an invalid `now`; `invalid-time-zone`;
 * `out-of-range` if the date cannot be written as `YYYY-MM-DD` (outside years 0–9999).
 */
export function calendarDayIn(now: Date, timeZone: string): string {
  const time = timeOf(now);
  return dayString(dayNumberIn(time, zoneFormatter(timeZone)));
}

/**
 * The instant a calendar day begins in a time zone, e.g. when a renewal window
 * opens for a reader in that zone. DST-safe: on days when clocks change, the day
 * still starts at the first instant whose local date is `day`, or at the jump
 * if local midnight does not exist that day (see {@link startOfDayNumber}).
 * @param day - `YYYY-MM-DD` between 2000-01-01 and 2100-12-31.
 * @throws {RulesError} `invalid-date` / `out-of-range` for `day`; `invalid-time-zone`.
 */
export function startOfDayIn(day: string, timeZone: string): Date {
  const start = dayNumber(day);
  return new Date(startOfDayNumber(start, zoneFormatter(timeZone)));
}
