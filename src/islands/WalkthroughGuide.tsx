import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  answerChoices,
  answerKeys,
  flowsDocumentedBeforeRetirement,
  flowsFromEarlierVersion,
  resolveWalkthrough,
  saleBranch,
  sharedAnswers,
  walkthroughPath,
  type AnswerKey,
  type Answers,
  type FlowId,
  type WalkthroughNode,
} from '../rules/walkthrough.ts';
import { isValidTimeZone } from '../rules/time-zone.ts';
import { formatCalendarDate, formatMonthYear } from '../i18n/format-date.ts';
import { afterRenewalOn, calendarDayIn } from '../rules/renewal.ts';
import { deviceTimeZone } from '../i18n/device-zone.ts';
import { embedSentences, namesIn, nextRenewalSentence, renewalAnswer, retirementValues, type Sentence } from './renewal-answer.ts';
import { plainText, richText } from './rich-text.tsx';
import { createTranslate, messageAt, sentenceGap, type Messages, type Translate } from './translate.ts';
import { copyText, linkTo, writeQuery } from './url-state.ts';
import { pageCalculatorStrings } from './page-strings.ts';

export { pageStringsReady } from './page-strings.ts';

interface Props {
  lng: string;
  /** The walkthrough island's strings (see Walkthrough.tsx). */
  messages: Messages;
  t: Translate;
  articleHref: string;
  recommendationUrl: string;
  documentedIn: string;
  /** Where to begin: a flow the reader just chose (focus moves to it), or the values of a link. */
  begin: { flow: FlowId } | { query: Readonly<Record<string, string | null>> };
  /** Back to the choice of flows, with a message for the reader. */
  onExit: (notice?: string) => void;
  onNotice: (notice: string) => void;
}

/**
 * A walkthrough flow: its screens, answers, progress and tools. Loaded when the
 * reader is about to choose a flow or a link names one, so a reader who only
 * reads the article downloads none of it.
 */
export function Guide({ lng, messages, t, articleHref, recommendationUrl, documentedIn, begin, onExit, onNotice }: Props) {
  /** The calculator's sentences from the page, with the offer names the island received. */
  const calculatorMessages = useMemo(() => ({ ...pageCalculatorStrings(), ...(messages.calculator as Messages) }), [messages]);
  const calculatorT = useMemo(() => createTranslate(lng, calculatorMessages), [lng, calculatorMessages]);
  const labels = (messages.labels ?? {}) as Record<string, string>;
  const [initial] = useState(() => {
    const query = 'query' in begin ? begin.query : {};
    const zone = query.tz && isValidTimeZone(query.tz.trim()) ? query.tz.trim() : deviceTimeZone();
    const state = 'query' in begin ? resolveWalkthrough(begin.query, new Date(), zone) : { flow: begin.flow, answers: {}, position: 0, corrections: [] };
    return { zone, ...state };
  });
  /** The calculator's zone when a link names one, else the device's: "today" is the reader's calendar day. */
  const zone = initial.zone;
  const flow = initial.flow as FlowId;
  const [answers, setAnswers] = useState<Answers>(initial.answers);
  const [position, setPosition] = useState(initial.position);
  const [draft, setDraft] = useState('');
  /** Steps the clipboard refused, offered selected in a field to copy by hand; `attempt` renews the field, so each refusal selects it again. */
  const [uncopied, setUncopied] = useState<{ text: string; attempt: number } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef('flow' in begin);
  const now = useMemo(() => new Date(), [answers]);

  useEffect(() => {
    if (initial.corrections.length > 0) onNotice(t('corrected'));
  }, []);

  const path = walkthroughPath(flow, answers, now, zone);
  const earlierVersion = flowsFromEarlierVersion[flow];
  /** When Microsoft documented this flow's steps, said on each of its screens: the article's month, or the earlier version's that alone has them. */
  const documentedLine = earlierVersion
    ? t('documentedInEarlierVersion', { date: formatMonthYear(earlierVersion, lng), later: documentedIn })
    : flowsDocumentedBeforeRetirement.includes(flow)
      ? t('documentedBeforeRetirement', { date: documentedIn })
      : null;
  const node: WalkthroughNode | undefined = path[position];

  useEffect(() => {
    const query: Record<string, string | null> = { guide: flow, step: node && position > 0 ? node.id : null };
    for (const key of answerKeys) {
      if (answers[key] !== undefined || !sharedAnswers.includes(key)) query[key] = answers[key] ?? null;
    }
    writeQuery(query);
    if (moved.current) heading.current?.focus();
    moved.current = false;
    setDraft(node?.kind === 'question' ? (answers[node.answer] ?? '') : '');
  }, [answers, position]);

  const go = (next: number) => {
    moved.current = true;
    onNotice('');
    setUncopied(null);
    setPosition(next);
  };
  const answer = (key: AnswerKey, value: string) => {
    const next = { ...answers, [key]: value };
    // Answers that only made sense on the old branch (e.g. payment after a new date) are dropped with it.
    const kept = new Set(walkthroughPath(flow, next, now, zone).flatMap((item) => (item.kind === 'question' ? [item.answer] : [])));
    const pruned = Object.fromEntries(Object.entries(next).filter(([name]) => kept.has(name as AnswerKey))) as Answers;
    setAnswers(pruned);
    go(position + 1);
  };

  /** A screen's text, with the calculator's renewal sentences where the screen states them. */
  const sentenceOf = (item: WalkthroughNode): Sentence => {
    const textKey = item.kind === 'question' ? 'question' : item.retiredText && saleBranch(now) === 'retired' ? 'textRetired' : 'text';
    const template = messageAt(messages, `nodes.${item.id}.${textKey}`);
    if (item.kind === 'question' || !item.facts) return { template, values: {} };
    if (item.facts === 'next-renewal') {
      // Once automatic renewal can't renew the subscription again, the screen's own lines about turning it off no longer apply: `textLast` leaves them out.
      const last = !afterRenewalOn(calendarDayIn(now, zone)).renewsAutomatically;
      return embedSentences(last ? messageAt(messages, `nodes.${item.id}.textLast`) : template, 'nextRenewal', [nextRenewalSentence(calculatorMessages, lng, now, zone)]);
    }
    if (item.facts === 'retirement') return { template, values: retirementValues(namesIn(calculatorMessages), lng) };
    const expiresOn = answers.expires;
    const sentences = expiresOn && answers.auto ? renewalAnswer(calculatorMessages, lng, { expiresOn, now, timeZone: zone, autoRenew: answers.auto === 'on' }) : [];
    return embedSentences(template, 'status', sentences);
  };
  const text = (item: WalkthroughNode) => {
    const { template, values } = sentenceOf(item);
    return richText(template, labels, values);
  };
  const plain = (item: WalkthroughNode) => {
    const { template, values } = sentenceOf(item);
    return plainText(template, labels, values, messageAt(messages, 'plainTextLabel'));
  };
  const articleLink = (anchor: string) => (anchor ? `${articleHref}#${anchor}` : articleHref);

  async function copyPathAsText() {
    const content = pathAsText();
    const copied = await copyText(content);
    setUncopied(copied ? null : { text: content, attempt: (uncopied?.attempt ?? 0) + 1 });
    onNotice(t(copied ? 'copiedText' : 'copyTextFailed'));
  }

  const pathAsText = () =>
    [
      t(`flows.${flow}`),
      ...(documentedLine ? [documentedLine] : []),
      ...path
        .filter((item) => item.kind !== 'question')
        .map((item, index) => `${index + 1}. ${plain(item)}\n   ${new URL(articleLink(item.anchor), location.href).href}`),
    ].join('\n');

  if (!node) return null;
  return (
    <div class="guide__screen">
      <h3 ref={heading} tabIndex={-1} class="guide__heading">
        <span class="guide__flow">{t(`flows.${flow}`)}</span>
        <span class="guide__progress">{t('progress', { current: position + 1, total: path.length })}</span>
      </h3>
      {documentedLine && <p class="guide__documented">{documentedLine}</p>}
      {node.kind === 'question' ? (
        <form
          class="guide__question"
          onSubmit={(event) => {
            event.preventDefault();
            if (draft) answer(node.answer, draft);
          }}
        >
          {node.answer === 'expires' ? (
            <>
              <label for="guide-expires">{text(node)}</label>
              <input id="guide-expires" type="date" min="2000-01-01" max="2100-12-31" required value={draft} onInput={(event) => setDraft(event.currentTarget.value)} />
            </>
          ) : (
            <fieldset>
              <legend>{text(node)}</legend>
              {answerChoices[node.answer as Exclude<AnswerKey, 'expires'>].map((value) => (
                <label key={value} class="guide__option">
                  <input type="radio" name={`guide-${node.answer}`} value={value} checked={draft === value} onChange={() => setDraft(value)} />
                  {t(`nodes.${node.id}.options.${value}`)}
                </label>
              ))}
            </fieldset>
          )}
          <button type="submit" class="guide__primary" disabled={!draft}>
            {t('next')}
          </button>
        </form>
      ) : (
        <div class={`guide__text guide__text--${node.kind === 'step' && node.warning ? 'warning' : node.kind === 'outcome' ? node.tone : 'step'}`} role={node.kind === 'step' && node.warning ? 'note' : undefined}>
          <p>{text(node)}</p>
          {node.kind === 'outcome' && node.recommendation && (
            <p>
              <a href={recommendationUrl} hreflang={lng}>
                {calculatorT('retired.learnMore')}
              </a>
            </p>
          )}
        </div>
      )}
      {node.id === 'renew-too-early' && answers.expires && (
        <p>
          <button
            type="button"
            onClick={async () => {
              // The calendar file is built only when asked for, so its code is not part of the page's first load.
              const { downloadRenewalCalendar } = await import('./renewal-calendar.ts');
              downloadRenewalCalendar({ expiresOn: answers.expires!, timeZone: zone, lng, t: calculatorT, pageUrl: linkTo('guide') });
              onNotice(t('calendarDownloaded'));
            }}
          >
            {t('addToCalendar')}
          </button>
        </p>
      )}
      <p>
        <a href={articleLink(node.anchor)}>{t('readInArticle')}</a>
      </p>
      <div class="guide__nav">
        <button type="button" onClick={() => (position > 0 ? go(position - 1) : onExit())}>
          {t('back')}
        </button>
        {node.kind !== 'question' && position < path.length - 1 && (
          <button type="button" class="guide__primary" onClick={() => go(position + 1)}>
            {t('next')}
          </button>
        )}
        <button type="button" onClick={() => onExit()}>
          {t('restart')}
        </button>
      </div>
      {path.some((item) => item.kind === 'question' && answers[item.answer] !== undefined) && (
        <details class="guide__answers">
          <summary>{t('yourAnswers')}</summary>
          <ul>
            {path.map((item, index) =>
              item.kind === 'question' && answers[item.answer] !== undefined ? (
                <li key={item.id}>
                  {plain(item)}
                  {sentenceGap(plain(item))}
                  <strong>{item.answer === 'expires' ? formatCalendarDate(answers.expires!, lng) : t(`nodes.${item.id}.options.${answers[item.answer]}`)}</strong>{' '}
                  <button type="button" class="guide__change" onClick={() => go(index)}>
                    {t('change')}
                  </button>
                </li>
              ) : null,
            )}
          </ul>
        </details>
      )}
      <div class="guide__tools">
        {/* The page's copy-link menu (src/scripts/copy-link-menu.ts) copies this page's address, whose query holds the flow, step and answers. */}
        <button type="button" data-copy-link="guide" aria-haspopup="menu" aria-controls="copy-link-menu" aria-expanded="false">
          {t('copyLink')}
        </button>
        <button type="button" onClick={copyPathAsText}>
          {t('copyText')}
        </button>
      </div>
      {uncopied && <textarea key={uncopied.attempt} class="guide__uncopied" readOnly aria-label={t('stepsToCopy')} value={uncopied.text} ref={selectAll} rows={8} />}
    </div>
  );
}

/** Focuses a field and selects its text, so one key press copies it. */
function selectAll(field: HTMLTextAreaElement | null): void {
  field?.focus();
  field?.select();
}
