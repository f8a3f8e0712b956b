/**
 * Island state kept in the query string, so a support agent can copy a link that
 * opens an island already filled in. Values are read as plain strings and always
 * validated by the caller; they are never rendered as HTML.
 */
export function readQuery(names: readonly string[]): Record<string, string | null> {
  const params = new URLSearchParams(location.search);
  return Object.fromEntries(names.map((name) => [name, params.get(name)]));
}

/** Replaces the given parameters (null removes one), keeping every other parameter and the #anchor. */
export function writeQuery(values: Record<string, string | null>): void {
  const url = new URL(location.href);
  for (const [name, value] of Object.entries(values)) {
    if (value === null) url.searchParams.delete(name);
    else url.searchParams.set(name, value);
  }
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}

/** The current page address at a given anchor (the calendar file links back to the calculator with it). */
export function linkTo(anchor: string): string {
  const url = new URL(location.href);
  url.hash = anchor;
  return url.href;
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
