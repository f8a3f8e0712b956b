import type { LocaleCode } from './locales.ts';
import { resources } from './resources.ts';

/**
 * One Partner Center UI label in one language, with where it comes from: the
 * source article (in `sources/seeds/`) in which the label appears in that
 * language, or "translated here" when no source gives it in that language.
 */
export interface GlossaryEntry {
  label: string;
  /** A file name in `sources/seeds/`, or {@link TRANSLATED_HERE}. */
  source: string;
}

/** The source of a label no source article gives in that language. */
export const TRANSLATED_HERE = 'translated here';

/**
 * A label as the language's glossary gives it, so a button reads the same in
 * every article, the calculator and the walkthrough.
 * @throws {Error} naming `locales/<path>/glossary.json` when the label is missing.
 */
export function glossaryLabel(lng: LocaleCode, key: string): string {
  const entry = (resources[lng]?.glossary as Record<string, GlossaryEntry> | undefined)?.[key];
  if (typeof entry?.label !== 'string') throw new Error(`locales/${lng.toLowerCase()}/glossary.json has no label "${key}"`);
  return entry.label;
}
