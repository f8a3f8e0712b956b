import { createHash } from 'node:crypto';

/**
 * Whether a translation still matches the English it was made from. A
 * translation records a hash of the English text when it is marked as
 * reviewed (`npm run i18n:mark`); when the English text changes, the hash no
 * longer matches and the translation is stale. Pure functions over texts, used
 * by the build, the article pages and the `i18n:status` report.
 */

/** A short hash of a text, the same whatever the line endings or trailing spaces. */
export function sourceHash(text: string): string {
  const normalized = text.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim();
  return createHash('sha256').update(normalized).digest('hex').slice(0, 16);
}

/** What a translator translates in an article: its title, description and body; not its dates, category or order. */
export function articleText(fields: { title: string; description: string }, body: string): string {
  return [fields.title, fields.description, body].join('\n\n');
}

export type TranslationState = { state: 'up to date' } | { state: 'stale'; since: string | undefined } | { state: 'missing' };

/**
 * A translated article's state. `since` is the English article's `updated`
 * date when that is later than the translation's review, and undefined when
 * the English text changed without its date moving on.
 */
export function articleState(
  english: { text: string; updated: string },
  translation: { source: string; reviewed: string } | undefined,
): TranslationState {
  if (!translation) return { state: 'missing' };
  if (translation.source === sourceHash(english.text)) return { state: 'up to date' };
  return { state: 'stale', since: english.updated > translation.reviewed ? english.updated : undefined };
}

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** i18next's plural suffixes; `key_one` and `key_other` are forms of one key, which a language may have more or fewer of. */
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/**
 * A namespace's keys as translators see them: dotted paths, plural forms
 * joined under their base key, each with its text (plural forms sorted and
 * joined, so that any change to any form changes it).
 */
export function namespaceKeys(namespace: { [key: string]: Json }): Map<string, string> {
  const forms = new Map<string, string[]>();
  const walk = (value: Json, path: string): void => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key);
      return;
    }
    const base = path.replace(pluralSuffix, '');
    forms.set(base, [...(forms.get(base) ?? []), `${path.slice(base.length)}=${JSON.stringify(value)}`]);
  };
  walk(namespace, '');
  return new Map([...forms].map(([key, values]) => [key, values.sort().join('\n')]));
}

/** The marks a locale records for one namespace: the date it was last marked and, per key, the hash of the English text then. */
export interface NamespaceMarks {
  marked: string;
  keys: Record<string, string>;
}

export interface KeyStates {
  missing: string[];
  stale: string[];
  /** The date the namespace was last marked, when any key is stale. */
  since: string | undefined;
}

/** Which keys of a namespace a locale lacks, and which it translated from English text that has changed since. */
export function namespaceState(english: { [key: string]: Json }, translation: { [key: string]: Json } | undefined, marks: NamespaceMarks | undefined): KeyStates {
  const englishKeys = namespaceKeys(english);
  const translated = translation ? namespaceKeys(translation) : new Map<string, string>();
  const missing: string[] = [];
  const stale: string[] = [];
  for (const [key, text] of englishKeys) {
    if (!translated.has(key)) missing.push(key);
    else if (marks?.keys[key] !== sourceHash(text)) stale.push(key);
  }
  return { missing, stale, since: stale.length > 0 ? marks?.marked : undefined };
}

/** Marks for every key a locale has translated, against the English namespace as it reads now. */
export function markNamespace(english: { [key: string]: Json }, translation: { [key: string]: Json }, today: string): NamespaceMarks {
  const translated = namespaceKeys(translation);
  const keys = [...namespaceKeys(english)].filter(([key]) => translated.has(key));
  return { marked: today, keys: Object.fromEntries(keys.map(([key, text]) => [key, sourceHash(text)])) };
}
