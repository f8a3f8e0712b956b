/**
 * The renewal answer in words, shared by the calculator and the walkthrough so
 * both say the same thing: the calendar-day headline ("You can renew now: 12
 * days left, through July 22."), the edge notice with clock times in the
 * reader's zone, and the date automatic renewal follows a renewal made today.
 * Sentences are returned as templates plus values, so Partner Center labels in
 * them are filled (bold, or quoted in plain text) where they are shown.
 */
import { renewalEdge, renewalStatus, renewalWindow, renewsAgainOn, type RenewalStatusInput, type RenewalWindow } from '../rules/renewal.ts';
import { formatCalendarDate, formatClockTime, formatDayAndTime, formatDayMonth } from '../i18n/format-date.ts';
import { createTranslate, joinSentences, messageAt, type Messages } from './translate.ts';

/** The Partner Center labels the renewal sentences name; an island that shows them needs these in its messages. */
export const renewalAnswerLabels = ['renewSubscription'] as const;

/** A message and the values of its placeholders (labels excepted). */
export interface Sentence {
  template: string;
  values: Record<string, string>;
}

/**
 * The headline and, near an edge of the window, the edge notice.
 * @param messages - the calculator's strings (`status`, `edge`, `days_*`).
 */
export function renewalAnswer(messages: Messages, lng: string, input: RenewalStatusInput): Sentence[] {
  const t = createTranslate(lng, messages);
  const status = renewalStatus(input);
  const edge = renewalEdge(input);
  const day = (value: string) => formatCalendarDate(value, lng);
  const when = (instant: Date, onToday: boolean) => (onToday ? formatClockTime : formatDayAndTime)(instant, lng, input.timeZone);
  const sentence = (key: string, values: Record<string, string> = {}): Sentence => ({ template: messageAt(messages, key), values });
  const sentences: Sentence[] = [];
  if (status.state === 'auto-renews') sentences.push(sentence('status.autoRenews'));
  if (status.state === 'too-early') sentences.push(sentence('status.tooEarly', { first: day(status.opensOn), last: day(renewalWindow(input.expiresOn).closesOn) }));
  if (status.state === 'open') sentences.push(sentence('status.open', { days: t('days', { count: status.daysLeft }), last: day(status.closesOn) }));
  if (status.state === 'lapsed') sentences.push(sentence('status.lapsed', { last: day(status.closedOn) }));
  if (edge?.kind === 'opens-later') sentences.push(sentence('edge.opensLater', { when: when(edge.at, edge.atToday) }));
  if (edge?.kind === 'sure-until') sentences.push(sentence(edge.lastDay ? 'edge.lastDaySureUntil' : 'edge.sureUntil', { when: when(edge.at, true) }));
  if (edge?.kind === 'may-have-closed') sentences.push(sentence(edge.lastDay ? 'edge.lastDayMayHaveClosed' : 'edge.mayHaveClosed'));
  if (edge?.kind === 'may-still-accept' && status.state === 'lapsed') {
    sentences.push(sentence(edge.closedYesterday ? 'edge.mayStillAcceptYesterday' : 'edge.mayStillAccept', { when: when(edge.until, edge.untilToday), last: day(status.closedOn) }));
  }
  return sentences;
}

/** "Your subscription then renews automatically on July 1 each year, first on July 1, 2026." for a renewal today on the reader's calendar. */
export function nextRenewalSentence(messages: Messages, lng: string, now: Date, timeZone: string): Sentence {
  const first = renewsAgainOn(now, timeZone);
  return { template: messageAt(messages, 'nextRenewal.value'), values: { dayMonth: formatDayMonth(first, lng), date: formatCalendarDate(first, lng) } };
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
