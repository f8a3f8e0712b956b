import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { answerKeys, flowForSection, flowIds, isFlowId, sharedAnswers, type FlowId } from '../rules/walkthrough-keys.ts';
import { createTranslate, type Messages } from './translate.ts';
import { readQuery, writeQuery } from './url-state.ts';
import type * as WalkthroughGuide from './WalkthroughGuide.tsx';

interface Props {
  lng: string;
  /** The locale's `walkthrough` namespace, every glossary label the flows name, and the offer names (`calculator.names`); the calculator's sentences come from the page (`page-strings.ts`). */
  messages: Messages;
  /** The buy/renew article in this language; every step links to its section there. */
  articleHref: string;
  /** Microsoft Learn's page on the offers Microsoft recommends instead of Action Pack, in the reader's language. */
  recommendationUrl: string;
  /** The month Microsoft documented the article's steps in, in the reader's language. */
  documentedIn: string;
}

const sectionOf = Object.fromEntries(Object.entries(flowForSection).map(([section, flow]) => [flow, section])) as Record<FlowId, string>;

type Begin = { flow: FlowId } | { query: Readonly<Record<string, string | null>> };

let guideModule: Promise<typeof WalkthroughGuide> | undefined;
/** The flows and their screens, fetched once, when first needed; they show the page's shared calculator strings, so they wait for the page to arrive. */
const loadGuide = () =>
  (guideModule ??= import('./WalkthroughGuide.tsx').then(async (guide) => {
    await guide.pageStringsReady();
    return guide;
  }));

/**
 * The guided walkthrough: a choice of tasks, then the Partner Center steps for
 * the reader's answers. The flows load when the reader is about to choose one
 * (hover, focus or click) or when a link names one; until then the page carries
 * only this choice. The state lives in the URL, so a link reopens the same step.
 */
export default function Walkthrough({ lng, messages, articleHref, recommendationUrl, documentedIn }: Props) {
  const t = useMemo(() => createTranslate(lng, messages), [lng, messages]);
  const [ready, setReady] = useState(false);
  const [guide, setGuide] = useState<typeof WalkthroughGuide | null>(null);
  const [begin, setBegin] = useState<Begin | null>(null);
  const [notice, setNotice] = useState('');
  const choices = useRef<HTMLHeadingElement>(null);
  const returning = useRef(false);

  useEffect(() => {
    const query = readQuery(['guide', 'step', 'tz', ...answerKeys]);
    if (!isFlowId(query.guide)) {
      if (query.guide) setNotice(t('corrected'));
      setReady(true);
      return;
    }
    void loadGuide().then((module) => {
      setGuide(module);
      setBegin({ query });
      setReady(true);
    });
  }, []);

  useEffect(() => {
    if (returning.current) choices.current?.focus();
    returning.current = false;
  }, [begin]);

  async function start(flow: FlowId) {
    const module = await loadGuide();
    setNotice('');
    setGuide(module);
    setBegin({ flow });
  }

  function exit(message = '') {
    // Back to the choice: the flow and its own answers leave the URL, the calculator's shared ones stay.
    writeQuery(Object.fromEntries([['guide', null], ['step', null], ...answerKeys.filter((key) => !sharedAnswers.includes(key)).map((key) => [key, null])]));
    returning.current = true;
    setNotice(message);
    setBegin(null);
  }

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
      {guide && begin ? (
        <guide.Guide
          lng={lng}
          messages={messages}
          t={t}
          articleHref={articleHref}
          recommendationUrl={recommendationUrl}
          documentedIn={documentedIn}
          begin={begin}
          onExit={exit}
          onNotice={setNotice}
        />
      ) : (
        <div class="guide__choices with-script" role="group" aria-labelledby="guide-choose" onPointerEnter={() => void loadGuide()}>
          <h3 id="guide-choose" ref={choices} tabIndex={-1}>
            {t('choose')}
          </h3>
          {flowIds.map((id) => (
            <button key={id} type="button" disabled={!ready} onFocus={() => void loadGuide()} onClick={() => void start(id)}>
              {t(`flows.${id}`)}
            </button>
          ))}
        </div>
      )}
      <p class="guide__notice" role="status">
        {notice}
      </p>
    </section>
  );
}
