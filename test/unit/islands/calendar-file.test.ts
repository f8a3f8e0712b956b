import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarFile, escapeText, foldLine } from '../../../src/islands/calendar-file.ts';

const createdAt = new Date('2025-06-01T08:00:00Z');
const event = {
  uid: 'opens-2025-06-22@help.example',
  start: new Date('2025-06-23T00:00:00Z'),
  end: new Date('2025-06-23T00:30:00Z'),
  summary: 'Продление: окно открыто; 续订, "Action Pack"',
  description: 'Line one\nLine two, with a comma; and a semicolon \\ backslash. '.repeat(4),
  url: 'https://help.example/en/buy-or-renew-action-pack/?expires=2025-06-22#check-your-renewal-eligibility',
  alertMinutesBefore: 15,
};

describe('calendarFile', () => {
  const text = calendarFile([event], createdAt, '-//Test//EN');

  it('ends every line with CRLF and keeps every line within 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('parses with a real iCalendar parser to the same event, alarm and text', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const vevent = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(vevent.uid).toBe(event.uid);
    expect(vevent.summary).toBe(event.summary);
    expect(vevent.description).toBe(event.description);
    expect(vevent.startDate.toJSDate().toISOString()).toBe('2025-06-23T00:00:00.000Z');
    expect(vevent.endDate.toJSDate().toISOString()).toBe('2025-06-23T00:30:00.000Z');
    const alarm = calendar.getFirstSubcomponent('vevent')!.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarm.getFirstPropertyValue('trigger'))).toBe('-PT15M');
    expect(calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('url')).toBe(event.url);
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
