/**
 * A tiny i18next-compatible `t()` for islands: same JSON, nested keys, `{{value}}`
 * interpolation and `_one/_few/_many/_other` plural suffixes, without shipping
 * i18next (16 KB) to the browser. A unit test checks it against i18next.
 */
export type Messages = { [key: string]: string | Messages };
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The raw message at a dotted key, placeholders untouched (for text that mixes in bold labels). */
export function messageAt(messages: Messages, key: string): string {
  const found = key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Messages)[part] : undefined), messages);
  return typeof found === 'string' ? found : key;
}

export function createTranslate(lng: string, messages: Messages): Translate {
  const plural = new Intl.PluralRules(lng);
  const lookup = (key: string): unknown =>
    key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Messages)[part] : undefined), messages);
  return (key, values = {}) => {
    const { count } = values;
    const text = typeof count === 'number' ? (lookup(`${key}_${plural.select(count)}`) ?? lookup(`${key}_other`) ?? lookup(key)) : lookup(key);
    if (typeof text !== 'string') return key;
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? ''));
  };
}

/**
 * Sentences joined into one text. Full-width sentence punctuation (。！？, as in
 * Chinese) is never followed by a space; other scripts take one.
 */
export function joinSentences(sentences: readonly string[]): string {
  return sentences.reduce((text, sentence) => (text === '' ? sentence : `${text}${sentenceGap(text)}${sentence}`), '');
}

/** What separates a sentence from what follows it (another sentence, a link): nothing after full-width punctuation, else a space. */
export function sentenceGap(sentence: string): string {
  return /[。！？]$/.test(sentence) ? '' : ' ';
}
