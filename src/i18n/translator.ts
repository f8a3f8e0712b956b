import i18next, { type TFunction } from 'i18next';
import { locales, type LocaleCode } from './locales.ts';
import { namespaces, resources } from './resources.ts';

/**
 * Server-side translation: one i18next instance per language, created once per build.
 * There is deliberately no fallback language: a key missing in German must stop the
 * build, not quietly show English.
 */
const instances = new Map<LocaleCode, TFunction>();

/**
 * Every page asks for the same few hundred strings, and i18next resolves each
 * call afresh; remembering the answers makes translation nearly free on a large
 * build. Only string answers to string keys are kept.
 */
function remembered(t: TFunction): TFunction {
  const answers = new Map<string, unknown>();
  return ((key: unknown, options?: unknown) => {
    if (typeof key !== 'string') return (t as (key: unknown, options?: unknown) => unknown)(key, options);
    const id = options === undefined ? key : `${key}\u0000${JSON.stringify(options)}`;
    if (answers.has(id)) return answers.get(id);
    const answer = (t as (key: unknown, options?: unknown) => unknown)(key, options);
    if (typeof answer === 'string') answers.set(id, answer);
    return answer;
  }) as TFunction;
}

function createTranslator(lng: LocaleCode): TFunction {
  const instance = i18next.createInstance();
  instance.init({
    lng,
    fallbackLng: false,
    resources,
    ns: namespaces,
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    saveMissing: true,
    missingKeyHandler: (languages, namespace, key) => {
      throw new Error(`Missing translation "${namespace}:${key}" for ${languages.join(', ')} (locales/${lng.toLowerCase()}/${namespace}.json)`);
    },
  });
  return remembered(instance.t);
}

export function translator(lng: string | undefined): TFunction {
  const locale = locales.find((candidate) => candidate.code === lng);
  if (!locale) throw new Error(`No translator for locale "${lng}"`);
  let t = instances.get(locale.code);
  if (!t) {
    t = createTranslator(locale.code);
    instances.set(locale.code, t);
  }
  return t;
}
