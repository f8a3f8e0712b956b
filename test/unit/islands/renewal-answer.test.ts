import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatDayAndTime } from '../../../src/i18n/format-date.ts';
import { islandMessages } from '../../../src/i18n/island-messages.ts';
import { locales } from '../../../src/i18n/locales.ts';
import { renewalAnswer, renewalAnswerLabels, renewalAnswerNames } from '../../../src/islands/renewal-answer.ts';
import { messageAt } from '../../../src/islands/translate.ts';
import { isOneDay, renewableWindow, sourcesDifferOn } from '../../../src/rules/renewal.ts';

const autumn2024 = new Date('2024-10-01T07:10:00Z');
const answer = (lng: string, expiresOn: string, autoRenew = false, now = autumn2024) => {
  const messages = islandMessages(lng as never, 'calculator', renewalAnswerLabels, renewalAnswerNames);
  return { messages, sentences: renewalAnswer(messages, lng, { expiresOn, now, timeZone: 'Europe/Berlin', autoRenew }) };
};

describe('isOneDay', () => {
  it('is false for a window of two days or more', () => {
    expect(isOneDay(renewableWindow('2025-01-19')!)).toBe(false);
    expect(isOneDay(renewableWindow('2024-06-01')!)).toBe(false);
  });

  it('is true for the window cut to January 21, 2025 alone, an expiry Microsoft’s pages disagree on', () => {
    const window = renewableWindow('2025-01-20')!;
    expect(window).toMatchObject({ opensOn: '2025-01-21', closesOn: '2025-01-21', days: 1 });
    expect(isOneDay(window)).toBe(true);
    expect(sourcesDifferOn('2025-01-20')).toBe(true);
  });
});

describe.each(locales.map((locale) => locale.code))('renewalAnswer in %s', (lng) => {
  const lastDay = formatCalendarDate('2025-01-21', lng);

  it('names the only day of a one-day window once, citing Partner Center’s instructions, above the sources-differ notice', () => {
    const { messages, sentences } = answer(lng, '2025-01-20');
    expect(sentences.map((sentence) => sentence.template)).toEqual([
      messageAt(messages, 'status.tooEarlyOneDay'),
      messageAt(messages, 'edge.cutShort'),
      messageAt(messages, 'sourcesDiffer'),
    ]);
    expect(sentences[0]!.values.first).toBe(lastDay);
  });

  it('on the only day of a one-day window, promises no hour: the notice gives the whole span Partner Center may accept', () => {
    const { messages, sentences } = answer(lng, '2025-01-20', false, new Date('2025-01-21T09:00:00Z'));
    expect(sentences.map((sentence) => sentence.template)).toEqual([
      messageAt(messages, 'status.open'),
      messageAt(messages, 'edge.cutShort'),
      messageAt(messages, 'edge.noSureTime'),
      messageAt(messages, 'sourcesDiffer'),
    ]);
    expect(sentences[2]!.values).toMatchObject({ from: formatDayAndTime(new Date('2025-01-20T10:00:00Z'), lng, 'Europe/Berlin'), until: formatDayAndTime(new Date('2025-01-22T12:00:00Z'), lng, 'Europe/Berlin') });
  });

  it('says by which page a January 21, 2025 expiry can’t be renewed, as the notice under it explains', () => {
    const { messages, sentences } = answer(lng, '2025-01-21');
    expect(sentences.map((sentence) => sentence.template)).toEqual([
      messageAt(messages, 'retired.windowAfterLastDaySourcesDiffer'),
      messageAt(messages, 'retired.benefitsUntil'),
      messageAt(messages, 'sourcesDiffer'),
      messageAt(messages, 'retired.recommended'),
    ]);
  });

  it('with automatic renewal on, tells a January 21, 2025 expiry that automatic renewal falls on the last day, and what if it does not; no dead end, no replacement offer', () => {
    for (const now of [autumn2024, new Date('2025-01-21T12:00:00Z')]) {
      const { messages, sentences } = answer(lng, '2025-01-21', true, now);
      expect(sentences.map((sentence) => sentence.template)).toEqual([messageAt(messages, 'status.autoRenews'), messageAt(messages, 'retired.ifAutoRenewalFails'), messageAt(messages, 'sourcesDiffer')]);
      expect(sentences[1]!.values.lastDay).toBe(lastDay);
    }
  });

  it('after the last day, says a January 21, 2025 expiry with automatic renewal on may have renewed', () => {
    const { messages, sentences } = answer(lng, '2025-01-21', true, new Date('2026-12-05T12:00:00Z'));
    expect(sentences.map((sentence) => sentence.template)).toEqual([
      messageAt(messages, 'retired.ended'),
      messageAt(messages, 'retired.mayHaveRenewed'),
      messageAt(messages, 'sourcesDiffer'),
      messageAt(messages, 'retired.recommended'),
    ]);
  });

  it('keeps the plain headline for a later expiry, which every page rules out', () => {
    const { messages, sentences } = answer(lng, '2025-06-22');
    expect(sentences[0]!.template).toBe(messageAt(messages, 'retired.windowAfterLastDay'));
    expect(sentences.map((sentence) => sentence.template)).not.toContain(messageAt(messages, 'sourcesDiffer'));
  });
});
