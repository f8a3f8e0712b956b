/**
 * The project's own strings and dates as the browser tests expect to see them:
 * a locale's namespace, a message at a dotted key, a message with its
 * placeholders filled, a glossary label, and a calendar date as the reader's
 * browser writes it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { localesDir } from '../support/paths.ts';

export type Json = { [key: string]: string | Json };

/** `locales/<localePath>/<namespace>.json`. */
export const localeStrings = (localePath: string, namespace: string) => JSON.parse(readFileSync(join(localesDir, localePath, `${namespace}.json`), 'utf8')) as Json;

/** The message at a dotted key (node ids contain hyphens, not dots). */
export const stringAt = (json: Json, key: string) => key.split('.').reduce<Json | string>((node, part) => (node as Json)[part]!, json) as string;

/** A glossary label of a locale. */
export const glossaryLabel = (localePath: string, key: string) => stringAt(localeStrings(localePath, 'glossary'), `${key}.label`);

/** A message with its `{{placeholders}}` filled as the page fills them; an unknown one stays visible, so a test shows it. */
export const filled = (template: string, values: Record<string, string>) => template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => values[name] ?? `{{${name}}}`);

/** A calendar date as the reader's browser writes it in their language: long ("July 22, 2025"), or month and year ("November 2020"). */
export function longDate(page: Page, day: string, lng: string, monthYear = false): Promise<string> {
  return page.evaluate(
    ([value, code, short]) => new Intl.DateTimeFormat(code, short ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`)),
    [day, lng, monthYear] as const,
  );
}
