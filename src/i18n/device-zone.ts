/** The zone the reader's device is set to: the calculator's and the walkthrough's default. */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
