/**
 * Renewal rules for a Microsoft Action Pack subscription, as Partner Center
 * states them in "Buy or renew a Microsoft Action Pack subscription" (the source
 * of `content/articles/en/buy-or-renew-action-pack.mdx`):
 *
 * - "You can renew your subscription only after it expires. For example, if your
 *   subscription expires on June 22, you can renew it from June 23 and for 30
 *   days after that", through July 22. Microsoft's second example: expiry on
 *   15 October, last day 14 November.
 * - Before that, "Renew subscription" isn't displayed or is unavailable.
 * - The subscription renews automatically each year on the date it was bought or
 *   renewed. Automatic renewal can be turned off at any time and cannot be
 *   turned back on until the subscription is renewed again.
 *
 * Microsoft later retired Action Pack (Microsoft Learn, "Renew membership offers"
 * and "Silver or Gold membership", recorded in `sources/later-sources.md`):
 * "The last date to buy or renew Microsoft Action Pack … is 21 January 2025";
 * "You can renew only if your anniversary date is on or before 21 January
 * 2025". So the window is cut at {@link LAST_RENEWAL_DAY}, and a subscription
 * whose window would open after it can no longer be renewed at all.
 *
 * Partner Center gives the expiration date as a calendar date and names no time
 * zone. So the window is a run of calendar days, and "today" is the reader's own
 * calendar day, in their zone. Each edge of the window is uncertain by up to a
 * day: Partner Center's day could begin anywhere from UTC+14 to UTC−12, the
 * earliest and latest clocks on Earth. The instants below bound that: renewal
 * is surely possible while every zone's calendar is inside the window, and
 * possibly possible while any zone's calendar is.
 *
 * Dates are `YYYY-MM-DD` strings; those a reader supplies must lie between
 * 2000-01-01 and 2100-12-31. Pure functions: no DOM, i18n or Astro, so both
 * islands and the build share them.
 */
import { MS_PER_DAY, dayNumber, dayString, daysBetween } from './calendar-date.ts';
import { calendarDayIn, timeOf } from './time-zone.ts';

export { addDays, daysBetween, parseCalendarDate } from './calendar-date.ts';
export { RulesError, type RulesErrorCode } from './errors.ts';
export { assertTimeZone, calendarDayIn, isValidTimeZone, utcOffsetMinutes } from './time-zone.ts';

/**
 * Length of the renewal window in calendar days, counting the day after expiry
 * as day 1 (June 23 … July 22 for an expiry on June 22).
 */
export const RENEWAL_WINDOW_DAYS: number = 30;

/**
 * The last calendar day on which Partner Center accepted an Action Pack
 * purchase or renewal ("Renew membership offers": "The last date to buy or renew
 * Microsoft Action Pack or Learning Action Pack is 21 January 2025"; from
 * 22 January 2025 Microsoft no longer sells it). Like every Partner Center date
 * it names no time zone, so its end is uncertain by a day, as the window's edges are.
 */
export const LAST_RENEWAL_DAY = '2025-01-21';

const HOUR = 3_600_000;
/** The earliest clock on Earth is 14 hours ahead of UTC (Pacific/Kiritimati). */
const EARLIEST_OFFSET = 14 * HOUR;
/** The latest is 12 hours behind it (Etc/GMT+12, Baker and Howland Islands). */
const LATEST_OFFSET = -12 * HOUR;

const startOf = (day: number, offset: number) => new Date(day * MS_PER_DAY - offset);
const lastRenewalDayNumber = dayNumber(LAST_RENEWAL_DAY);

/**
 * End of {@link LAST_RENEWAL_DAY} at UTC−12, 2025-01-22 12:00 UTC: from here Partner
 * Center accepts no Action Pack purchase or renewal in any zone.
 */
export const retiredEverywhereFrom = (): Date => startOf(lastRenewalDayNumber + 1, LATEST_OFFSET);

/** The renewal window of one expiration date: its calendar days and the instants that bound its uncertain edges. */
export interface RenewalWindow {
  /** First day of the window (inclusive): the day after expiry. */
  readonly opensOn: string;
  /** Last day of the window (inclusive): day 30. */
  readonly closesOn: string;
  /** Start of `opensOn` at UTC−12, `opensOn` 12:00 UTC: from here the window has opened in every zone. */
  readonly surelyOpenFrom: Date;
  /** End of `closesOn` at UTC+14, `closesOn` 10:00 UTC (exclusive): until here it has closed in no zone. */
  readonly surelyOpenUntil: Date;
  /** Start of `opensOn` at UTC+14, the expiration day 10:00 UTC: before this it is open in no zone. */
  readonly possiblyOpenFrom: Date;
  /** End of `closesOn` at UTC−12, the day after `closesOn` 12:00 UTC (exclusive): from here it is closed in every zone. */
  readonly possiblyOpenUntil: Date;
}

/** What {@link renewalStatus} needs to know. */
export interface RenewalStatusInput {
  /** Expiration date as Partner Center shows it, `YYYY-MM-DD` between 2000-01-01 and 2100-12-31. */
  expiresOn: string;
  /** The moment to judge, normally `new Date()`. */
  now: Date;
  /** The reader's IANA time zone: their device's, or the one they chose. Decides what "today" is. */
  timeZone: string;
  /** Whether automatic renewal is on; anything but `true` counts as off. */
  autoRenew?: boolean;
}

/**
 * Where a subscription stands on the reader's calendar day, with the one date
 * and count a reader needs next.
 */
export type RenewalStatus =
  /** Automatic renewal is on and the expiration date has not passed: nothing to do. */
  | { state: 'auto-renews' }
  /** Not expired yet: renewing is not possible until `opensOn` (`daysUntilOpen` is 1 on the expiration day). */
  | { state: 'too-early'; opensOn: string; daysUntilOpen: number }
  /**
   * Inside the window by the reader's calendar: renew by `closesOn` (`daysLeft` is
   * 30 on the first day, 1 on the last). `sure` is false near the edges, while
   * Partner Center may not show the window yet or any more.
   */
  | { state: 'open'; closesOn: string; daysLeft: number; sure: boolean }
  /**
   * Past the window by the reader's calendar (`daysSinceClose` is 1 the day after
   * `closedOn`). `mayStillBeOpenUntil` is the instant Partner Center stops
   * accepting renewal in every zone, while that is still ahead; otherwise null.
   */
  | { state: 'lapsed'; closedOn: string; daysSinceClose: number; mayStillBeOpenUntil: Date | null }
  /**
   * Action Pack can no longer be renewed: its window would open after
   * `lastRenewalDay`, or `lastRenewalDay` has ended in every zone.
   * `lastDayPassed` says whether that day is over on the reader's calendar,
   * `expired` whether the expiration date is, and `renewableAutomatically`
   * whether automatic renewal was on and would have fallen on or before the
   * last day (on the expiration date at the latest), so the subscription may
   * have renewed once more by itself.
   */
  | { state: 'retired'; lastRenewalDay: string; lastDayPassed: boolean; expired: boolean; renewableAutomatically: boolean };

/**
 * The renewal window for an expiration date: the calendar days from the day
 * after expiry through the 30th day after it, both inclusive (expires 2025-06-22
 * → 2025-06-23 … 2025-07-22; expires 2025-10-15 → … 2025-11-14), and the
 * instants that bound its uncertain edges (see {@link RenewalWindow}).
 * The days returned may lie in 2101 (expires 2100-12-31 → closes 2101-01-30).
 * @param expiresOn - `YYYY-MM-DD` between 2000-01-01 and 2100-12-31.
 * @throws {RulesError} `invalid-date` or `out-of-range` for `expiresOn`.
 */
export function renewalWindow(expiresOn: string): RenewalWindow {
  const opens = dayNumber(expiresOn) + 1;
  return windowOf(opens, opens + RENEWAL_WINDOW_DAYS - 1);
}

/** The window from day `opens` through day `closes` (day numbers), with its uncertain edges. */
function windowOf(opens: number, closes: number): RenewalWindow {
  return {
    opensOn: dayString(opens),
    closesOn: dayString(closes),
    surelyOpenFrom: startOf(opens, LATEST_OFFSET),
    surelyOpenUntil: startOf(closes + 1, EARLIEST_OFFSET),
    possiblyOpenFrom: startOf(opens, EARLIEST_OFFSET),
    possiblyOpenUntil: startOf(closes + 1, LATEST_OFFSET),
  };
}

/** The window in which Partner Center actually accepted a renewal; see {@link renewableWindow}. */
export interface RenewableWindow extends RenewalWindow {
  /** Whether {@link LAST_RENEWAL_DAY} ends it before its documented 30th day. */
  readonly cutShort: boolean;
  /** Its length in calendar days, both ends included: {@link RENEWAL_WINDOW_DAYS} unless cut short. */
  readonly days: number;
}

/**
 * The renewal window as Partner Center could still honour it: the documented
 * window ({@link renewalWindow}) with its last day cut to {@link LAST_RENEWAL_DAY}
 * when the documented one is later, and its closing edges moved with it; null
 * when the documented window would open after that day, so the subscription
 * could never be renewed (expires 2025-01-10 → 2025-01-11 … 2025-01-21, cut
 * short; expires 2025-01-21 → null).
 * @throws {RulesError} `invalid-date` or `out-of-range` for `expiresOn`.
 */
export function renewableWindow(expiresOn: string): RenewableWindow | null {
  const opens = dayNumber(expiresOn) + 1;
  if (opens > lastRenewalDayNumber) return null;
  const documentedClose = opens + RENEWAL_WINDOW_DAYS - 1;
  const closes = Math.min(documentedClose, lastRenewalDayNumber);
  return { ...windowOf(opens, closes), cutShort: closes < documentedClose, days: closes - opens + 1 };
}

/**
 * Whether a window is a single day: the window of an expiry the day before
 * {@link LAST_RENEWAL_DAY}, cut to that day. Its sentences name its only day,
 * never "from January 21, 2025, through January 21, 2025", and it has no span
 * open in every time zone ({@link hasSurelyOpenSpan}). Microsoft's pages
 * disagree on that expiry ({@link sourcesDifferOn}), so its headline names the
 * page it follows.
 */
export const isOneDay = (window: { readonly days: number }): boolean => window.days === 1;

/**
 * Whether the window is open in every time zone at some moment. A window of
 * one calendar day is not: in UTC+14 that day ends (10:00 UTC) before it has
 * begun in UTC−12 (12:00 UTC), so its surely-open span is empty and no hour of
 * it is certain (expires 2025-01-20 → open on 2025-01-21 only).
 */
export function hasSurelyOpenSpan(window: RenewalWindow): boolean {
  return window.surelyOpenFrom.getTime() < window.surelyOpenUntil.getTime();
}

/**
 * Whether Microsoft's pages disagree about this expiration date. The seeds and
 * the benefits FAQ open the window the day after expiry; "Renew membership
 * offers" says it "opens on the anniversary date" and that a subscription can
 * be renewed "only if your anniversary date is on or before 21 January 2025".
 * That differs by one day exactly for expiries on 20 and 21 January 2025: on
 * the 20th (is the expiration day itself a renewal day?) and on the 21st (could
 * it be renewed at all?). The rules follow the seeds; a reader should be told.
 * @throws {RulesError} `invalid-date` or `out-of-range` for `expiresOn`.
 */
export function sourcesDifferOn(expiresOn: string): boolean {
  const expires = dayNumber(expiresOn);
  return expires === lastRenewalDayNumber || expires === lastRenewalDayNumber - 1;
}

/**
 * Where a subscription stands at `now`, judged on the reader's calendar day
 * ({@link calendarDayIn} in `timeZone`), in this order:
 * - `retired` when the documented window would open after
 *   {@link LAST_RENEWAL_DAY} (neither the partner nor automatic renewal could
 *   renew it), or when `now` is at or after {@link retiredEverywhereFrom};
 * - automatic renewal on and today on or before the expiration date →
 *   `auto-renews` (Partner Center: no action needed; the renewal falls on or
 *   before the expiration date, so on or before the last day);
 * - otherwise, on or before the expiration date → `too-early`, because renewal
 *   is possible only after the subscription expires;
 * - on a day of the {@link renewableWindow} (cut at the last day) → `open`,
 *   `sure` while `now` lies in [`surelyOpenFrom`, `surelyOpenUntil`);
 * - after it → `lapsed`, with `mayStillBeOpenUntil` set while `now` is before
 *   `possiblyOpenUntil`.
 * After expiry the automatic-renewal flag no longer decides anything: an
 * expired subscription did not renew, so the reader is shown the manual window.
 * @throws {RulesError} `invalid-date` / `out-of-range` for `expiresOn`;
 * `invalid-date` for an invalid `now`; `invalid-time-zone` for a `timeZone` that
 * is not an IANA zone. Input is checked before the date decides anything.
 */
export function renewalStatus(input: RenewalStatusInput): RenewalStatus {
  // `Object(input)` lets a missing input report "invalid-date" instead of a TypeError.
  const { expiresOn, now, timeZone, autoRenew } = Object(input) as Partial<RenewalStatusInput>;
  const window = renewableWindow(expiresOn as string);
  const time = timeOf(now);
  const today = calendarDayIn(now as Date, timeZone as string);
  const expires = dayNumber(expiresOn);
  const todayNumber = expires + daysBetween(expiresOn as string, today);
  if (window === null || time >= retiredEverywhereFrom().getTime()) {
    return {
      state: 'retired',
      lastRenewalDay: LAST_RENEWAL_DAY,
      lastDayPassed: todayNumber > lastRenewalDayNumber,
      expired: todayNumber > expires,
      renewableAutomatically: autoRenew === true && expires <= lastRenewalDayNumber,
    };
  }
  const closes = dayNumber(window.closesOn);
  if (todayNumber <= expires) {
    return autoRenew === true ? { state: 'auto-renews' } : { state: 'too-early', opensOn: window.opensOn, daysUntilOpen: expires + 1 - todayNumber };
  }
  if (todayNumber <= closes) {
    const sure = time >= window.surelyOpenFrom.getTime() && time < window.surelyOpenUntil.getTime();
    return { state: 'open', closesOn: window.closesOn, daysLeft: closes - todayNumber + 1, sure };
  }
  const until = window.possiblyOpenUntil;
  return { state: 'lapsed', closedOn: window.closesOn, daysSinceClose: todayNumber - closes, mayStillBeOpenUntil: time < until.getTime() ? until : null };
}

/**
 * Whether a `retired` status is one that automatic renewal may still renew: a
 * subscription expiring on {@link LAST_RENEWAL_DAY} itself, automatic renewal
 * on, before that day has ended on the reader's calendar. Its documented window
 * would open after the last day, so the partner can't renew it by hand, but
 * automatic renewal falls on the expiration date, which is the last day.
 */
export function autoRenewsOnLastDay(status: RenewalStatus): boolean {
  return status.state === 'retired' && status.renewableAutomatically && !status.lastDayPassed;
}

/**
 * What a reader needs to know about the uncertain edges of the window at `now`,
 * beyond the calendar-day answer of {@link renewalStatus}. Each names the
 * instant to show in the reader's clock time, and whether that instant falls on
 * the reader's today (if not, its date must be shown too).
 */
export type RenewalEdge =
  /** Open by the reader's calendar, but Partner Center may not show it yet: surely from `at`. */
  | { kind: 'opens-later'; at: Date; atToday: boolean }
  /** Open and sure, but only until `at`, which is later today: `lastDay` when today is `closesOn`. */
  | { kind: 'sure-until'; at: Date; lastDay: boolean }
  /** Open by the reader's calendar, but the window may already have closed in Partner Center's zone. */
  | { kind: 'may-have-closed'; lastDay: boolean }
  /** Open by the reader's calendar on the window's only day, which no hour of is certain ({@link hasSurelyOpenSpan}): Partner Center may accept renewal from `from` until `until`. */
  | { kind: 'no-sure-time'; from: Date; until: Date }
  /** Closed by the reader's calendar, but Partner Center may still accept renewal until `until`. */
  | { kind: 'may-still-accept'; until: Date; untilToday: boolean; closedYesterday: boolean };

/**
 * The edge notice for a reader at `now`, or null when the calendar-day answer
 * says all there is (mid-window, too early, long lapsed, automatic renewal on,
 * retired). The edges are those of the {@link renewableWindow}.
 * @throws {RulesError} as {@link renewalStatus}.
 */
export function renewalEdge(input: RenewalStatusInput): RenewalEdge | null {
  const status = renewalStatus(input);
  const { expiresOn, now, timeZone } = input;
  const window = renewableWindow(expiresOn);
  if (window === null) return null;
  const today = calendarDayIn(now, timeZone);
  const isToday = (instant: Date) => calendarDayIn(instant, timeZone) === today;
  if (status.state === 'open') {
    const lastDay = status.daysLeft === 1;
    if (!hasSurelyOpenSpan(window)) return { kind: 'no-sure-time', from: window.possiblyOpenFrom, until: window.possiblyOpenUntil };
    if (now.getTime() < window.surelyOpenFrom.getTime()) return { kind: 'opens-later', at: window.surelyOpenFrom, atToday: isToday(window.surelyOpenFrom) };
    if (!status.sure) return { kind: 'may-have-closed', lastDay };
    return isToday(window.surelyOpenUntil) ? { kind: 'sure-until', at: window.surelyOpenUntil, lastDay } : null;
  }
  if (status.state === 'lapsed' && status.mayStillBeOpenUntil) {
    const until = status.mayStillBeOpenUntil;
    return { kind: 'may-still-accept', until, untilToday: isToday(until), closedYesterday: status.daysSinceClose === 1 };
  }
  return null;
}

/**
 * The date a subscription bought or renewed on `renewedOn` renews automatically
 * next: the same date a year later, because Partner Center renews it each year on
 * the date it was bought or renewed. 29 February falls on 28 February, as the
 * next year has no 29th. The result may lie in 2101.
 * @param renewedOn - `YYYY-MM-DD` between 2000-01-01 and 2100-12-31.
 * @throws {RulesError} `invalid-date` or `out-of-range` for `renewedOn`.
 */
export function nextRenewalOn(renewedOn: string): string {
  const date = new Date(dayNumber(renewedOn) * MS_PER_DAY);
  const month = date.getUTCMonth();
  const day = month === 1 && date.getUTCDate() === 29 ? 28 : date.getUTCDate();
  return dayString(Date.UTC(date.getUTCFullYear() + 1, month, day) / MS_PER_DAY);
}

/**
 * What follows a renewal made on `renewedOn`: the next anniversary
 * ({@link nextRenewalOn}), and whether automatic renewal can still renew the
 * subscription then, which it can only on or before {@link LAST_RENEWAL_DAY}.
 * A sentence built on this never promises a renewal after that day.
 * @throws {RulesError} `invalid-date` or `out-of-range` for `renewedOn`.
 */
export function afterRenewalOn(renewedOn: string): { anniversary: string; renewsAutomatically: boolean } {
  const anniversary = nextRenewalOn(renewedOn);
  return { anniversary, renewsAutomatically: daysBetween(anniversary, LAST_RENEWAL_DAY) >= 0 };
}
