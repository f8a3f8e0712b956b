/**
 * The renewal answer in words, shared by the calculator and the walkthrough so
 * both say the same thing: the calendar-day headline ("You can renew now: 12
 * days left, through July 22."), the edge notice with clock times in the
 * reader's zone, and the date automatic renewal follows a renewal made today.
 * Sentences are returned as templates plus values, so Partner Center labels in
 * them are filled (bold, or quoted in plain text) where they are shown.
 */
import {
  LAST_RENEWAL_DAY,
  afterRenewalOn,
  autoRenewsOnLastDay,
  isOneDay,
  calendarDayIn,
  renewableWindow,
  renewalEdge,
  renewalStatus,
  renewalWindow,
  sourcesDifferOn,
  type RenewalStatusInput,
  type RenewalWindow,
} from '../rules/renewal.ts';
import { NO_SALE_FROM } from '../rules/program.ts';
import { formatCalendarDate, formatClockTime, formatDayAndTime } from '../i18n/format-date.ts';
import { createTranslate, joinSentences, messageAt, type Messages } from './translate.ts';

/** The Partner Center labels the renewal sentences name; an island that shows them needs these in its messages. */
export const renewalAnswerLabels = ['renewSubscription', 'membershipOffers'] as const;

/** The offer names the renewal sentences give (as plain text, not as labels); an island that shows them needs these in its messages' `names`. */
export const renewalAnswerNames = ['partnerSuccessCore', 'partnerSuccessExpanded'] as const;

/**
 * The retirement's dates and the recommended offers, as every retirement
 * sentence fills them: in the islands, the notice and the walkthrough.
 * @param names - the offer names ({@link renewalAnswerNames}) in the reader's language.
 */
export function retirementValues(names: Readonly<Record<string, string>>, lng: string): Record<string, string> {
  return {
    lastDay: formatCalendarDate(LAST_RENEWAL_DAY, lng),
    noSaleFrom: formatCalendarDate(NO_SALE_FROM, lng),
    ...Object.fromEntries(renewalAnswerNames.map((name) => [name, names[name] ?? ''])),
  };
}

/** The offer names an island's messages carry (see `islandMessages`). */
export const namesIn = (messages: Messages): Record<string, string> => (messages.names ?? {}) as Record<string, string>;

/** A message and the values of its placeholders (labels excepted). */
export interface Sentence {
  template: string;
  values: Record<string, string>;
}

/**
 * The headline and, near an edge of the window, the edge notice; for a
 * subscription that can no longer be renewed, why, until when its benefits
 * last, and what Microsoft recommends instead.
 * @param messages - the calculator's strings (`status`, `edge`, `retired`, `days_*`) and `names`.
 */
export function renewalAnswer(messages: Messages, lng: string, input: RenewalStatusInput): Sentence[] {
  const t = createTranslate(lng, messages);
  const status = renewalStatus(input);
  const edge = renewalEdge(input);
  const window = renewableWindow(input.expiresOn);
  const day = (value: string) => formatCalendarDate(value, lng);
  const when = (instant: Date, onToday: boolean) => (onToday ? formatClockTime : formatDayAndTime)(instant, lng, input.timeZone);
  const retirement = retirementValues(namesIn(messages), lng);
  const sentence = (key: string, values: Record<string, string> = {}): Sentence => ({ template: messageAt(messages, key), values: { ...retirement, ...values } });
  const sentences: Sentence[] = [];
  if (autoRenewsOnLastDay(status)) {
    // Expiring on the last day itself: automatic renewal falls on that day, so this is no dead end.
    sentences.push(sentence('status.autoRenews'), sentence('retired.ifAutoRenewalFails'));
  } else if (status.state === 'retired') {
    const first = { first: day(renewalWindow(input.expiresOn).opensOn) };
    // When Microsoft's pages disagree on this expiry, the headline says which page rules it out, as the notice below it explains.
    if (status.lastDayPassed) sentences.push(sentence('retired.ended'));
    else sentences.push(sentence(sourcesDifferOn(input.expiresOn) ? 'retired.windowAfterLastDaySourcesDiffer' : 'retired.windowAfterLastDay', first));
    const expires = { expires: day(input.expiresOn) };
    if (!status.expired) sentences.push(sentence('retired.benefitsUntil', expires));
    else sentences.push(sentence(status.renewableAutomatically ? 'retired.mayHaveRenewed' : 'retired.expired', expires));
  }
  if (status.state === 'auto-renews') sentences.push(sentence('status.autoRenews'));
  if (status.state === 'too-early') sentences.push(sentence(isOneDay(window!) ? 'status.tooEarlyOneDay' : 'status.tooEarly', { first: day(status.opensOn), last: day(window!.closesOn) }));
  if (status.state === 'open') sentences.push(sentence('status.open', { days: t('days', { count: status.daysLeft }), last: day(status.closesOn) }));
  if (status.state === 'lapsed') sentences.push(sentence('status.lapsed', { last: day(status.closedOn) }));
  if ((status.state === 'too-early' || status.state === 'open') && window?.cutShort) sentences.push(sentence('edge.cutShort'));
  if (edge?.kind === 'opens-later') sentences.push(sentence('edge.opensLater', { when: when(edge.at, edge.atToday) }));
  if (edge?.kind === 'sure-until') sentences.push(sentence(edge.lastDay ? 'edge.lastDaySureUntil' : 'edge.sureUntil', { when: when(edge.at, true) }));
  if (edge?.kind === 'no-sure-time') sentences.push(sentence('edge.noSureTime', { from: formatDayAndTime(edge.from, lng, input.timeZone), until: formatDayAndTime(edge.until, lng, input.timeZone) }));
  if (edge?.kind === 'may-have-closed') sentences.push(sentence(edge.lastDay ? 'edge.lastDayMayHaveClosed' : 'edge.mayHaveClosed'));
  if (edge?.kind === 'may-still-accept' && status.state === 'lapsed') {
    sentences.push(sentence(edge.closedYesterday ? 'edge.mayStillAcceptYesterday' : 'edge.mayStillAccept', { when: when(edge.until, edge.untilToday), last: day(status.closedOn) }));
  }
  if (sourcesDifferOn(input.expiresOn)) sentences.push(sentence('sourcesDiffer', { expires: day(input.expiresOn) }));
  if (status.state === 'retired' && !autoRenewsOnLastDay(status)) sentences.push(sentence('retired.recommended'));
  return sentences;
}

/**
 * What follows a renewal today on the reader's calendar: "Your subscription
 * then renews automatically on July 1, 2024." while that date is on or before
 * the last renewal day, else that automatic renewal can't renew it then.
 */
export function nextRenewalSentence(messages: Messages, lng: string, now: Date, timeZone: string): Sentence {
  const next = afterRenewalOn(calendarDayIn(now, timeZone));
  return { template: messageAt(messages, next.renewsAutomatically ? 'nextRenewal.value' : 'nextRenewal.last'), values: { ...retirementValues(namesIn(messages), lng), date: formatCalendarDate(next.anniversary, lng) } };
}

/**
 * The window's days and its sure and possible instants in the reader's words
 * and clock, as the timeline's description and the calendar file state them.
 */
export function windowValues(window: RenewalWindow, lng: string, timeZone: string): Record<'first' | 'last' | 'sureFrom' | 'sureUntil' | 'possibleFrom' | 'possibleUntil', string> {
  const when = (instant: Date) => formatDayAndTime(instant, lng, timeZone);
  return {
    first: formatCalendarDate(window.opensOn, lng),
    last: formatCalendarDate(window.closesOn, lng),
    sureFrom: when(window.surelyOpenFrom),
    sureUntil: when(window.surelyOpenUntil),
    possibleFrom: when(window.possiblyOpenFrom),
    possibleUntil: when(window.possiblyOpenUntil),
  };
}

/**
 * Replaces `{{name}}` in `template` by the sentences' templates, joined as the
 * script joins sentences, so one message can embed the shared renewal sentences.
 */
export function embedSentences(template: string, name: string, sentences: readonly Sentence[]): Sentence {
  const values = Object.assign({}, ...sentences.map((sentence) => sentence.values)) as Record<string, string>;
  return { template: template.replace(`{{${name}}}`, () => joinSentences(sentences.map((sentence) => sentence.template))), values };
}
