import { existsSync } from 'node:fs';

/** Debian's Chromium, or the browser CHROME_PATH names; no test tool may download its own. */
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

export function missingChromiumMessage(): string | undefined {
  return existsSync(chromiumPath)
    ? undefined
    : `Chromium not found at ${chromiumPath}: install it (apt-get install -y chromium) or set CHROME_PATH to a Chromium binary.`;
}
