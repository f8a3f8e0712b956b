import i18next, { type TFunction } from 'i18next';
import { locales, type LocaleCode } from './locales.ts';
import { namespaces, resources } from './resources.ts';

/**
 * Server-side translation: one i18next instance per language, created once per build.
 * There is deliberately no fallback language: a key missing in German must stop the
 * build, not quietly show English.
 */
const instances = new Map<LocaleCode, TFunction>();

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
  return instance.t;
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
