import { daysBetween } from '../rules/renewal.ts';
import { formatCalendarDate } from '../i18n/format-date.ts';
import type { Translate } from './translate.ts';

interface Props {
  t: Translate;
  lng: string;
  expiresOn: string;
  opensOn: string;
  closesOn: string;
  today: string;
}

const WIDTH = 320;
const MARGIN = 12;
/** Days shown either side of the window, so expiry and the days just after closing are visible. */
const PADDING_DAYS = 5;

/**
 * A picture of expiration day, the renewal window and today, with the same facts
 * as a sentence for screen readers (the picture itself is hidden from them).
 */
export function RenewalTimeline({ t, lng, expiresOn, opensOn, closesOn, today }: Props) {
  const span = daysBetween(expiresOn, closesOn) + 2 * PADDING_DAYS;
  /** Days outside the shown range sit at its edge: "today" years away still shows which side it is on. */
  const x = (day: string) => {
    const offset = Math.min(Math.max(daysBetween(expiresOn, day) + PADDING_DAYS, 0), span);
    return MARGIN + (offset / span) * (WIDTH - 2 * MARGIN);
  };
  const position = today < opensOn ? 'before' : today > closesOn ? 'after' : 'inside';
  const description = t(`timeline.${position}`, {
    expires: formatCalendarDate(expiresOn, lng),
    first: formatCalendarDate(opensOn, lng),
    last: formatCalendarDate(closesOn, lng),
    today: formatCalendarDate(today, lng),
  });
  return (
    <figure class="timeline">
      <svg viewBox={`0 0 ${WIDTH} 56`} aria-hidden="true" focusable="false">
        <line x1={MARGIN} x2={WIDTH - MARGIN} y1="28" y2="28" class="timeline__axis" />
        <rect x={x(opensOn)} y="20" width={x(closesOn) - x(opensOn)} height="16" rx="3" class="timeline__window" />
        <circle cx={x(expiresOn)} cy="28" r="5" class="timeline__expiry" />
        <path d={`M${x(today)} 6 v44`} class="timeline__today" />
        <text x={x(expiresOn)} y="52" text-anchor="middle">
          {t('timeline.expiresMark')}
        </text>
        <text x={(x(opensOn) + x(closesOn)) / 2} y="14" text-anchor="middle">
          {t('timeline.windowMark')}
        </text>
      </svg>
      <figcaption>{description}</figcaption>
    </figure>
  );
}
