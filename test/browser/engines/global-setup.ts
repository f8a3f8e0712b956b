import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { missingChromiumMessage } from '../../support/chromium.ts';
import { distDir } from '../../support/paths.ts';
import { serveStatic } from '../../support/static-server.ts';
import { firefoxPath } from './firefox.ts';
import { missingWebKitMessage } from './webkit.ts';
import { compileOsLocales } from './os-locales.ts';
import { startXvfb } from './xvfb.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The X display WebKitGTK runs on. */
    display: string;
  }
}

/** The engine a project tests (`ENGINE` in its environment, set per project in vitest.config.ts). */
export default async function setup(project: TestProject) {
  const engine = project.config.env?.ENGINE;
  const problem =
    missingChromiumMessage() ??
    (engine === 'firefox' && !existsSync(firefoxPath) ? `Firefox not found at ${firefoxPath}: install it (apt-get install -y firefox-esr) or set FIREFOX_PATH.` : undefined) ??
    (engine === 'webkit' ? missingWebKitMessage() : undefined) ??
    (existsSync(join(distDir, 'pagefind', 'pagefind.js')) ? undefined : 'dist/ has no built site with a search index: run `npm run build` first (npm test does).');
  if (problem) {
    console.error(`\n${problem}\n`);
    process.exit(1);
  }
  compileOsLocales();
  const { url, server } = await serveStatic(distDir, 0, { reportCsp: true });
  const xvfb = engine === 'webkit' ? await startXvfb() : undefined;
  project.provide('baseUrl', url);
  project.provide('display', xvfb?.display ?? '');
  return async () => {
    xvfb?.stop();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}
