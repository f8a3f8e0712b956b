/**
 * `npm run i18n:mark <locale>[/<slug or namespace>] …`: records that a
 * translation was reviewed against the English as it reads now. An article
 * gets `reviewed` (today) and `source` (the hash of the English text) in its
 * front matter; a namespace gets the hash of each English key it translates in
 * `locales/<locale>.marks.json`. A bare locale marks all its articles and
 * namespaces. `--date YYYY-MM-DD` sets the review date instead of today.
 */
import { fileURLToPath } from 'node:url';
import { defaultLocale, isLocalePath } from '../src/i18n/locales.ts';
import { englishNamespaces, englishSlugs, markArticle, markNamespaces } from '../src/i18n/translation-report.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const dateFlag = args.indexOf('--date');
const today = dateFlag >= 0 ? args.splice(dateFlag, 2)[1] : new Date().toLocaleDateString('en-CA');
if (!today || !/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error('--date takes a date written YYYY-MM-DD');
if (args.length === 0) {
  console.error('usage: npm run i18n:mark <locale>[/<slug or namespace>] … [--date YYYY-MM-DD]');
  process.exit(2);
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
    for (const file of markNamespaces(root, localePath, namespaces, today)) console.log(`marked ${file}`);
  } else if (slugs.includes(name)) console.log(`marked ${markArticle(root, localePath, name, today)}`);
  else if (namespaces.includes(name)) for (const file of markNamespaces(root, localePath, [name], today)) console.log(`marked ${file}`);
  else throw new Error(`"${target}": no English article or namespace "${name}"`);
}
