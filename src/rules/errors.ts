/**
 * Why a rules function refused its input. The calculator island turns each code
 * into a translated message (`errors.<code>` in `locales/<lng>/calculator.json`),
 * so the set is closed and every code is something a reader can fix.
 *
 * - `invalid-date`: not a real `YYYY-MM-DD` calendar date, or not a valid `Date`.
 * - `out-of-range`: a real date outside 2000-01-01 … 2100-12-31 where a policy
 *   date is expected, outside 0001-01-01 … 9999-12-31 for calendar arithmetic (or a day count
 *   that cannot be applied), the span the calculator's date field offers.
 * - `invalid-time-zone`: a zone name `Intl.DateTimeFormat` does not know.
 */
export type RulesErrorCode = 'invalid-date' | 'invalid-time-zone' | 'out-of-range';

/**
 * The only error the rules module throws. Callers branch on `code` rather than
 * on the English `message`, which is for developers and logs only.
 */
export class RulesError extends Error {
  override readonly name = 'RulesError';
  /** Machine-readable reason, stable across releases. */
  readonly code: RulesErrorCode;

  constructor(code: RulesErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/**
 * A short, never-throwing description of a rejected value for error messages:
 * `String(value)` itself can throw (e.g. on `Object.create(null)`), and a
 * validation error must not turn into a TypeError.
 * @internal
 */
export function describeValue(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : typeof value === 'number' ? String(value) : typeof value;
}
