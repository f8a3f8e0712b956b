/**
 * What changed in the partner program after the seeds were written, as the
 * later Microsoft Learn pages state it (`sources/later-sources.md`). Dates are
 * calendar days with no stated time zone, as every Partner Center date.
 */
import { LAST_RENEWAL_DAY } from './renewal.ts';
import { addDays } from './calendar-date.ts';

/** The first day on which Microsoft no longer sold Action Pack ("Renew membership offers": "from 22 January 2025"). */
export const NO_SALE_FROM: string = addDays(LAST_RENEWAL_DAY, 1);

/**
 * Names an article may use that Microsoft has since retired, each with the day
 * it was retired: "The legacy silver/gold competencies were retired on
 * 30 September 2022 and replaced by Solutions Partner designations" ("Silver or
 * Gold membership"; the benefits FAQ: "Gold and Silver memberships are retired
 * as of 30 September 2022"). An article lists the ones it mentions in its
 * front matter (`retiredNames`), and its notice says what became of them.
 */
export const retiredNames = {
  'silver-gold-competencies': { retiredOn: '2022-09-30' },
} as const satisfies Record<string, { retiredOn: string }>;

export type RetiredName = keyof typeof retiredNames;

export const retiredNameIds = Object.keys(retiredNames) as RetiredName[];
