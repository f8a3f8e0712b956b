/**
 * iCalendar (RFC 5545) files, built as text. Events are all-day: a calendar
 * date (`VALUE=DATE`) is the same day in every zone, so no event can land on
 * the wrong day for the reader. Lines are CRLF-terminated and folded at 75
 * octets, as Outlook, Google and Apple calendars require.
 */
export interface CalendarEvent {
  /** Stable across downloads, so importing the file again updates the event instead of duplicating it. */
  uid: string;
  /** The day, `YYYY-MM-DD`. */
  day: string;
  summary: string;
  description: string;
  url?: string;
  /**
   * When the calendar shows an alert, as an RFC 5545 duration relative to the
   * start of the day in the calendar's own zone: `PT9H` is 09:00 that day,
   * `-PT15H` 09:00 the day before.
   */
  alarm: string;
}

function utcStamp(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line into chunks of at most 75 octets without splitting a UTF-8 character (§3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const chunks: string[] = [];
  let chunk = '';
  let size = 0;
  for (const character of line) {
    const bytes = encoder.encode(character).length;
    const limit = chunks.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      chunks.push(chunk);
      chunk = '';
      size = 0;
    }
    chunk += character;
    size += bytes;
  }
  chunks.push(chunk);
  return chunks.join('\r\n ');
}

/** The day after a `YYYY-MM-DD` day, as `YYYYMMDD`: the exclusive end of an all-day event. */
function nextDayStamp(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const next = new Date(0);
  next.setUTCFullYear(year, month - 1, date + 1);
  return next.toISOString().slice(0, 10).replace(/-/g, '');
}

export function calendarFile(events: readonly CalendarEvent[], createdAt: Date, productId: string): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${productId}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${utcStamp(createdAt)}`,
      `DTSTART;VALUE=DATE:${event.day.replace(/-/g, '')}`,
      `DTEND;VALUE=DATE:${nextDayStamp(event.day)}`,
      'TRANSP:TRANSPARENT',
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      ...(event.url ? [`URL:${event.url}`] : []),
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(event.summary)}`,
      `TRIGGER:${event.alarm}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
