import type { Messages } from '../islands/translate.ts';
import { glossaryLabel } from './glossary.ts';
import type { LocaleCode } from './locales.ts';
import { resources } from './resources.ts';

/**
 * What an island needs to speak the reader's language: one namespace of the
 * locale, plus the Partner Center labels it names, taken from the glossary so a
 * label reads the same in the island as in the article.
 */
export function islandMessages(lng: LocaleCode, namespace: string, labels: readonly string[]): Messages {
  const byNamespace = resources[lng];
  const messages = byNamespace?.[namespace] as Messages | undefined;
  if (!messages) throw new Error(`locales/${lng.toLowerCase()}/${namespace}.json is missing`);
  const picked = Object.fromEntries(labels.map((key) => [key, glossaryLabel(lng, key)]));
  return { ...messages, labels: picked };
}
