/**
 * Renewal rules for a Microsoft Action Pack subscription, as Partner Center
 * states them in "Buy or renew a Microsoft Action Pack subscription" (the source
 * of `content/articles/en/buy-or-renew-action-pack.mdx`):
 *
 * - "You can renew your subscription only after it expires. For example, if your
 *   subscription expires on June 22, you can renew it from June 23 and for 30
 *   days after that, through July 22." Microsoft's second example: expiry on
 *   15 October, last day 14 November.
 * - Before that, "Renew subscription" isn't displayed or is greyed out.
 * - "Your Action Pack subscription will renew automatically each year on this
 *   date." Automatic renewal can be turned off at any time and cannot be turned
 *   back on until the subscription is renewed again.
 *
 * Dates a reader supplies (`expiresOn`, `renewedOn`, {@link parseCalendarDate})
 * must lie between 2000-01-01 and 2100-12-31, the span of the calculator's date
 * field; the calendar arithmetic ({@link addDays}, {@link daysBetween}) takes any
 * date from 0001-01-01 to 9999-12-31, including the 2101 dates derived here.
 *
 * Pure functions on `YYYY-MM-DD` strings and `Date` instants: no DOM, i18n or
 * Astro, so the calculator island, a walkthrough island and the build can share
 * them. The module ships to the browser, so it uses only the built-in Intl.
 */
import { MS_PER_DAY, dayNumber, dayString } from './calendar-date.ts';
import { dayNumberIn, startOfDayNumber, timeOf, zoneFormatter } from './time-zone.ts';

export { addDays, daysBetween, parseCalendarDate } from './calendar-date.ts';
export { RulesError, type RulesErrorCode } from './errors.ts';
export { assertTimeZone, calendarDayIn, isValidTimeZone, startOfDayIn } from './time-zone.ts';

/**
 * The zone in which Partner Center's calendar dates are read. Partner Center
 * shows the expiration date as a bare date and names no zone, so this site
 * assumes UTC and says so next to every result; a reader in Los Angeles (PDT)
 * can therefore renew from 17:00 on the expiration day, local time. Typed as
 * `string` so a form can hold either this or a reader's zone.
 */
export const POLICY_TIME_ZONE: string = 'UTC';

/**
 * Length of the renewal window in calendar days, counting the day after expiry
 * as day 1 (June 23 … July 22 for an expiry on June 22).
 */
export const RENEWAL_WINDOW_DAYS: number = 30;

/** When a subscription can be renewed, as days and as instants. */
export interface RenewalWindow {
  /** First day "Renew subscription" is available: the day after expiry. */
  readonly opensOn: string;
  /** Last day it is available (inclusive): day 30 of the window. */
  readonly closesOn: string;
  /** Start of `opensOn` in {@link POLICY_TIME_ZONE}. */
  readonly opensAt: Date;
  /** Start of the day after `closesOn` in {@link POLICY_TIME_ZONE}: the first instant the window is missed (exclusive end). */
  readonly closesAt: Date;
}

/** What {@link renewalStatus} needs to know. */
export interface RenewalStatusInput {
  /** Expiration date as shown in Partner Center, `YYYY-MM-DD` between 2000-01-01 and 2100-12-31. */
  expiresOn: string;
  /** The moment to judge, normally `new Date()`. */
  now: Date;
  /** Whether automatic renewal is on; anything but `true` counts as off. */
  autoRenew?: boolean;
}

/**
 * Where a subscription stands on a given day, with the one date and count a
 * reader needs next. Counts are whole calendar days in {@link POLICY_TIME_ZONE}.
 */
export type RenewalStatus =
  /** Automatic renewal is on and the expiration date has not passed: nothing to do. */
  | { state: 'auto-renews'; renewsOn: string }
  /** Not expired yet: renewing is not possible until `opensOn` (`daysUntilOpen` is 1 on the expiration day). */
  | { state: 'too-early'; opensOn: string; daysUntilOpen: number }
  /** Inside the window: renew by `closesOn` (`daysLeft` counts today: 30 on the first day, 1 on the last). */
  | { state: 'open'; closesOn: string; daysLeft: number }
  /** The window has been missed (`daysSinceClose` is 1 on the day after `closedOn`). */
  | { state: 'lapsed'; closedOn: string; daysSinceClose: number };

/**
 * The renewal window for an expiration date: from the day after expiry through
 * the 30th day after it, both inclusive (expires 2025-06-22 → 2025-06-23 …
 * 2025-07-22; expires 2025-10-15 → … 2025-11-14). The instants are the starts of
 * those days in {@link POLICY_TIME_ZONE}, for showing them in a reader's zone.
 *
 * Only `expiresOn` is held to the policy range; the days returned may lie past
 * it (expires 2100-12-31 → closes 2101-01-30), and {@link addDays} and
 * {@link daysBetween} accept them, so `daysBetween(expiresOn, closesOn)` is
 * always {@link RENEWAL_WINDOW_DAYS}.
 * @param expiresOn - `YYYY-MM-DD` between 2000-01-01 and 2100-12-31.
 * @throws {RulesError} `invalid-date` or `out-of-range` for `expiresOn`.
 */
export function renewalWindow(expiresOn: string): RenewalWindow {
  const expires = dayNumber(expiresOn);
  const zone = zoneFormatter(POLICY_TIME_ZONE);
  return {
    opensOn: dayString(expires + 1),
    closesOn: dayString(expires + RENEWAL_WINDOW_DAYS),
    opensAt: new Date(startOfDayNumber(expires + 1, zone)),
    closesAt: new Date(startOfDayNumber(expires + RENEWAL_WINDOW_DAYS + 1, zone)),
  };
}

/**
 * Where a subscription stands at `now`, judged on today's calendar date in
 * {@link POLICY_TIME_ZONE}:
 * - automatic renewal on and today on or before the expiration date →
 *   `auto-renews` on the day after expiry (Partner Center: no action needed);
 * - otherwise, on or before the expiration date → `too-early`, because renewal
 *   is possible only after the subscription expires;
 * - within the 30-day window → `open`;
 * - after it → `lapsed`.
 * After expiry the auto-renew flag no longer decides anything: an expired
 * subscription did not renew, so the reader is shown the manual window.
 * The dates returned may lie in 2101, as in {@link renewalWindow}.
 * @param input - `expiresOn` between 2000-01-01 and 2100-12-31.
 * @throws {RulesError} `invalid-date` / `out-of-range` for `expiresOn`;
 * `invalid-date` for an invalid `now`.
 */
export function renewalStatus(input: RenewalStatusInput): RenewalStatus {
  // `Object(input)` lets a missing input report "invalid-date" instead of a TypeError.
  const { expiresOn, now, autoRenew } = Object(input) as Partial<RenewalStatusInput>;
  const expires = dayNumber(expiresOn);
  const today = dayNumberIn(timeOf(now), zoneFormatter(POLICY_TIME_ZONE));
  const opens = expires + 1;
  const closes = expires + RENEWAL_WINDOW_DAYS;
  if (today <= expires) {
    return autoRenew === true
      ? { state: 'auto-renews', renewsOn: dayString(opens) }
      : { state: 'too-early', opensOn: dayString(opens), daysUntilOpen: opens - today };
  }
  if (today <= closes) return { state: 'open', closesOn: dayString(closes), daysLeft: closes - today + 1 };
  return { state: 'lapsed', closedOn: dayString(closes), daysSinceClose: today - closes };
}

/**
 * The date a subscription bought or renewed on `renewedOn` renews automatically
 * next: the same date a year later, because Partner Center renews it "each year
 * on this date". 29 February falls on 28 February, as the next year has no 29th.
 * The result may lie in 2101.
 * @param renewedOn - `YYYY-MM-DD` between 2000-01-01 and 2100-12-31.
 * @throws {RulesError} `invalid-date` or `out-of-range` for `renewedOn`.
 */
export function nextRenewalOn(renewedOn: string): string {
  const date = new Date(dayNumber(renewedOn) * MS_PER_DAY);
  const month = date.getUTCMonth();
  const day = month === 1 && date.getUTCDate() === 29 ? 28 : date.getUTCDate();
  return dayString(Date.UTC(date.getUTCFullYear() + 1, month, day) / MS_PER_DAY);
}
