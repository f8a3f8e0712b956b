/**
 * Runs Lighthouse 13 (mobile, its default emulation) on pages of the built site,
 * served on 127.0.0.1, in Debian's Chromium. Shared by the CI gate
 * (`lighthouse.ts`) and the benchmark's performance scores (`bench/run.ts`).
 */
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { locales } from '../../src/i18n/locales.ts';
import { articleUrl, homeUrl, notFoundUrl } from '../../src/i18n/urls.ts';
import { chromiumArgs, chromiumPath, missingChromiumMessage } from '../support/chromium.ts';
import { serveStatic } from '../support/static-server.ts';

export type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo';
export type PageType = 'home' | 'article' | '404';

export interface AuditedPage {
  type: PageType;
  path: string;
}

export interface LighthouseRun {
  path: string;
  /** Score per category, 0–100. */
  scores: Partial<Record<Category, number>>;
  /** The weighted audits that lost points, "category/audit: title (value)". */
  lost: string[];
}

/**
 * Audits left out, each with its reason. A "not found" page is `noindex` on
 * purpose, so "is crawlable" would fail it for doing the right thing.
 */
export const skippedAudits: Partial<Record<PageType, { audits: string[]; reason: string }>> = {
  '404': { audits: ['is-crawlable'], reason: 'a not-found page is noindex on purpose' },
};

/** The home page, the buy/renew article and the 404 page in every language. */
export const auditedPages: AuditedPage[] = locales.flatMap((locale) => [
  { type: 'home' as const, path: homeUrl(locale.path) },
  { type: 'article' as const, path: articleUrl(locale.path, 'buy-or-renew-action-pack') },
  { type: '404' as const, path: notFoundUrl(locale.path) },
]);

/**
 * Audits each page once per entry of `pages`, in order, with one Chromium.
 * The full-page screenshot is turned off: no score uses it.
 */
export async function runLighthouse(root: string, pages: readonly AuditedPage[], categories: readonly Category[]): Promise<LighthouseRun[]> {
  const problem = missingChromiumMessage();
  if (problem) throw new Error(problem);
  const { url: base, server } = await serveStatic(root);
  const chrome = await launch({ chromePath: chromiumPath, chromeFlags: chromiumArgs });
  const runs: LighthouseRun[] = [];
  try {
    for (const page of pages) {
      const result = await lighthouse(
        new URL(page.path, base).href,
        { port: chrome.port, output: 'json', logLevel: 'error' },
        {
          extends: 'lighthouse:default',
          settings: { onlyCategories: [...categories], skipAudits: skippedAudits[page.type]?.audits ?? [], disableFullPageScreenshot: true },
        },
      );
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
      const { lhr } = result;
      const scores = Object.fromEntries(categories.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]));
      const lost = categories.flatMap((id) =>
        (lhr.categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${id}/${ref.id}: ${lhr.audits[ref.id]?.title} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score})`),
      );
      runs.push({ path: page.path, scores, lost });
    }
  } finally {
    await chrome.kill();
    server.close();
  }
  return runs;
}
