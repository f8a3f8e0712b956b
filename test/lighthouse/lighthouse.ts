/**
 * Lighthouse gate, run by `.ci/run` after `npm test` on the site it built: the
 * home page, the buy/renew article and the 404 page in every language must
 * score 100 in accessibility, best practices and SEO.
 *
 * Performance is not gated here: its score is a timing, and a busy machine
 * lowers it without anything being wrong. `npm test` checks what makes the
 * score (byte budgets, request count, no render-blocking resource, no layout
 * shift), and `npm run bench` reports the score itself as a median of 3 runs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { distDir } from '../support/paths.ts';
import { auditedPages, runLighthouse, skippedAudits, type Category } from './run-lighthouse.ts';

const categories: Category[] = ['accessibility', 'best-practices', 'seo'];

const rows = await runLighthouse(distDir, auditedPages, categories);
for (const row of rows) {
  console.log(`${row.path.padEnd(34)} ${categories.map((id) => `${id} ${row.scores[id]}`).join('  ')}${row.lost.length ? `\n    ${row.lost.join('\n    ')}` : ''}`);
}
for (const [type, skipped] of Object.entries(skippedAudits)) console.log(`Skipped on ${type} pages: ${skipped.audits.join(', ')} (${skipped.reason}).`);
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/lighthouse.json', `${JSON.stringify(rows, null, 2)}\n`);
const failing = rows.filter((row) => Object.values(row.scores).some((score) => score < 100));
console.log(`Lighthouse: ${rows.length - failing.length} of ${rows.length} pages scored 100 in ${categories.join(', ')}.`);
process.exit(failing.length > 0 ? 1 : 0);
