import type { Messages } from '../islands/translate.ts';
import { glossaryLabel } from './glossary.ts';
import type { LocaleCode } from './locales.ts';
import { resources } from './resources.ts';

/**
 * What an island needs to speak the reader's language: one namespace of the
 * locale, plus the Partner Center labels it names (shown bold) and the offer
 * names it gives (shown as text), both taken from the glossary so they read the
 * same in the island as in the article.
 */
export function islandMessages(lng: LocaleCode, namespace: string, labels: readonly string[], names: readonly string[] = []): Messages {
  const byNamespace = resources[lng];
  const messages = byNamespace?.[namespace] as Messages | undefined;
  if (!messages) throw new Error(`locales/${lng.toLowerCase()}/${namespace}.json is missing`);
  const pick = (keys: readonly string[]) => Object.fromEntries(keys.map((key) => [key, glossaryLabel(lng, key)]));
  return { ...messages, labels: pick(labels), names: pick(names) };
}
