import type { LocaleCode } from './locales.ts';
import { resources } from './resources.ts';

/**
 * One Partner Center UI label or Microsoft offer name in one language, with
 * where it comes from: the source article (in `sources/seeds/`) in which it
 * appears in that language, the later Microsoft pages quoted in
 * `sources/later-sources.md` where they give it in that language, or a mark
 * saying no source gives it in that language.
 */
export interface GlossaryEntry {
  label: string;
  /** A file name in `sources/seeds/`, {@link LATER_SOURCES}, {@link TRANSLATED_HERE} or {@link ENGLISH_NAME_KEPT}. */
  source: string;
}

/** The source of a label no source article gives in that language. */
export const TRANSLATED_HERE = 'translated here';

/** The record of the later Microsoft Learn pages (the retirement), in `sources/`. */
export const LATER_SOURCES = 'later-sources.md';

/** The source of an offer name no source gives in that language: the English name is kept, as Microsoft keeps offer names. */
export const ENGLISH_NAME_KEPT = 'English name: no source gives it in this language';

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
