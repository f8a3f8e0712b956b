import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { freePort } from '../../support/nginx.ts';
import type { EngineOptions, EnginePage, Key } from './engine.ts';
import { osLocaleEnvironment } from './os-locales.ts';

/** Debian's WebKitGTK WebDriver and the MiniBrowser it automates (`webkit2gtk-driver`). */
export const webkitDriverPath = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const miniBrowserPath = process.env.WEBKIT_BROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
/** Debian's libfaketime: the only way to start a WebKitGTK page's clock at a given instant, since classic WebDriver has no preload script. */
export const fakeTimeLibrary = process.env.FAKETIME_LIBRARY ?? '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';

const keyCodes: Record<Key, string> = {
  Enter: '\uE007',
  Escape: '\uE00C',
  Tab: '\uE004',
  ArrowDown: '\uE015',
  ArrowUp: '\uE013',
  Backspace: '\uE003',
};

/** Records uncaught errors and rejections from now on in the page, for `errors()`. */
const watchErrors = `
  window.__engineErrors = [];
  addEventListener('error', (event) => window.__engineErrors.push('uncaught: ' + event.message));
  addEventListener('unhandledrejection', (event) => window.__engineErrors.push('unhandled rejection: ' + event.reason));`;

/** The W3C WebDriver id of an element in a response. */
const elementKey = 'element-6066-11e4-a52e-4f735466cecf';

/**
 * A WebKitGTK session over classic WebDriver, spoken directly with fetch: the
 * handful of commands the suite needs, without a client library that would
 * try to download drivers of its own. The driver and MiniBrowser run under the
 * reader's `TZ` (and, for a fixed clock, libfaketime), on the X display
 * `display` (Xvfb: this MiniBrowser has no headless mode).
 */
export async function launchWebKit(options: EngineOptions, display: string): Promise<EnginePage> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, DISPLAY: display, TZ: options.timeZone };
  // The system locale sets the browser's languages and formats (the date field's among them), as on a reader's own machine.
  Object.assign(env, osLocaleEnvironment(options.language ?? 'en'));
  // A fixed clock: the wall clock stands at that second (no '@', which would let it run on); timers keep the real monotonic clock, so they still fire.
  if (options.now) Object.assign(env, { LD_PRELOAD: fakeTimeLibrary, FAKETIME: String(Math.floor(options.now.getTime() / 1000)), FAKETIME_FMT: '%s', FAKETIME_DONT_FAKE_MONOTONIC: '1' });
  const driver: ChildProcess = spawn(webkitDriverPath, [`--port=${port}`], { env, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;

  async function command<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(base + path, { method, headers: { 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const json = (await response.json()) as { value: T & { error?: string; message?: string } };
    if (!response.ok) throw new Error(`WebKitWebDriver ${method} ${path}: ${json.value.error}: ${json.value.message}`);
    return json.value;
  }

  const started = Date.now();
  for (;;) {
    try {
      await fetch(`${base}/status`);
      break;
    } catch {
      if (Date.now() - started > 60_000 || driver.exitCode !== null) throw new Error(`${webkitDriverPath} did not start on port ${port}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  // A MiniBrowser that fails to start hangs the request instead of failing it (see the stack notes): give up after a minute.
  const session = await Promise.race([
    command<{ sessionId: string }>('POST', '/session', {
      capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] }, timeouts: { script: 60_000, pageLoad: 60_000 } } },
    }),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('WebKitGTK session did not start within a minute')), 60_000).unref()),
  ]);
  const at = (path: string) => `/session/${session.sessionId}${path}`;
  const find = async (selector: string) => {
    const found = await command<Record<string, string>>('POST', at('/element'), { using: 'css selector', value: selector });
    if (!found[elementKey]) throw new Error(`WebKitWebDriver found no element for ${selector}: ${JSON.stringify(found)}`);
    return found[elementKey];
  };

  return {
    engine: 'webkit',
    async goto(url) {
      await command('POST', at('/url'), { url });
      await command('POST', at('/execute/sync'), { script: `${watchErrors} return true;`, args: [] });
    },
    async url() {
      return command<string>('GET', at('/url'));
    },
    async evaluate<T>(body: string, ...args: unknown[]) {
      return command<T>('POST', at('/execute/sync'), { script: `const args = arguments; ${body}`, args });
    },
    async click(selector) {
      const id = await find(selector);
      await command('POST', at(`/element/${id}/click`), {});
    },
    async type(text) {
      await command('POST', at('/actions'), { actions: [{ type: 'key', id: 'keyboard', actions: [...text].flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]) }] });
    },
    async press(key) {
      const value = keyCodes[key];
      await command('POST', at('/actions'), { actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value }, { type: 'keyUp', value }] }] });
    },
    async errors() {
      // A page reached by a click or a redirect has no watcher yet: it starts now, as after goto.
      return command<string[]>('POST', at('/execute/sync'), { script: `if (!window.__engineErrors) { ${watchErrors} } return window.__engineErrors;`, args: [] });
    },
    async close() {
      await command('DELETE', at('')).catch(() => undefined);
      driver.kill();
    },
  };
}

export function missingWebKitMessage(): string | undefined {
  if (!existsSync(webkitDriverPath) || !existsSync(miniBrowserPath))
    return `WebKitGTK's WebDriver not found at ${webkitDriverPath} (or its MiniBrowser at ${miniBrowserPath}): install it (apt-get install -y webkit2gtk-driver xvfb) or set WEBKIT_DRIVER_PATH and WEBKIT_BROWSER_PATH.`;
  if (!existsSync(fakeTimeLibrary)) return `libfaketime not found at ${fakeTimeLibrary}, which WebKit's fixed clock needs: install it (apt-get install -y libfaketime) or set FAKETIME_LIBRARY.`;
  return undefined;
}
