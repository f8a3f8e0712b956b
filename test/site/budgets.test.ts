import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/html.ts';
import { formatKB, javascriptWeight } from '../support/page-weight.ts';
import { locales } from '../../src/i18n/locales.ts';

const KB = 1024;
const pages = builtPages();

describe.each(locales.map((locale) => [locale.path] as const))('JavaScript budget in %s (gzip, first load, search not opened)', (localePath) => {
  const article = () => pages.find((candidate) => candidate.path === `/${localePath}/buy-or-renew-action-pack/`)!;

  it('the buy/renew article with the calculator alone loads at most 16 KB', () => {
    const weight = javascriptWeight(article(), ['Walkthrough']);
    console.log(`${article().path} calculator only: ${formatKB(weight.total)} JS (inline ${formatKB(weight.inlineBytes)}, files ${formatKB(weight.fileBytes)})`);
    expect(weight.files.some((file) => file.includes('RenewalCalculator'))).toBe(true);
    expect(weight.total).toBeLessThanOrEqual(16 * KB);
  });

  it('the buy/renew article with both islands loads at most 20 KB', () => {
    const weight = javascriptWeight(article());
    console.log(`${article().path} both islands: ${formatKB(weight.total)} JS (inline ${formatKB(weight.inlineBytes)}, files ${formatKB(weight.fileBytes)}: ${weight.files.join(', ')})`);
    expect(weight.files.some((file) => file.includes('Walkthrough'))).toBe(true);
    expect(weight.total).toBeLessThanOrEqual(20 * KB);
  });
});
