import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatDayAndTime } from '../../../src/i18n/format-date.ts';
import { resources } from '../../../src/i18n/resources.ts';
import { calendarFile, escapeText, foldLine } from '../../../src/islands/calendar-file.ts';
import { calendarFileName, renewalCalendar } from '../../../src/islands/renewal-calendar.ts';
import { createTranslate, type Messages } from '../../../src/islands/translate.ts';

const createdAt = new Date('2023-06-01T08:00:00Z');
const event = {
  uid: 'first-day-2023-06-22@help.example',
  day: '2023-06-23',
  summary: 'Продление: окно открыто; 续订, "Action Pack"',
  description: 'Line one\nLine two, with a comma; and a semicolon \\ backslash. '.repeat(4),
  url: 'https://help.example/en/buy-or-renew-action-pack/?expires=2023-06-22#check-your-renewal-eligibility',
  alarm: '-PT15H',
};

/** The events of an .ics file, as a real iCalendar parser reads them. */
function eventsOf(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => ({ event: new ICAL.Event(vevent), alarm: vevent.getFirstSubcomponent('valarm')! }));
}

describe('calendarFile', () => {
  const text = calendarFile([event], createdAt, '-//Test//EN');

  it('ends every line with CRLF and keeps every line within 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('parses with a real iCalendar parser to the same all-day event, alarm and text', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const [{ event: parsed, alarm }] = eventsOf(text) as [ReturnType<typeof eventsOf>[number]];
    expect(parsed.uid).toBe(event.uid);
    expect(parsed.summary).toBe(event.summary);
    expect(parsed.description).toBe(event.description);
    expect(parsed.startDate.isDate).toBe(true);
    expect(parsed.startDate.toString()).toBe('2023-06-23');
    expect(parsed.endDate.toString()).toBe('2023-06-24');
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarm.getFirstPropertyValue('trigger'))).toBe('-PT15H');
    expect(calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('url')).toBe(event.url);
  });

  it('ends an all-day event on the next day across month and year ends', () => {
    const [{ event: parsed }] = eventsOf(calendarFile([{ ...event, day: '2023-12-31' }], createdAt, '-//Test//EN')) as [ReturnType<typeof eventsOf>[number]];
    expect(parsed.endDate.toString()).toBe('2024-01-01');
  });
});

describe('renewalCalendar', () => {
  const t = createTranslate('en', resources.en.calculator as Messages);
  const pageUrl = 'https://help.example/en/buy-or-renew-action-pack/?expires=2023-06-22#check-your-renewal-eligibility';
  const fromZone = (timeZone: string) => renewalCalendar({ expiresOn: '2023-06-22', timeZone, lng: 'en', t, pageUrl }, 'help.example', createdAt);

  it.each(['Europe/Berlin', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Etc/GMT+12'])('puts the first and last day on June 23 and July 22 for a reader in %s', (zone) => {
    const events = eventsOf(fromZone(zone));
    expect(events.map(({ event: parsed }) => [parsed.startDate.isDate, parsed.startDate.toString()])).toEqual([
      [true, '2023-06-23'],
      [true, '2023-07-22'],
    ]);
  });

  it('warns at 09:00 on the first day and at 09:00 the day before the last day', () => {
    const [first, last] = eventsOf(fromZone('Europe/Berlin')) as [ReturnType<typeof eventsOf>[number], ReturnType<typeof eventsOf>[number]];
    expect(String(first.alarm.getFirstPropertyValue('trigger'))).toBe('PT9H');
    expect(String(last.alarm.getFirstPropertyValue('trigger'))).toBe('-PT15H');
  });

  it('gives the safe clock times in the reader’s zone, so two zones get the same days and different times', () => {
    const berlin = eventsOf(fromZone('Europe/Berlin'))[0]!.event.description;
    const losAngeles = eventsOf(fromZone('America/Los_Angeles'))[0]!.event.description;
    const values = (description: string) => [...description.matchAll(/(?:June|July) \d+(?: at \d+:\d+\s[AP]M|, 2023)|\([A-Za-z ]+ Time\)/g)].map((match) => match[0].replace(/\s/g, ' '));
    expect(values(berlin)).toEqual(['June 23, 2023', 'July 22, 2023', 'June 23 at 2:00 PM', 'July 22 at 12:00 PM', '(Central European Time)', 'June 22 at 12:00 PM', 'July 23 at 2:00 PM']);
    expect(values(losAngeles)).toEqual(['June 23, 2023', 'July 22, 2023', 'June 23 at 5:00 AM', 'July 22 at 3:00 AM', '(Pacific Time)', 'June 22 at 3:00 AM', 'July 23 at 5:00 AM']);
    expect(berlin).toContain(pageUrl);
  });

  it('puts a window cut to one day (expiry 2025-01-20) in one event on January 21, 2025, warning the day before, in every language', () => {
    for (const lng of Object.keys(resources) as (keyof typeof resources)[]) {
      const messages = resources[lng].calculator as Messages;
      const text = renewalCalendar({ expiresOn: '2025-01-20', timeZone: 'Europe/Berlin', lng, t: createTranslate(lng, messages), pageUrl }, 'help.example', createdAt);
      const events = eventsOf(text);
      expect(events.map(({ event: parsed }) => [parsed.startDate.toString(), parsed.summary]), lng).toEqual([['2025-01-21', (messages.calendar as Messages).onlyDay]]);
      expect(String(events[0]!.alarm.getFirstPropertyValue('trigger'))).toBe('-PT15H');
      const day = formatCalendarDate('2025-01-21', lng);
      const { description } = events[0]!.event;
      expect(description.split(day).length - 1, `${lng}: the day is named once, not as a range`).toBe(1);
      // No hour of a one-day window is open in every zone: only the possible span is given.
      expect(description, lng).toContain(formatDayAndTime(new Date('2025-01-20T10:00:00Z'), lng, 'Europe/Berlin'));
      expect(description, lng).toContain(formatDayAndTime(new Date('2025-01-22T12:00:00Z'), lng, 'Europe/Berlin'));
      expect(description, lng).not.toContain(formatDayAndTime(new Date('2025-01-21T12:00:00Z'), lng, 'Europe/Berlin'));
    }
  });

  it('names the file after the first day', () => {
    expect(calendarFileName('2023-06-22')).toBe('action-pack-renewal-2023-06-23.ics');
  });
});

describe('escapeText', () => {
  it.each([
    ['a,b', 'a\\,b'],
    ['a;b', 'a\\;b'],
    ['a\\b', 'a\\\\b'],
    ['a\nb', 'a\\nb'],
    ['a\r\nb', 'a\\nb'],
  ])('%j → %j', (input, output) => {
    expect(escapeText(input)).toBe(output);
  });
});

describe('foldLine', () => {
  it('leaves a short line alone', () => {
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
  });

  it('never splits a multi-byte character and unfolds to the original', () => {
    const line = `SUMMARY:${'续订'.repeat(40)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
  });
});
