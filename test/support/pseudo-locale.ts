/**
 * A pseudo-locale in the manner of Microsoft's qps-ploc, made from the English
 * resources and articles for tests only: every letter is swapped for an
 * accented look-alike, each piece of text grows by about 40% and is
 * bracketed. A string the site shows without going through the translations
 * keeps its plain letters and stands out; text the layout cannot fit shows up
 * as clipped or overflowing, as a long translation would.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from '../../bench/generated-site.ts';
import { splitFrontMatter } from '../../src/content/front-matter.ts';
import { defaultLocale, locales } from '../../src/i18n/locales.ts';
import { englishNamespaces, englishSlugs, markArticle, markNamespaces } from '../../src/i18n/translation-report.ts';
import { cityFromZoneId } from '../../src/i18n/zone-names.ts';

/** `qps-Ploc` is how BCP 47 (and so i18next and Intl) writes Microsoft's `qps-ploc`: its second part is a script subtag. */
export const pseudoLocale = { code: 'qps-Ploc', path: 'qps-ploc', learnPath: 'en-us' } as const;

const plain = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const accented = 'åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ';
const lookAlike = new Map([...plain].map((letter, index) => [letter, [...accented][index]!]));

/** Every character the pseudo-locale puts in place of a plain letter. */
export const pseudoLetters: ReadonlySet<string> = new Set(lookAlike.values());

/** Accented words that pad text the way a longer translation would, breaking lines where words do. */
const padding = ['öñé', 'ţŵö', 'ţĥŕéé', 'ƒöûŕ', 'ƒîṽé', 'šîẋ', 'šéṽéñ', 'éîĝĥţ', 'ñîñé', 'ţéñ'];

/** The ratio of growth Microsoft's pseudo-localization uses to stand for long languages (German, Dutch, Russian). */
export const PSEUDO_GROWTH = 0.4;

export function accent(text: string): string {
  return text.replace(/[A-Za-z]/g, (letter) => lookAlike.get(letter)!);
}

/**
 * One piece of text as the pseudo-locale shows it: `[Ŕéñéŵ ñöŵ öñé ţŵö]`.
 * Text without letters ("—", "{{label}}") is left alone; `{{placeholders}}`
 * are kept as written; `maxLength` caps the padding where a field has a limit.
 */
export function pseudoText(text: string, maxLength = Infinity): string {
  if (!/[A-Za-z]/.test(text.replace(/\{\{[^}]*\}\}/g, ''))) return text;
  const body = text
    .split(/(\{\{[^}]*\}\})/)
    .map((part, index) => (index % 2 === 1 ? part : accent(part)))
    .join('');
  const visible = text.replace(/\{\{[^}]*\}\}/g, '').length;
  const words: string[] = [];
  for (let index = 0; words.join(' ').length < Math.ceil(visible * PSEUDO_GROWTH); index++) words.push(padding[index % padding.length]!);
  while (words.length > 0 && `[${body} ${words.join(' ')}]`.length > maxLength) words.pop();
  return words.length > 0 ? `[${body} ${words.join(' ')}]` : `[${body}]`;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** A namespace's strings made pseudo; in the glossary, only labels (its `source` fields name seed files). */
export function pseudoNamespace(namespace: Json, name: string): Json {
  const walk = (node: Json, key: string): Json => {
    if (typeof node === 'string') return name === 'glossary' && key !== 'label' ? node : pseudoText(node);
    if (Array.isArray(node)) return node.map((item) => walk(item, key));
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([childKey, child]) => [childKey, walk(child, childKey)]));
    return node;
  };
  return walk(namespace, '');
}

/**
 * The parts of an article body that are markup, not text: components and
 * their attributes, heading ids, link targets, line-leading list and heading
 * marks, emphasis marks, escapes and line breaks. Everything between them is
 * text a reader sees.
 */
const markup = /(<[^>\n]*>|\{#[a-z0-9-]+\}|\]\([^)\s]*\)|\[|^[ \t]*(?:#{1,6}|[-*+]|\d+\.)[ \t]+|\*\*|\*|\\.|\n)/m;

/** An article body with every run of text made pseudo and its brackets escaped, so Markdown reads them as text. */
export function pseudoArticleBody(body: string): string {
  return body
    .split(new RegExp(markup.source, 'gm'))
    .map((part, index) => {
      if (index % 2 === 1) return part;
      const [, before = '', text = '', after = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(part) ?? [];
      return `${before}${pseudoText(text).replace(/^\[/, '\\[').replace(/\]$/, '\\]')}${after}`;
    })
    .join('');
}

const quoted = (value: string) => JSON.stringify(value);

/**
 * The pseudo translation of an English article: title and description within
 * the schema's limits, the body made pseudo, and a translation block that
 * `markArticle` then completes.
 */
export function pseudoArticle(english: string, file: string): string {
  const { fields, body } = splitFrontMatter(english, file);
  const frontMatter = english.slice(0, english.length - body.length);
  const original = /^translation:\n {2}kind: original$/m;
  if (!original.test(frontMatter)) throw new Error(`${file}: expected an English original ("translation: kind: original")`);
  const marked = frontMatter
    .replace(/^title: .*$/m, () => `title: ${quoted(pseudoText(String(fields.title), 90))}`)
    .replace(/^description: .*$/m, () => `description: ${quoted(pseudoText(String(fields.description), 180))}`)
    .replace(original, 'translation:\n  kind: translation\n  from: en\n  reviewed: 2000-01-01\n  source: 0000000000000000');
  return marked + pseudoArticleBody(body);
}

/**
 * A copy of the project in `dir` whose languages are English and the
 * pseudo-locale, with its strings, time-zone cities and articles made from the English, and
 * every pseudo translation marked as reviewed, so the build treats it as any
 * other language.
 */
export function pseudoSite(dir: string, reviewed: string): string {
  copyProject(dir);
  // English and the pseudo-locale only: the other languages would add pages to build and nothing to check.
  for (const locale of locales.filter((candidate) => candidate !== defaultLocale)) {
    for (const path of [`locales/${locale.path}`, `locales/${locale.path}.marks.json`, `content/articles/${locale.path}`, `src/i18n/zone-cities/${locale.path}.json`]) rmSync(join(dir, path), { recursive: true, force: true });
  }
  const localesFile = join(dir, 'src/i18n/locales.ts');
  const list = /^export const locales = \[\n[\s\S]*?\n\] as const;$/m;
  const source = readFileSync(localesFile, 'utf8');
  if (!list.test(source)) throw new Error(`${localesFile}: no "export const locales = [ … ] as const;" list; update pseudoSite`);
  const entry = (locale: { code: string; path: string; name: string; learnPath: string }) => `  { code: '${locale.code}', path: '${locale.path}', name: '${locale.name}', learnPath: '${locale.learnPath}' },`;
  writeFileSync(localesFile, source.replace(list, () => ['export const locales = [', entry(defaultLocale), entry({ ...pseudoLocale, name: pseudoText('Pseudo') }), '] as const;'].join('\n')));

  mkdirSync(join(dir, 'locales', pseudoLocale.path));
  const namespaces = englishNamespaces(dir);
  for (const namespace of namespaces) {
    const english = JSON.parse(readFileSync(join(dir, 'locales', defaultLocale.path, `${namespace}.json`), 'utf8')) as Json;
    writeFileSync(join(dir, 'locales', pseudoLocale.path, `${namespace}.json`), `${JSON.stringify(pseudoNamespace(english, namespace), null, 2)}\n`);
  }
  markNamespaces(dir, pseudoLocale.path, namespaces, reviewed);

  const citiesDir = join(dir, 'src/i18n/zone-cities');
  const known = readdirSync(citiesDir).flatMap((name) => Object.keys((JSON.parse(readFileSync(join(citiesDir, name), 'utf8')) as { cities: Record<string, string> }).cities));
  const english = (JSON.parse(readFileSync(join(citiesDir, `${defaultLocale.path}.json`), 'utf8')) as { cities: Record<string, string> }).cities;
  const ids = [...new Set([...Intl.supportedValuesOf('timeZone'), ...known])].sort();
  const cities = Object.fromEntries(ids.map((id) => [id, pseudoText(english[id] ?? cityFromZoneId(id))]));
  writeFileSync(join(citiesDir, `${pseudoLocale.path}.json`), `${JSON.stringify({ source: 'pseudo-locale, from the English', cities }, null, 2)}\n`);

  mkdirSync(join(dir, 'content/articles', pseudoLocale.path));
  for (const slug of englishSlugs(dir)) {
    const file = join('content/articles', defaultLocale.path, `${slug}.mdx`);
    writeFileSync(join(dir, 'content/articles', pseudoLocale.path, `${slug}.mdx`), pseudoArticle(readFileSync(join(dir, file), 'utf8'), file));
    markArticle(dir, pseudoLocale.path, slug, reviewed);
  }
  return dir;
}
