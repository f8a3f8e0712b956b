import { isOneDay, renewableWindow, type RenewableWindow } from '../rules/renewal.ts';
import { zoneDisplayName } from '../i18n/zone-names.ts';
import { calendarFile } from './calendar-file.ts';
import { windowValues } from './renewal-answer.ts';
import type { Translate } from './translate.ts';

/** Alarms, in the calendar's own zone: 09:00 on the first day, and 09:00 the day before the last one. */
const FIRST_DAY_ALARM = 'PT9H';
const DAY_BEFORE_LAST_ALARM = '-PT15H';

export interface RenewalCalendarInput {
  expiresOn: string;
  /** The reader's zone: the description's clock times are in it. */
  timeZone: string;
  lng: string;
  t: Translate;
  /** The calculator's address, which the events link back to. */
  pageUrl: string;
}

/** The window a calendar file is made for; the calculator offers one only while renewal is still possible. */
function windowFor(expiresOn: string): RenewableWindow {
  const window = renewableWindow(expiresOn);
  if (window === null) throw new Error(`A subscription expiring on ${expiresOn} can no longer be renewed, so it has no renewal days to add to a calendar`);
  return window;
}

/**
 * The .ics for one expiration date: the first and the last day of the window
 * (cut at the last day Microsoft accepted renewals) as all-day events, or its
 * only day when the cut leaves one (alarm the day before), with the
 * clock times that are safe whichever zone Partner Center uses, in the reader's
 * zone, in their description.
 */
export function renewalCalendar({ expiresOn, timeZone, lng, t, pageUrl }: RenewalCalendarInput, host: string, createdAt: Date): string {
  const window = windowFor(expiresOn);
  const description = t(isOneDay(window) ? 'calendar.descriptionOneDay' : 'calendar.description', {
    days: t('days', { count: window.days }),
    ...windowValues(window, lng, timeZone),
    zone: zoneDisplayName(timeZone, lng, window.surelyOpenFrom),
    url: pageUrl,
  });
  const events =
    isOneDay(window)
      ? [{ uid: `action-pack-renewal-only-day-${expiresOn}@${host}`, day: window.opensOn, summary: t('calendar.onlyDay'), description, url: pageUrl, alarm: DAY_BEFORE_LAST_ALARM }]
      : [
          { uid: `action-pack-renewal-first-day-${expiresOn}@${host}`, day: window.opensOn, summary: t('calendar.firstDay'), description, url: pageUrl, alarm: FIRST_DAY_ALARM },
          { uid: `action-pack-renewal-last-day-${expiresOn}@${host}`, day: window.closesOn, summary: t('calendar.lastDay'), description, url: pageUrl, alarm: DAY_BEFORE_LAST_ALARM },
        ];
  return calendarFile(
    events,
    createdAt,
    '-//Action Pack Help//Renewal calculator//EN',
  );
}

export function calendarFileName(expiresOn: string): string {
  return `action-pack-renewal-${windowFor(expiresOn).opensOn}.ics`;
}

/** Offers the .ics file as a download; returns nothing the page has to render. */
export function downloadRenewalCalendar(input: RenewalCalendarInput): void {
  const ics = renewalCalendar(input, location.host, new Date());
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  link.download = calendarFileName(input.expiresOn);
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1_000);
}
