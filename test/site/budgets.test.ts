import { describe, expect, it } from 'vitest';
import { attr, builtPages, byTag } from '../support/html.ts';
import { gzipSync } from 'node:zlib';
import { cssWeight, formatKB, javascriptWeight } from '../support/page-weight.ts';
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

describe('page weight (gzip, from the built files)', () => {
  /** The archived article is the site's article without islands. */
  const isPlainArticle = (path: string) => /^\/[a-z-]+\/upgrade-partner-network-membership\/$/.test(path);

  it('a plain article (no islands) loads at most 3 KB of JavaScript', () => {
    for (const page of pages.filter((candidate) => isPlainArticle(candidate.path))) {
      const weight = javascriptWeight(page);
      console.log(`${page.path}: ${formatKB(weight.total)} JS`);
      expect(page.html).not.toContain('astro-island');
      expect(weight.total, page.path).toBeLessThanOrEqual(3 * KB);
    }
  });

  /** The CSS is inlined, so nothing blocks the first paint; the HTML budget includes it. */
  it('every page has at most 10 KB of CSS and 20 KB of HTML, inline CSS included', () => {
    const rows: string[] = [];
    for (const page of pages) {
      expect(byTag(page, 'link').filter((link) => attr(link, 'rel') === 'stylesheet').map((link) => attr(link, 'href')), `${page.path} stylesheets`).toEqual([]);
      const css = cssWeight(page);
      const html = gzipSync(page.html, { level: 9 }).length;
      rows.push(`${page.path}: HTML ${formatKB(html)}, CSS ${formatKB(css)}`);
      expect(css, `${page.path} CSS`).toBeLessThanOrEqual(10 * KB);
      expect(html, `${page.path} HTML`).toBeLessThanOrEqual(20 * KB);
    }
    console.log(rows.join('\n'));
  });
});
