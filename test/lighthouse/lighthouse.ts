/**
 * Lighthouse gate: the home page, the buy/renew article and the 404 page in every
 * language must score 100 in performance, accessibility, best practices and SEO
 * (mobile, Lighthouse's default throttling), against the built site served on
 * 127.0.0.1 with Debian's Chromium. Run by `.ci/run` after `npm test`.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { locales } from '../../src/i18n/locales.ts';
import { articleUrl, homeUrl, notFoundUrl } from '../../src/i18n/urls.ts';
import { chromiumPath, missingChromiumMessage } from '../support/chromium.ts';
import { distDir } from '../support/paths.ts';
import { serveStatic } from '../support/static-server.ts';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/**
 * Audits left out, each with its reason. A "not found" page is `noindex` on
 * purpose, so "is crawlable" would fail it for doing the right thing.
 */
const skippedAudits: Record<string, { audits: string[]; reason: string }> = {
  '404': { audits: ['is-crawlable'], reason: 'a not-found page is noindex on purpose' },
};

const problem = missingChromiumMessage();
if (problem) {
  console.error(problem);
  process.exit(1);
}

const { url: base, server } = await serveStatic(distDir);
const chrome = await launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const pages = locales.flatMap((locale) => [
  { type: 'home', path: homeUrl(locale.path) },
  { type: 'article', path: articleUrl(locale.path, 'buy-or-renew-action-pack') },
  { type: '404', path: notFoundUrl(locale.path) },
]);

const rows: { path: string; scores: Record<string, number>; lost: string[] }[] = [];
try {
  for (const page of pages) {
    const result = await lighthouse(
      new URL(page.path, base).href,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories], skipAudits: skippedAudits[page.type]?.audits ?? [] },
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
    const { lhr } = result;
    const scores = Object.fromEntries(categories.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]));
    const lost = categories.flatMap((id) =>
      (lhr.categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${id}/${ref.id}: ${lhr.audits[ref.id]?.title} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score})`),
    );
    rows.push({ path: page.path, scores, lost });
    console.log(`${page.path.padEnd(34)} ${categories.map((id) => `${id} ${scores[id]}`).join('  ')}${lost.length ? `\n    ${lost.join('\n    ')}` : ''}`);
  }
} finally {
  await chrome.kill();
  server.close();
}

for (const [type, { audits, reason }] of Object.entries(skippedAudits)) console.log(`Skipped on ${type} pages: ${audits.join(', ')} (${reason}).`);
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/lighthouse.json', `${JSON.stringify(rows, null, 2)}\n`);
const failing = rows.filter((row) => Object.values(row.scores).some((score) => score < 100));
console.log(`Lighthouse: ${rows.length - failing.length} of ${rows.length} pages scored 100 in every category.`);
process.exit(failing.length > 0 ? 1 : 0);
