import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  POLICY_TIME_ZONE,
  RENEWAL_WINDOW_DAYS,
  RulesError,
  assertTimeZone,
  calendarDayIn,
  nextRenewalOn,
  parseCalendarDate,
  renewalStatus,
  renewalWindow,
} from '../rules/renewal.ts';
import { deviceTimeZone, formatInstant, knownTimeZones } from './format.ts';
import { formatCalendarDate } from '../i18n/format-date.ts';
import { downloadRenewalCalendar } from './renewal-calendar.ts';
import { RenewalTimeline } from './RenewalTimeline.tsx';
import { createTranslate, type Messages } from './translate.ts';
import { copyText, linkTo, readQuery, writeQuery } from './url-state.ts';

interface Props {
  lng: string;
  /** The locale's `calculator` namespace plus the glossary labels it names. */
  messages: Messages;
  /** The article section this calculator sits in; links and .ics files point back to it. */
  anchor: string;
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

export default function RenewalCalculator({ lng, messages, anchor }: Props) {
  const t = useMemo(() => createTranslate(lng, messages), [lng, messages]);
  const [ready, setReady] = useState(false);
  const [expires, setExpires] = useState('');
  const [autoRenew, setAutoRenew] = useState(false);
  const [zone, setZone] = useState(POLICY_TIME_ZONE);
  /** Only a zone the reader chose (or a link named) goes into the URL, so a link opens in the partner's own zone. */
  const [zoneChosen, setZoneChosen] = useState(false);
  const [now, setNow] = useState(() => new Date());
  const [notice, setNotice] = useState('');
  const [zones, setZones] = useState<string[]>([]);

  useEffect(() => {
    const query = readQuery(['expires', 'auto', 'tz']);
    setExpires(query.expires ?? '');
    setAutoRenew(query.auto === 'on');
    setZone(query.tz ?? deviceTimeZone());
    setZoneChosen(query.tz !== null);
    setZones(knownTimeZones());
    setReady(true);
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);

  useEffect(() => {
    if (!ready) return;
    writeQuery({ expires: expires || null, auto: expires ? (autoRenew ? 'on' : 'off') : null, tz: zoneChosen ? zone : null });
  }, [ready, expires, autoRenew, zone, zoneChosen]);

  const day = expires ? check(() => parseCalendarDate(expires)) : undefined;
  const timeZone = check(() => assertTimeZone(zone));
  const status = day?.value && timeZone.value ? renewalStatus({ expiresOn: day.value, now, autoRenew }) : undefined;
  const window = day?.value ? renewalWindow(day.value) : undefined;
  const today = calendarDayIn(now, POLICY_TIME_ZONE);
  const days = (count: number) => t('days', { count });

  let sentence = t('prompt');
  if (status?.state === 'auto-renews') sentence = t('status.autoRenews', { date: formatCalendarDate(status.renewsOn, lng) });
  if (status?.state === 'too-early') sentence = t('status.tooEarly', { days: days(status.daysUntilOpen), date: formatCalendarDate(status.opensOn, lng) });
  if (status?.state === 'open') sentence = t('status.open', { days: days(status.daysLeft), date: formatCalendarDate(status.closesOn, lng) });
  if (status?.state === 'lapsed') sentence = t('status.lapsed', { days: days(status.daysSinceClose), date: formatCalendarDate(status.closedOn, lng) });

  async function copyLink() {
    const copied = await copyText(linkTo(anchor));
    setNotice(t(copied ? 'copyLink.copied' : 'copyLink.failed'));
  }

  function downloadCalendar() {
    if (!day?.value) return;
    downloadRenewalCalendar(day.value, lng, t, linkTo(anchor));
    setNotice(t('calendar.downloaded'));
  }

  const dateError = day?.error && t(`errors.${day.error}`);
  const zoneError = timeZone.error && t(`errors.${timeZone.error}`);

  return (
    <section class="calculator" aria-labelledby="calculator-title" data-ready={ready ? '' : undefined} data-pagefind-ignore>
      <h4 id="calculator-title" class="calculator__title">
        {t('title')}
      </h4>
      <p class="calculator__needs-js without-script">{t('needsJavaScript')}</p>
      <div class="calculator__form">
        <div class="field">
          <label for="calculator-expires">{t('expires.label')}</label>
          <p id="calculator-expires-hint" class="field__hint">
            {t('expires.hint', { page: t('labels.membershipOffers') })}
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
            onInput={(event) => setExpires(event.currentTarget.value)}
          />
          {dateError && (
            <p id="calculator-expires-error" class="field__error">
              {dateError}
            </p>
          )}
        </div>
        <div class="field field--checkbox">
          <input
            id="calculator-auto"
            type="checkbox"
            checked={autoRenew}
            disabled={!ready}
            onChange={(event) => setAutoRenew(event.currentTarget.checked)}
          />
          <label for="calculator-auto">{t('autoRenew.label')}</label>
        </div>
        <div class="field">
          <label for="calculator-zone">{t('zone.label')}</label>
          <p id="calculator-zone-hint" class="field__hint">
            {t('zone.hint')}
          </p>
          <input
            id="calculator-zone"
            type="text"
            list="calculator-zones"
            autocomplete="off"
            spellcheck={false}
            value={zone}
            disabled={!ready}
            aria-invalid={zoneError ? 'true' : undefined}
            aria-describedby={zoneError ? 'calculator-zone-hint calculator-zone-error' : 'calculator-zone-hint'}
            onChange={(event) => {
              setZone(event.currentTarget.value.trim());
              setZoneChosen(true);
            }}
          />
          <datalist id="calculator-zones">
            {zones.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          {zoneError && (
            <p id="calculator-zone-error" class="field__error">
              {zoneError}
            </p>
          )}
        </div>
      </div>

      <div class="calculator__result">
        <p class="calculator__status" aria-live="polite" data-state={status?.state ?? 'none'}>
          {sentence}
        </p>
        {status && window && day?.value && timeZone.value && (
          <>
            <dl class="calculator__facts">
              <dt>{t('window.days', { days: days(RENEWAL_WINDOW_DAYS) })}</dt>
              <dd>{t('window.range', { first: formatCalendarDate(window.opensOn, lng), last: formatCalendarDate(window.closesOn, lng) })}</dd>
              <dt>{t('window.opens')}</dt>
              <dd>
                {formatInstant(window.opensAt, lng, timeZone.value)}
                <br />
                <span class="calculator__utc">{formatInstant(window.opensAt, lng, 'UTC')}</span>
              </dd>
              <dt>{t('window.closes')}</dt>
              <dd>
                {formatInstant(window.closesAt, lng, timeZone.value)}
                <br />
                <span class="calculator__utc">{formatInstant(window.closesAt, lng, 'UTC')}</span>
              </dd>
              {status.state === 'open' && (
                <>
                  <dt>{t('nextRenewal.label')}</dt>
                  <dd>{t('nextRenewal.value', { date: formatCalendarDate(nextRenewalOn(today), lng) })}</dd>
                </>
              )}
            </dl>
            <RenewalTimeline t={t} lng={lng} expiresOn={day.value} opensOn={window.opensOn} closesOn={window.closesOn} today={today} />
          </>
        )}
        <p class="calculator__assumption">{t('assumption')}</p>
        <div class="calculator__actions">
          {(status?.state === 'too-early' || status?.state === 'open') && (
            <button type="button" onClick={downloadCalendar}>
              {t('calendar.add')}
            </button>
          )}
          <button type="button" onClick={copyLink} disabled={!ready}>
            {t('copyLink.label')}
          </button>
          <span class="calculator__notice" role="status">
            {notice}
          </span>
        </div>
      </div>
    </section>
  );
}
