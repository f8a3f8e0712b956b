/**
 * Dates and clock times in the reader's language, on the browser's own Intl
 * (no date library shipped for display).
 */

const formats = new Map<string, Intl.DateTimeFormat>();

/** Creating an Intl.DateTimeFormat costs far more than using one; the build formats thousands of dates with a handful of them. */
function dateFormat(localeCode: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${localeCode}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(localeCode, options);
    formats.set(key, format);
  }
  return format;
}

/**
 * A `YYYY-MM-DD` calendar date in the reader's language ("November 21, 2026",
 * "21. November 2026", "2026年11月21日"). Formatted in UTC because the string
 * names a day, not an instant; any other zone could show the day before.
 */
export function formatCalendarDate(day: string, localeCode: string): string {
  return dateFormat(localeCode, { dateStyle: 'long', timeZone: 'UTC' }).format(dayAsUtc(day));
}

/** The month and year of a calendar date ("November 2020", "November 2020", "2020年11月"), for when a document was written. */
export function formatMonthYear(day: string, localeCode: string): string {
  return dateFormat(localeCode, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(dayAsUtc(day));
}

/**
 * How a language writes the hour: two digits on a 24-hour clock ("02:00"),
 * as few as needed on a 12-hour one ("2:00 AM"). Asked for as `numeric`, the
 * 24-hour hour is "2:00" in Chromium and "02:00" in Firefox; naming the
 * digits makes every engine write the same time.
 */
function hourStyle(localeCode: string): '2-digit' | 'numeric' {
  const { hourCycle } = dateFormat(localeCode, { hour: 'numeric' }).resolvedOptions();
  return hourCycle === 'h23' || hourCycle === 'h24' ? '2-digit' : 'numeric';
}

/** The clock time of an instant in a zone ("2:00 PM", "14:00", "02:00"). */
export function formatClockTime(instant: Date, localeCode: string, timeZone: string): string {
  return dateFormat(localeCode, { hour: hourStyle(localeCode), minute: '2-digit', timeZone }).format(instant);
}

/** The day and clock time of an instant in a zone ("June 24 at 2:00 AM", "24. Juni um 02:00"). */
export function formatDayAndTime(instant: Date, localeCode: string, timeZone: string): string {
  return dateFormat(localeCode, { month: 'long', day: 'numeric', hour: hourStyle(localeCode), minute: '2-digit', timeZone }).format(instant);
}

function dayAsUtc(day: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const instant = new Date(0);
  instant.setUTCFullYear(year, month - 1, date);
  return instant;
}
