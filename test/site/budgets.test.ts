import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/html.ts';
import { formatKB, javascriptWeight } from '../support/page-weight.ts';
import { locales } from '../../src/i18n/locales.ts';

const KB = 1024;
const pages = builtPages();

describe('JavaScript budget (gzip, first load, search not opened)', () => {
  it.each(locales.map((locale) => [locale.path] as const))('the buy/renew article with the calculator in %s loads at most 16 KB', (localePath) => {
    const page = pages.find((candidate) => candidate.path === `/${localePath}/buy-or-renew-action-pack/`)!;
    const weight = javascriptWeight(page);
    console.log(`${page.path}: ${formatKB(weight.total)} JS (inline ${formatKB(weight.inlineBytes)}, files ${formatKB(weight.fileBytes)}: ${weight.files.join(', ')})`);
    expect(page.html).toContain('astro-island');
    expect(weight.total).toBeLessThanOrEqual(16 * KB);
  });
});
