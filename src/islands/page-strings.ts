/**
 * The calculator's renewal sentences, which both islands show (the calculator
 * in its answer, the walkthrough on its renewal screens). `CalculatorStrings.astro`
 * writes them once per page as JSON, at the end of the page, instead of into
 * each island's props, where the article with both islands would carry them
 * twice. Only the client reads them, and only once the whole page has arrived
 * ({@link pageStringsReady}): an island can hydrate while the rest of the page
 * is still loading, and neither shows an answer from the server.
 */
import type { Messages } from './translate.ts';

export const calculatorStringsId = 'calculator-strings';

/** The `calculator` namespace's top-level keys written once per page: the sentences, day counts and calendar file texts. */
export function isSharedCalculatorKey(key: string): boolean {
  return key.startsWith('days_') || ['status', 'edge', 'retired', 'sourcesDiffer', 'nextRenewal', 'calendar'].includes(key);
}

/** Strings a page carries as JSON under `id`; a page without them is a build mistake, so this throws rather than show keys. */
export function pageStrings(id: string): Messages {
  const text = document.getElementById(id)?.textContent;
  if (!text) throw new Error(`This page has no #${id}: its strings are written beside the island that needs them (src/components)`);
  return JSON.parse(text) as Messages;
}

/** The page's shared calculator strings. */
export const pageCalculatorStrings = (): Messages => pageStrings(calculatorStringsId);

/** Resolves once the page has been read to its end, where its JSON strings are. */
export function pageStringsReady(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}
