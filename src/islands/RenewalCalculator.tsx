import { useEffect, useMemo, useState } from 'preact/hooks';
import { parseCalendarDate } from '../rules/calendar-date.ts';
import { RulesError, type RulesErrorCode } from '../rules/errors.ts';
import { assertTimeZone } from '../rules/time-zone.ts';
import { deviceTimeZone } from '../i18n/device-zone.ts';
import type * as CalculatorResult from './CalculatorResult.tsx';
import { TimeZonePicker } from './TimeZonePicker.tsx';
import { createTranslate, type Messages } from './translate.ts';
import { linkTo, readQuery, writeQuery } from './url-state.ts';

interface Props {
  lng: string;
  /** The language's folder (`zh-cn`), which names its time-zone city list. */
  localePath: string;
  /** The locale's `calculator` namespace plus the glossary labels it names. */
  messages: Messages;
  /** The article section this calculator sits in; links and .ics files point back to it. */
  anchor: string;
  /** Microsoft Learn's page on the offers Microsoft recommends instead of Action Pack, in the reader's language. */
  recommendationUrl: string;
  /** The last day to buy or renew Action Pack, written in the reader's language by the build, so the page's first load carries no renewal rules. */
  lastRenewalDay: string;
}

type Checked<T> = { value: T; error?: undefined } | { value?: undefined; error: RulesError['code'] };

function check<T>(read: () => T): Checked<T> {
  try {
    return { value: read() };
  } catch (error) {
    if (error instanceof RulesError) return { error: error.code };
    throw error;
  }
}

export default function RenewalCalculator({ lng, localePath, messages, anchor, recommendationUrl, lastRenewalDay }: Props) {
  const [result, setResult] = useState<typeof CalculatorResult | null>(null);
  /** Its own strings and, once the answer's code has loaded (after the page has arrived), the sentences it shares with the walkthrough, which the page carries once. */
  const allMessages = useMemo(() => (result ? { ...messages, ...result.pageCalculatorStrings() } : messages), [messages, result]);
  const t = useMemo(() => createTranslate(lng, allMessages), [lng, allMessages]);
  const labels = messages.labels as Record<string, string>;
  const [ready, setReady] = useState(false);
  const [expires, setExpires] = useState('');
  const [autoRenew, setAutoRenew] = useState(false);
  const [zone, setZone] = useState('');
  /** Only a zone the reader chose (or a link named) goes into the URL, so a link opens in the partner's own zone. */
  const [zoneChosen, setZoneChosen] = useState(false);
  const [now, setNow] = useState(() => new Date());
  const [notice, setNotice] = useState('');

  useEffect(() => {
    const query = readQuery(['expires', 'auto', 'tz']);
    setExpires(query.expires?.trim() ?? '');
    setAutoRenew(query.auto === 'on');
    setZone(query.tz?.trim() || deviceTimeZone());
    setZoneChosen(query.tz !== null);
    setNow(new Date());
    setReady(true);
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);

  useEffect(() => {
    if (!ready) return;
    writeQuery({ expires: expires || null, auto: expires ? (autoRenew ? 'on' : 'off') : null, tz: zoneChosen ? zone : null });
  }, [ready, expires, autoRenew, zone, zoneChosen]);

  const day = expires ? check(() => parseCalendarDate(expires)) : undefined;
  const timeZone = ready ? check(() => assertTimeZone(zone)) : undefined;
  const input = day?.value && timeZone?.value ? { expiresOn: day.value, now, timeZone: timeZone.value, autoRenew } : undefined;

  useEffect(() => {
    // The answer's code loads once there is something to answer.
    if (input && !result) {
      void import('./CalculatorResult.tsx').then(async (view) => {
        await view.pageStringsReady();
        setResult(view);
      });
    }
  }, [Boolean(input)]);

  async function downloadCalendar() {
    if (!input) return;
    // The calendar file is built only when asked for, so its code is not part of the page's first load.
    const { downloadRenewalCalendar } = await import('./renewal-calendar.ts');
    downloadRenewalCalendar({ expiresOn: input.expiresOn, timeZone: input.timeZone, lng, t, pageUrl: linkTo(anchor) });
    setNotice(t('calendar.downloaded'));
  }

  const actions = (
    <>
      {/* The page's copy-link menu (src/scripts/copy-link-menu.ts) copies this page's address, whose query holds these answers. */}
      <button type="button" data-copy-link={anchor} aria-haspopup="menu" aria-controls="copy-link-menu" aria-expanded="false" disabled={!ready}>
        {t('copyLink.label')}
      </button>
      <span class="calculator__notice" role="status">
        {notice}
      </span>
    </>
  );

  const errorMessage = (code: RulesErrorCode) => t(`errors.${code}`);
  const dateError = day?.error && errorMessage(day.error);
  const zoneError = timeZone?.error && errorMessage(timeZone.error);

  return (
    <section class="calculator" aria-labelledby="calculator-title" data-ready={ready ? '' : undefined} data-pagefind-ignore>
      <h4 id="calculator-title" class="calculator__title">
        {t('title')}
      </h4>
      <p class="calculator__needs-js without-script">{t('needsJavaScript', { lastDay: lastRenewalDay })}</p>
      <div class="calculator__form">
        <div class="field">
          <label for="calculator-expires">{t('expires.label')}</label>
          <p id="calculator-expires-hint" class="field__hint">
            {t('expires.hint', { page: labels.membershipOffers ?? '' })}
          </p>
          <input
            id="calculator-expires"
            type="date"
            min="2000-01-01"
            max="2100-12-31"
            value={expires}
            disabled={!ready}
            aria-invalid={dateError ? 'true' : undefined}
            aria-describedby={dateError ? 'calculator-expires-hint calculator-expires-error' : 'calculator-expires-hint'}
            onInput={(event) => setExpires(event.currentTarget.value.trim())}
          />
          {dateError && (
            <p id="calculator-expires-error" class="field__error">
              {dateError}
            </p>
          )}
        </div>
        <div class="field field--checkbox">
          <input id="calculator-auto" type="checkbox" checked={autoRenew} disabled={!ready} onChange={(event) => setAutoRenew(event.currentTarget.checked)} />
          <label for="calculator-auto">{t('autoRenew.label')}</label>
        </div>
        <div class="field">
          <label for="calculator-zone">{t('zone.label')}</label>
          <p id="calculator-zone-hint" class="field__hint">
            {t('zone.hint')}
          </p>
          <TimeZonePicker
            id="calculator-zone"
            lng={lng}
            localePath={localePath}
            value={zone}
            t={t}
            disabled={!ready}
            invalid={Boolean(zoneError)}
            describedBy={zoneError ? 'calculator-zone-hint calculator-zone-error' : 'calculator-zone-hint'}
            onChange={(chosen) => {
              setZone(chosen);
              setZoneChosen(true);
            }}
          />
          {zoneError && (
            <p id="calculator-zone-error" class="field__error">
              {zoneError}
            </p>
          )}
        </div>
      </div>

      <div class="calculator__result">
        <div class="calculator__answer" aria-live="polite">
          {input && result ? (
            <result.Answer input={input} lng={lng} messages={allMessages} t={t} recommendationUrl={recommendationUrl} />
          ) : (
            <p class="calculator__status" data-state="none">
              {t('prompt')}
            </p>
          )}
        </div>
        {input && result ? (
          <result.Details input={input} lng={lng} messages={allMessages} t={t} onAddToCalendar={downloadCalendar} actions={actions} />
        ) : (
          <div class="calculator__actions">{actions}</div>
        )}
      </div>
    </section>
  );
}
