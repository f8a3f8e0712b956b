import { describe, expect, it } from 'vitest';
import { startOfDayIn } from '../../../src/rules/renewal.ts';
import { allZones, dayNo, dayText, isStartOfDay } from './oracle.ts';
import { EXHAUSTIVE_TIMEOUT } from './support.ts';

describe('startOfDayIn', () => {
  it('finds the start of every day of 2025 in every zone (exhaustive)', { timeout: EXHAUSTIVE_TIMEOUT }, () => {
    const wrong: string[] = [];
    for (const zone of allZones) {
      for (let day = dayNo('2025-01-01'); day <= dayNo('2025-12-31'); day += 1) {
        const text = dayText(day);
        const start = startOfDayIn(text, zone);
        if (!isStartOfDay(start.getTime(), text, zone)) wrong.push(`${text} in ${zone}: ${start.toISOString()}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
