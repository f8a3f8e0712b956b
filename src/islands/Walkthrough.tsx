import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  flowForSection,
  flowIds,
  outcomeFacts,
  resolveWalkthrough,
  walkthroughPath,
  type AnswerKey,
  type Answers,
  type FlowId,
  type WalkthroughNode,
  answerChoices,
  sharedAnswers,
} from '../rules/walkthrough.ts';
import { formatCalendarDate } from '../i18n/format-date.ts';
import { downloadRenewalCalendar } from './renewal-calendar.ts';
import { plainText, richText } from './rich-text.tsx';
import { createTranslate, messageAt, type Messages } from './translate.ts';
import { copyText, linkTo, readQuery, writeQuery } from './url-state.ts';

interface Props {
  lng: string;
  /** The locale's `walkthrough` namespace, every glossary label the flows name, and the calculator's strings (day counts, calendar file). */
  messages: Messages;
  /** The buy/renew article in this language; every step links to its section there. */
  articleHref: string;
}

const answerKeys: readonly AnswerKey[] = ['member', 'role', 'expires', 'auto', 'pay', 'billto'];
const sectionOf = Object.fromEntries(Object.entries(flowForSection).map(([section, flow]) => [flow, section])) as Record<FlowId, string>;

export default function Walkthrough({ lng, messages, articleHref }: Props) {
  const t = useMemo(() => createTranslate(lng, messages), [lng, messages]);
  const calculatorT = useMemo(() => createTranslate(lng, messages.calculator as Messages), [lng, messages]);
  const labels = (messages.labels ?? {}) as Record<string, string>;
  const [ready, setReady] = useState(false);
  const [flow, setFlow] = useState<FlowId | null>(null);
  const [answers, setAnswers] = useState<Answers>({});
  const [position, setPosition] = useState(-1);
  const [notice, setNotice] = useState('');
  const [draft, setDraft] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const now = useMemo(() => new Date(), [flow, answers]);

  useEffect(() => {
    const state = resolveWalkthrough(readQuery(['guide', 'step', ...answerKeys]), new Date());
    setFlow(state.flow);
    setAnswers(state.answers);
    setPosition(state.position);
    if (state.corrections.length > 0) setNotice(t('corrected'));
    setReady(true);
  }, []);

  const path = flow ? walkthroughPath(flow, answers, now) : [];
  const node: WalkthroughNode | undefined = path[position];

  useEffect(() => {
    if (!ready) return;
    const query: Record<string, string | null> = { guide: flow, step: node && position > 0 ? node.id : null };
    for (const key of answerKeys) {
      if (answers[key] !== undefined || !sharedAnswers.includes(key)) query[key] = answers[key] ?? null;
    }
    writeQuery(query);
    if (moved.current) heading.current?.focus();
    moved.current = false;
    setDraft(node?.kind === 'question' ? (answers[node.answer] ?? '') : '');
  }, [ready, flow, answers, position]);

  const go = (next: number) => {
    moved.current = true;
    setNotice('');
    setPosition(next);
  };
  const start = (chosen: FlowId | null) => {
    moved.current = true;
    setNotice('');
    setFlow(chosen);
    setAnswers({});
    setPosition(chosen ? 0 : -1);
  };
  const answer = (key: AnswerKey, value: string) => {
    const next = { ...answers, [key]: value };
    // Answers that only made sense on the old branch (e.g. payment after a new date) are dropped with it.
    const kept = new Set(walkthroughPath(flow!, next, now).flatMap((item) => (item.kind === 'question' ? [item.answer] : [])));
    const pruned = Object.fromEntries(Object.entries(next).filter(([name]) => kept.has(name as AnswerKey))) as Answers;
    setAnswers(pruned);
    go(position + 1);
  };

  const text = (item: WalkthroughNode, plain = false) => {
    const facts = outcomeFacts(item, answers, now);
    const values: Record<string, string> = {};
    if (facts.date) values.date = formatCalendarDate(facts.date, lng);
    if (facts.count !== undefined) values.days = calculatorT('days', { count: facts.count });
    const template = messageAt(messages, `nodes.${item.id}.${item.kind === 'question' ? 'question' : 'text'}`);
    return plain ? plainText(template, labels, values) : richText(template, labels, values);
  };

  async function copy(content: string, done: string) {
    setNotice(t((await copyText(content)) ? done : 'copyFailed'));
  }

  const pathAsText = () =>
    [
      t(`flows.${flow}`),
      ...path
        .filter((item) => item.kind !== 'question')
        .map((item, index) => `${index + 1}. ${text(item, true)}\n   ${new URL(`${articleHref}#${item.anchor}`, location.href).href}`),
    ].join('\n');

  return (
    <section id="guide" class="guide" aria-labelledby="guide-title" data-ready={ready ? '' : undefined} data-pagefind-ignore>
      <h2 id="guide-title" class="guide__title">
        {t('title')}
      </h2>
      <p>{t('intro')}</p>
      <div class="guide__fallback without-script">
        <p>{t('needsJavaScript')}</p>
        <ul>
          {flowIds.map((id) => (
            <li key={id}>
              <a href={`${articleHref}#${sectionOf[id]}`}>{t(`flows.${id}`)}</a>
            </li>
          ))}
        </ul>
      </div>
      {!flow && (
        <div class="guide__choices with-script" role="group" aria-labelledby="guide-choose">
          <h3 id="guide-choose" ref={heading} tabIndex={-1}>
            {t('choose')}
          </h3>
          {flowIds.map((id) => (
            <button key={id} type="button" disabled={!ready} onClick={() => start(id)}>
              {t(`flows.${id}`)}
            </button>
          ))}
        </div>
      )}
      {ready && flow && node && (
        <div class="guide__screen">
          <h3 ref={heading} tabIndex={-1} class="guide__heading">
            <span class="guide__flow">{t(`flows.${flow}`)}</span>
            <span class="guide__progress">{t('progress', { current: position + 1, total: path.length })}</span>
          </h3>
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
            </div>
          )}
          {node.id === 'renew-too-early' && answers.expires && (
            <p>
              <button
                type="button"
                onClick={() => {
                  downloadRenewalCalendar(answers.expires!, lng, calculatorT, linkTo('guide'));
                  setNotice(t('calendarDownloaded'));
                }}
              >
                {t('addToCalendar')}
              </button>
            </p>
          )}
          <p>
            <a href={`${articleHref}#${node.anchor}`}>{t('readInArticle')}</a>
          </p>
          <div class="guide__nav">
            <button type="button" onClick={() => (position > 0 ? go(position - 1) : start(null))}>
              {t('back')}
            </button>
            {node.kind !== 'question' && position < path.length - 1 && (
              <button type="button" class="guide__primary" onClick={() => go(position + 1)}>
                {t('next')}
              </button>
            )}
            <button type="button" onClick={() => start(null)}>
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
                      {text(item, true)}{' '}
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
            <button type="button" onClick={() => copy(linkTo('guide'), 'copied')}>
              {t('copyLink')}
            </button>
            <button type="button" onClick={() => copy(pathAsText(), 'copiedText')}>
              {t('copyText')}
            </button>
          </div>
        </div>
      )}
      <p class="guide__notice" role="status">
        {notice}
      </p>
    </section>
  );
}
