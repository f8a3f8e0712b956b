/**
 * `npm run build`: every step that makes the site a server can send, in order,
 * each timed. The times are printed and written to `.cache/build-steps.json`,
 * where `npm run bench` reads the split of the build it timed as a whole.
 * A failing step stops the build with its exit code.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const buildStepsFile = join('.cache', 'build-steps.json');

/** The build's steps; `npm run` puts the tools of `node_modules/.bin` on the PATH. */
const steps = [
  { name: 'astro build', command: 'astro', args: ['build'] },
  { name: 'search index', command: process.execPath, args: ['scripts/search-index.ts', 'dist'] },
  { name: 'server config', command: process.execPath, args: ['scripts/server-config.ts'] },
  { name: 'precompress', command: process.execPath, args: ['scripts/precompress.ts', 'dist'] },
];

export interface BuildStepTime {
  name: string;
  seconds: number;
}

/** Runs the steps in order, stopping at the first that fails; returns their times. */
export function build(): BuildStepTime[] {
  const timed: BuildStepTime[] = [];
  for (const { name, command, args } of steps) {
    const started = performance.now();
    const run = spawnSync(command, args, { stdio: 'inherit' });
    if (run.error) throw new Error(`Build step "${name}" could not start (${command}): ${run.error.message}`);
    if (run.status !== 0) {
      console.error(`Build step "${name}" failed (${command} ${args.join(' ')}: exit ${run.status ?? run.signal})`);
      process.exit(run.status ?? 1);
    }
    timed.push({ name, seconds: (performance.now() - started) / 1000 });
  }
  return timed;
}

if (import.meta.main) {
  const timed = build();
  mkdirSync('.cache', { recursive: true });
  writeFileSync(buildStepsFile, `${JSON.stringify({ steps: timed }, null, 2)}\n`);
  console.log(`build: ${timed.map(({ name, seconds }) => `${name} ${seconds.toFixed(1)} s`).join(', ')}`);
}
