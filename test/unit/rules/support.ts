import fc from 'fast-check';
import { expect } from 'vitest';
import { RulesError, type RulesErrorCode } from '../../../src/rules/renewal.ts';
import { dayNo, dayText } from './oracle.ts';

/** Runs `action` and returns the RulesError code it throws; fails if it returns or throws anything else. */
export function codeOf(action: () => unknown): RulesErrorCode {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(RulesError);
    return (error as RulesError).code;
  }
  throw new Error('expected a RulesError, but the call returned');
}

/** First and last day of the policy range, as day numbers. */
export const FIRST = dayNo('2000-01-01');
export const LAST = dayNo('2100-12-31');
/** Any day in the policy range, as `YYYY-MM-DD`. */
export const supportedDay = fc.integer({ min: FIRST, max: LAST }).map(dayText);

/**
 * Time limit for an exhaustive test. The slowest takes about 8 s on an idle
 * 2-core runner; this is over ten times that, so a slow or busy machine is
 * slow, never red.
 */
export const EXHAUSTIVE_TIMEOUT = 120_000;

/** Readers from UTC−12 to UTC+14, including zones with half and quarter hours and daylight saving time. */
export const RETIREMENT_ZONES = ['Etc/GMT+12', 'Pacific/Pago_Pago', 'America/Los_Angeles', 'America/St_Johns', 'UTC', 'Europe/Berlin', 'Asia/Kolkata', 'Asia/Kathmandu', 'Asia/Shanghai', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Pacific/Kiritimati'] as const;
