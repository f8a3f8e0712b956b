import { inject } from 'vitest';
import { cspReportPath } from '../../support/static-server.ts';
import { launchChromium } from './chromium.ts';
import type { EngineName, EngineOptions, EnginePage } from './engine.ts';
import { launchFirefox } from './firefox.ts';
import { launchWebKit } from './webkit.ts';

export const baseUrl = inject('baseUrl');

/** The engine this project tests. */
export const engine = process.env.ENGINE as Exclude<EngineName, 'chromium'>;

export function url(path: string): string {
  return new URL(path, baseUrl).href;
}

export function launch(name: EngineName, options: EngineOptions): Promise<EnginePage> {
  if (name === 'chromium') return launchChromium(options);
  if (name === 'firefox') return launchFirefox(options);
  return launchWebKit(options, inject('display'));
}

/** Every Content-Security-Policy violation any page has reported to the test server so far. */
export async function cspReports(): Promise<string[]> {
  return (await (await fetch(url(cspReportPath))).json()) as string[];
}
