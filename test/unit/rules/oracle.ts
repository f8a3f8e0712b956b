/**
 * Independent references for the rules tests. None of this shares code or method
 * with `src/rules`: calendar maths uses Howard Hinnant's `days_from_civil` /
 * `civil_from_days` integer algorithms (no `Date`), and local times come from
 * Intl's `format()` in the sv-SE locale (which prints `YYYY-MM-DD HH:mm:ss`),
 * not from `formatToParts` plus offset arithmetic as the module does.
 */
import type { RenewalStatus } from '../../../src/rules/renewal.ts';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant, days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthIndex = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthIndex + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The date of a day number (Hinnant, civil_from_days). */
export function civilFromDays(days: number): [year: number, month: number, day: number] {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** `YYYY-MM-DD` → day number, without validation (tests only pass real dates). */
export function dayNo(text: string): number {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  return daysFromCivil(year, month, day);
}

/** Day number → `YYYY-MM-DD` (years 0–9999). */
export function dayText(days: number): string {
  const [year, month, day] = civilFromDays(days);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether year/month/day names a real date: it survives a round trip through day numbers. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const [y, m, d] = civilFromDays(daysFromCivil(year, month, day));
  return y === year && m === month && d === day;
}

/** An instant written as `YYYY-MM-DDTHH:mm:ss.sssZ`, read by Date's own ISO parser (UTC because of the Z). */
export const at = (iso: string): Date => new Date(iso);

const clocks = new Map<string, Intl.DateTimeFormat>();

/** The wall clock in `zone` at an instant, `YYYY-MM-DD HH:mm:ss`. */
export function wallClock(instant: Date | number, zone: string): string {
  let clock = clocks.get(zone);
  if (!clock) {
    clock = new Intl.DateTimeFormat('sv-SE', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    clocks.set(zone, clock);
  }
  return clock.format(instant);
}

/** The local date in `zone` at an instant, `YYYY-MM-DD`. */
export const wallDate = (instant: Date | number, zone: string): string => wallClock(instant, zone).slice(0, 10);

/** Every IANA zone this runtime knows, plus `UTC` (which `supportedValuesOf` omits). */
export const allZones: readonly string[] = ['UTC', ...Intl.supportedValuesOf('timeZone')];

const HOUR_MS = 60 * 60 * 1000;

/** The renewal window written out from its definition: the day after expiry, 30 days, the edges at UTC−12 and UTC+14. */
export function expectedWindow(expiresOn: string) {
  const opens = dayNo(expiresOn) + 1;
  return windowFromDays(opens, opens + 29);
}

/** The days `opens` … `closes` (day numbers) with their edges at the start and end of those days at UTC−12 and UTC+14. */
function windowFromDays(opens: number, closes: number) {
  return {
    opensOn: dayText(opens),
    closesOn: dayText(closes),
    surelyOpenFrom: new Date(opens * DAY_MS + 12 * HOUR_MS),
    surelyOpenUntil: new Date((closes + 1) * DAY_MS - 14 * HOUR_MS),
    possiblyOpenFrom: new Date(opens * DAY_MS - 14 * HOUR_MS),
    possiblyOpenUntil: new Date((closes + 1) * DAY_MS + 12 * HOUR_MS),
  };
}

/** The last day Microsoft accepted an Action Pack purchase or renewal, as the later sources state it. */
const LAST_DAY = '2025-01-21';

/**
 * The window Partner Center could still honour, written out from its
 * definition: the documented window with its last day cut to 21 January 2025,
 * or null when it would open after that day.
 */
export function expectedRenewableWindow(expiresOn: string) {
  const opens = dayNo(expiresOn) + 1;
  const documentedClose = opens + 29;
  const closes = Math.min(documentedClose, dayNo(LAST_DAY));
  if (opens > dayNo(LAST_DAY)) return null;
  return { ...windowFromDays(opens, closes), cutShort: closes < documentedClose, days: closes - opens + 1 };
}

/** 22 January 2025 00:00 at UTC−12: the last day has ended on every clock on Earth. */
export const RETIRED_EVERYWHERE = new Date('2025-01-22T12:00:00.000Z');

/**
 * The expected status, from the policy's wording and nothing in `src/rules`:
 * "today" is the date Intl prints in the reader's zone (sv-SE), day counts come
 * from the Hinnant day numbers above.
 */
export function expectedStatus(expiresOn: string, now: Date, zone: string, autoRenew: boolean): RenewalStatus {
  const today = dayNo(wallDate(now, zone));
  const expires = dayNo(expiresOn);
  const window = expectedRenewableWindow(expiresOn);
  if (window === null || now >= RETIRED_EVERYWHERE) {
    return { state: 'retired', lastRenewalDay: LAST_DAY, lastDayPassed: today > dayNo(LAST_DAY), expired: today > expires, renewableAutomatically: autoRenew && expiresOn <= LAST_DAY };
  }
  const firstDay = expires + 1;
  const lastDay = dayNo(window.closesOn);
  if (today <= expires && autoRenew) return { state: 'auto-renews' };
  if (today <= expires) return { state: 'too-early', opensOn: dayText(firstDay), daysUntilOpen: firstDay - today };
  if (today <= lastDay) {
    const sure = now >= window.surelyOpenFrom && now < window.surelyOpenUntil;
    return { state: 'open', closesOn: dayText(lastDay), daysLeft: lastDay - today + 1, sure };
  }
  return { state: 'lapsed', closedOn: dayText(lastDay), daysSinceClose: today - lastDay, mayStillBeOpenUntil: now < window.possiblyOpenUntil ? window.possiblyOpenUntil : null };
}
