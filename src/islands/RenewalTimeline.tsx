import { MS_PER_DAY as DAY, dayNumber } from '../rules/calendar-date.ts';
import { hasSurelyOpenSpan, isOneDay, type RenewableWindow } from '../rules/renewal.ts';
import { formatCalendarDate } from '../i18n/format-date.ts';
import { windowValues } from './renewal-answer.ts';
import { joinSentences, type Translate } from './translate.ts';

interface Props {
  t: Translate;
  lng: string;
  expiresOn: string;
  window: RenewableWindow;
  now: Date;
  /** The reader's calendar day. */
  today: string;
  /** The reader's zone, for the clock times in the description. */
  timeZone: string;
}

const WIDTH = 320;
const MARGIN = 12;
/** Days shown either side of the window, so expiry and the days just after closing are visible. */
const PADDING_DAYS = 5;

/**
 * A picture of expiration day, the renewal window and today: the part that is
 * surely open as a solid bar, the uncertain edges (when it may be open,
 * depending on Partner Center's time zone) as lighter bars (a one-day window
 * is all uncertain). The same facts are
 * in the caption, in words, for screen readers (the picture is hidden from them).
 */
export function RenewalTimeline({ t, lng, expiresOn, window, now, today, timeZone }: Props) {
  const start = (dayNumber(expiresOn) - (PADDING_DAYS - 1)) * DAY;
  const end = window.possiblyOpenUntil.getTime() + (PADDING_DAYS - 1) * DAY;
  /** Instants outside the shown range sit at its edge: "today" years away still shows which side it is on. */
  const x = (instant: number) => MARGIN + (Math.min(Math.max(instant - start, 0), end - start) / (end - start)) * (WIDTH - 2 * MARGIN);
  const bar = (from: Date, until: Date, className: string) => (
    <rect x={x(from.getTime())} y="20" width={x(until.getTime()) - x(from.getTime())} height="16" class={className} />
  );
  const expiry = x(start + (PADDING_DAYS - 0.5) * DAY);
  /** A one-day window has no span open in every zone: the whole possible span is drawn as uncertain. */
  const sure = hasSurelyOpenSpan(window);
  const position = today < window.opensOn ? 'before' : today > window.closesOn ? 'after' : 'inside';
  const description = joinSentences([
    t(isOneDay(window) ? 'timeline.windowOneDay' : 'timeline.window', { expires: formatCalendarDate(expiresOn, lng), ...windowValues(window, lng, timeZone) }),
    t(`timeline.${position}`, { today: formatCalendarDate(today, lng) }),
  ]);
  return (
    <figure class="timeline">
      <svg viewBox={`0 0 ${WIDTH} 56`} aria-hidden="true" focusable="false">
        <line x1={MARGIN} x2={WIDTH - MARGIN} y1="28" y2="28" class="timeline__axis" />
        {sure ? (
          <>
            {bar(window.possiblyOpenFrom, window.surelyOpenFrom, 'timeline__maybe')}
            {bar(window.surelyOpenFrom, window.surelyOpenUntil, 'timeline__window')}
            {bar(window.surelyOpenUntil, window.possiblyOpenUntil, 'timeline__maybe')}
          </>
        ) : (
          bar(window.possiblyOpenFrom, window.possiblyOpenUntil, 'timeline__maybe')
        )}
        <circle cx={expiry} cy="28" r="5" class="timeline__expiry" />
        <path d={`M${x(now.getTime())} 6 v44`} class="timeline__today" />
        {/* Read from the expiry mark to the right, into the picture: centred on it, a longer word than "Expires" would run off the left edge. */}
        <text x={expiry - 5} y="52">
          {t('timeline.expiresMark')}
        </text>
        <text x={(x(window.possiblyOpenFrom.getTime()) + x(window.possiblyOpenUntil.getTime())) / 2} y="14" text-anchor="middle">
          {t('timeline.windowMark')}
        </text>
      </svg>
      <figcaption>{description}</figcaption>
    </figure>
  );
}
