import { z } from 'astro/zod';
import { categoryIds } from './categories.ts';
import { calendarDayOf } from './front-matter.ts';
import { retiredNameIds } from '../rules/program.ts';

/** A calendar date with no time of day, kept as a `YYYY-MM-DD` string so no time zone can shift it. */
export const calendarDate = z.preprocess(
  calendarDayOf,
  z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a calendar date written YYYY-MM-DD')
  .refine((value) => {
    const [year, month, day] = value.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }, 'not a real calendar date'),
);

const translation = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('original') }),
  z.strictObject({
    kind: z.literal('translation'),
    /** Path of the locale the text was translated from. */
    from: z.literal('en'),
    /** When the translation was last checked against the original. */
    reviewed: calendarDate,
    /** Hash of the English text it was checked against, written by `npm run i18n:mark`. */
    source: z.string().regex(/^[0-9a-f]{16}$/, 'expected the hash `npm run i18n:mark <locale>/<slug>` writes'),
  }),
]);

/** Front matter every article in every locale must have; the build fails naming the file otherwise. */
export const articleSchema = z.strictObject({
  title: z.string().min(5).max(90),
  /** Shown in search results and as the meta description: long enough to be useful, short enough not to be cut. */
  description: z.string().min(50).max(180),
  /** Date of the Microsoft Partner Center article version this text describes. */
  sourceVersion: calendarDate,
  /** Last time this text changed. */
  updated: calendarDate,
  translation,
  /** One of the ids in `content/categories.json`. */
  category: z.string().refine((id) => categoryIds.includes(id), { message: `expected one of the categories in content/categories.json: ${categoryIds.join(', ')}` }),
  /** Order within its category; lower comes first. */
  order: z.number().int().min(0),
  /**
   * Names in the text that Microsoft has since retired (ids in
   * `src/rules/program.ts`); the article's retirement notice says what became
   * of each. Every translation lists the same ones as the English.
   */
  retiredNames: z.array(z.enum(retiredNameIds as [string, ...string[]])).default([]),
  /** An archived article describes an older Partner Center flow and points to the current one. */
  archived: z
    .strictObject({
      replacedBy: z.string().regex(/^[a-z0-9-]+$/),
    })
    .optional(),
});

export type ArticleData = z.infer<typeof articleSchema>;
