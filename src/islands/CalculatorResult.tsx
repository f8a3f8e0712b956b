import type { ComponentChildren } from 'preact';
import { calendarDayIn, hasSurelyOpenSpan, isOneDay, renewableWindow, renewalStatus, type RenewalStatusInput } from '../rules/renewal.ts';
import { formatCalendarDate, formatDayAndTime } from '../i18n/format-date.ts';
import { nextRenewalSentence, renewalAnswer } from './renewal-answer.ts';
import { RenewalTimeline } from './RenewalTimeline.tsx';
import { richText } from './rich-text.tsx';
import type { Messages, Translate } from './translate.ts';

// The page's shared strings are read by the code that loads on first use, so the first load carries none of it.
export { pageCalculatorStrings, pageStringsReady } from './page-strings.ts';

interface Props {
  input: RenewalStatusInput;
  lng: string;
  /** The calculator's strings, with the labels they name under `labels`. */
  messages: Messages;
  t: Translate;
  onAddToCalendar: () => void;
  /** The calculator's own buttons, shown after the calendar button in one row. */
  actions: ComponentChildren;
  /** Microsoft Learn's page on the offers Microsoft recommends instead of Action Pack, in the reader's language. */
  recommendationUrl: string;
}

/**
 * The calculator's answer for a valid expiration date and zone. Loaded only
 * once the reader has given a date, so reading the article costs none of it.
 */

/**
 * The calendar-day headline and, near an edge of the window, the edge notice,
 * for the calculator's live region; for a subscription that can no longer be
 * renewed, the whole answer, with the link to what Microsoft recommends instead.
 */
export function Answer({ input, lng, messages, t, recommendationUrl }: Pick<Props, 'input' | 'lng' | 'messages' | 't' | 'recommendationUrl'>) {
  const labels = messages.labels as Record<string, string>;
  const state = renewalStatus(input).state;
  // A retired answer is one statement in several sentences, not a headline with warnings under it.
  const followUp = state === 'retired' ? 'calculator__detail' : 'calculator__edge';
  return (
    <>
      {renewalAnswer(messages, lng, input).map((sentence, index) => (
        <p key={index} class={index === 0 ? 'calculator__status' : followUp} data-state={index === 0 ? state : undefined}>
          {richText(sentence.template, labels, sentence.values)}
        </p>
      ))}
      {state === 'retired' && (
        <p class={followUp}>
          <a href={recommendationUrl} hreflang={lng}>
            {t('retired.learnMore')}
          </a>
        </p>
      )}
    </>
  );
}

/**
 * The window's days and its sure and possible clock times, the next automatic
 * renewal, the timeline and the calendar file button; none of it for a
 * subscription that can no longer be renewed, which has no window to show.
 */
export function Details({ input, lng, messages, t, onAddToCalendar, actions }: Omit<Props, 'recommendationUrl'>) {
  const labels = messages.labels as Record<string, string>;
  const status = renewalStatus(input);
  const window = renewableWindow(input.expiresOn);
  if (status.state === 'retired' || window === null) return <div class="calculator__actions">{actions}</div>;
  const when = (instant: Date) => formatDayAndTime(instant, lng, input.timeZone);
  const span = (from: Date, until: Date) => t('window.span', { from: when(from), until: when(until) });
  const next = status.state === 'open' ? nextRenewalSentence(messages, lng, input.now, input.timeZone) : undefined;
  return (
    <>
      <dl class="calculator__facts">
        <dt>{t('window.days')}</dt>
        <dd>{t(isOneDay(window) ? 'window.rangeOneDay' : 'window.range', { days: t('days', { count: window.days }), first: formatCalendarDate(window.opensOn, lng), last: formatCalendarDate(window.closesOn, lng) })}</dd>
        <dt>{t('window.sure')}</dt>
        <dd>{hasSurelyOpenSpan(window) ? span(window.surelyOpenFrom, window.surelyOpenUntil) : t('window.sureNever')}</dd>
        <dt>{t('window.possible')}</dt>
        <dd>{span(window.possiblyOpenFrom, window.possiblyOpenUntil)}</dd>
        {next && (
          <>
            <dt>{t('nextRenewal.label')}</dt>
            <dd>{richText(next.template, labels, next.values)}</dd>
          </>
        )}
      </dl>
      <RenewalTimeline t={t} lng={lng} expiresOn={input.expiresOn} window={window} now={input.now} today={calendarDayIn(input.now, input.timeZone)} timeZone={input.timeZone} />
      <p class="calculator__uncertainty">{t('uncertainty')}</p>
      <div class="calculator__actions">
        {(status.state === 'too-early' || status.state === 'open') && (
          <button type="button" onClick={onAddToCalendar}>
            {t('calendar.add')}
          </button>
        )}
        {actions}
      </div>
    </>
  );
}
