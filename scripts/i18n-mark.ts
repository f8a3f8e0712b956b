/**
 * `npm run i18n:mark <locale>[/<slug or namespace>] …`: records that a
 * translation was reviewed against the English as it reads now. An article
 * gets `reviewed` (today) and `source` (the hash of the English text) in its
 * front matter; a namespace gets the hash of each English key it translates in
 * `locales/<locale>.marks.json`. A bare locale marks all its articles and
 * namespaces. `--date YYYY-MM-DD` sets the review date instead of today.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLocale, isLocalePath } from '../src/i18n/locales.ts';
import { englishNamespaces, englishSlugs, markArticle, marksPath, namespacePath, readJson, readMarks } from '../src/i18n/translation-report.ts';
import { markNamespace } from '../src/i18n/translation-status.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const dateFlag = args.indexOf('--date');
const today = dateFlag >= 0 ? args.splice(dateFlag, 2)[1] : new Date().toLocaleDateString('en-CA');
if (!today || !/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error('--date takes a date written YYYY-MM-DD');
if (args.length === 0) {
  console.error('usage: npm run i18n:mark <locale>[/<slug or namespace>] … [--date YYYY-MM-DD]');
  process.exit(2);
}

function markNamespaces(localePath: string, namespaces: string[]): void {
  const marks = readMarks(root, localePath);
  for (const namespace of namespaces) {
    const translation = readJson(root, namespacePath(localePath, namespace));
    if (!translation) throw new Error(`${namespacePath(localePath, namespace)} is missing`);
    marks[namespace] = markNamespace(readJson(root, namespacePath(defaultLocale.path, namespace))!, translation, today!);
    console.log(`marked ${namespacePath(localePath, namespace)}`);
  }
  const sorted = Object.fromEntries(Object.entries(marks).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(join(root, marksPath(localePath)), `${JSON.stringify(sorted, null, 2)}\n`);
}

for (const target of args) {
  const [localePath, name, ...rest] = target.split('/');
  if (!localePath || !isLocalePath(localePath) || localePath === defaultLocale.path || rest.length > 0) {
    throw new Error(`"${target}": expected <locale>[/<slug or namespace>] with a translated locale`);
  }
  const slugs = englishSlugs(root);
  const namespaces = englishNamespaces(root);
  if (name === undefined) {
    for (const slug of slugs) console.log(`marked ${markArticle(root, localePath, slug, today)}`);
    markNamespaces(localePath, namespaces);
  } else if (slugs.includes(name)) console.log(`marked ${markArticle(root, localePath, name, today)}`);
  else if (namespaces.includes(name)) markNamespaces(localePath, [name]);
  else throw new Error(`"${target}": no English article or namespace "${name}"`);
}
