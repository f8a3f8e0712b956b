import { describe, expect, it } from 'vitest';
import { formatClockTime, formatDayAndTime } from '../../src/i18n/format-date.ts';

/** 2 September 2024, 00:00 and 14:05 in Berlin. */
const midnight = new Date('2024-09-01T22:00:00Z');
const afternoon = new Date('2024-09-02T12:05:00Z');

describe('clock times', () => {
  it('write two-digit hours in 24-hour languages, as every engine then does', () => {
    expect(['de', 'nl', 'zh-CN', 'ru'].map((lng) => formatClockTime(midnight, lng, 'Europe/Berlin'))).toEqual(['00:00', '00:00', '00:00', '00:00']);
    expect(formatClockTime(afternoon, 'de', 'Europe/Berlin')).toBe('14:05');
  });

  it('write the hour as it is on a 12-hour clock, with AM and PM', () => {
    expect(formatClockTime(midnight, 'en', 'Europe/Berlin').replace(/\s/g, ' ')).toBe('12:00 AM');
    expect(formatClockTime(new Date('2024-09-02T00:00:00Z'), 'en', 'Europe/Berlin').replace(/\s/g, ' ')).toBe('2:00 AM');
  });

  it('name the day with the time', () => {
    expect(formatDayAndTime(midnight, 'de', 'Europe/Berlin')).toBe('2. September um 00:00');
    expect(formatDayAndTime(new Date('2024-09-02T00:00:00Z'), 'en', 'Europe/Berlin').replace(/\s/g, ' ')).toBe('September 2 at 2:00 AM');
  });
});
