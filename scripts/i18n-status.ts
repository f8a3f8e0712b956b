/**
 * `npm run i18n:status [--strict]`: every translated article and namespace
 * against English: up to date, stale (since when) or missing. Exits non-zero
 * only with `--strict`, and then only when something is not up to date.
 */
import { fileURLToPath } from 'node:url';
import { formatReport, outdatedLines, translationReport } from '../src/i18n/translation-report.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const report = translationReport(root);
console.log(formatReport(report));
const outdated = outdatedLines(report);
console.log(`\n${outdated.length === 0 ? 'Every translation is up to date.' : `${outdated.length} translations are not up to date.`}`);
if (process.argv.includes('--strict') && outdated.length > 0) process.exit(1);
