/**
 * A `YYYY-MM-DD` calendar date in the reader's language ("21 November 2026",
 * "21. November 2026", "2026年11月21日"). Formatted in UTC because the string
 * names a day, not an instant; any other zone could show the day before.
 */
export function formatCalendarDate(day: string, localeCode: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(localeCode, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, date)));
}
