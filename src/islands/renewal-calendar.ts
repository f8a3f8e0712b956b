import { addDays, renewalWindow } from '../rules/renewal.ts';
import { calendarFile } from './calendar-file.ts';
import { formatCalendarDate } from '../i18n/format-date.ts';
import type { Translate } from './translate.ts';

/** How long before the window closes the second calendar entry reminds the partner; a reading aid, not policy. */
export const REMINDER_DAYS_BEFORE_CLOSE = 7;

const MINUTE = 60_000;

/**
 * The .ics for one expiration date: an entry when the renewal window opens and a
 * reminder a week before it closes, both linking back to the calculator.
 */
export function renewalCalendar(expiresOn: string, lng: string, t: Translate, pageUrl: string, host: string, createdAt: Date): string {
  const window = renewalWindow(expiresOn);
  const first = formatCalendarDate(window.opensOn, lng);
  const last = formatCalendarDate(window.closesOn, lng);
  const reminderStart = new Date(window.closesAt.getTime() - REMINDER_DAYS_BEFORE_CLOSE * 24 * 60 * MINUTE);
  const description = t('calendar.description', { first, last, url: pageUrl });
  return calendarFile(
    [
      {
        uid: `action-pack-renewal-opens-${expiresOn}@${host}`,
        start: window.opensAt,
        end: new Date(window.opensAt.getTime() + 30 * MINUTE),
        summary: t('calendar.opens', { date: first }),
        description,
        url: pageUrl,
        alertMinutesBefore: 0,
      },
      {
        uid: `action-pack-renewal-reminder-${expiresOn}@${host}`,
        start: reminderStart,
        end: new Date(reminderStart.getTime() + 30 * MINUTE),
        summary: t('calendar.reminder', { date: last, days: t('days', { count: REMINDER_DAYS_BEFORE_CLOSE }) }),
        description,
        url: pageUrl,
        alertMinutesBefore: 0,
      },
    ],
    createdAt,
    '-//Action Pack Help//Renewal calculator//EN',
  );
}

export function calendarFileName(expiresOn: string): string {
  return `action-pack-renewal-${addDays(expiresOn, 1)}.ics`;
}

/** Offers the .ics file as a download; returns nothing the page has to render. */
export function downloadRenewalCalendar(expiresOn: string, lng: string, t: Translate, pageUrl: string): void {
  const ics = renewalCalendar(expiresOn, lng, t, pageUrl, location.host, new Date());
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  link.download = calendarFileName(expiresOn);
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1_000);
}
