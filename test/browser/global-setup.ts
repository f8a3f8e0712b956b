import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { missingChromiumMessage } from '../support/chromium.ts';
import { distDir } from '../support/paths.ts';
import { serveStatic } from '../support/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const problem =
    missingChromiumMessage() ??
    (existsSync(join(distDir, 'pagefind', 'pagefind.js')) ? undefined : 'dist/ has no built site with a search index: run `npm run build` first (npm test does).');
  if (problem) {
    console.error(`\n${problem}\n`);
    process.exit(1);
  }
  const { url, server } = await serveStatic(distDir);
  project.provide('baseUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
