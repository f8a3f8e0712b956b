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

/** The clock time of an instant in a zone ("2:00 PM", "14:00"). */
export function formatClockTime(instant: Date, localeCode: string, timeZone: string): string {
  return dateFormat(localeCode, { hour: 'numeric', minute: '2-digit', timeZone }).format(instant);
}

/** The day and clock time of an instant in a zone ("June 24 at 2:00 AM", "24. Juni um 02:00"). */
export function formatDayAndTime(instant: Date, localeCode: string, timeZone: string): string {
  return dateFormat(localeCode, { month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone }).format(instant);
}

function dayAsUtc(day: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const instant = new Date(0);
  instant.setUTCFullYear(year, month - 1, date);
  return instant;
}
