/**
 * `npm run build`: every step that makes the site a server can send, in order,
 * each timed. The times are printed and written to `.cache/build-steps.json`,
 * where `npm run bench` reads the split of the build it timed as a whole.
 * A failing step stops the build with its exit code.
 *
 * A build whose inputs (sources, content, translations, scripts, the lock
 * file, Node's versions) are those of the last build, and whose outputs are
 * still as that build left them, does nothing: Astro and Pagefind have no
 * incremental mode and would redo every page to write the same bytes.
 * `npm run build -- --force` builds anyway.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const buildStepsFile = join('.cache', 'build-steps.json');
const lastBuildFile = join('.cache', 'last-build.json');

/** The build's steps; `npm run` puts the tools of `node_modules/.bin` on the PATH. */
const steps = [
  { name: 'astro build', command: 'astro', args: ['build'] },
  { name: 'search index', command: process.execPath, args: ['scripts/search-index.ts', 'dist'] },
  { name: 'server config', command: process.execPath, args: ['scripts/server-config.ts'] },
  { name: 'precompress', command: process.execPath, args: ['scripts/precompress.ts', 'dist'] },
];

/**
 * What the steps read: a change to any of these files, or to Node, may change
 * what they write. npm rewrites `node_modules/.package-lock.json` on every
 * install, so it stands for the packages actually installed.
 */
export const buildInputs = ['src', 'content', 'locales', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json', join('node_modules', '.package-lock.json')];
/** What the steps write: the site and nginx's configuration (not `server/run`, nginx's own files while it serves). */
export const buildOutputs = ['dist', join('server', 'nginx.conf'), join('server', 'language.js')];

function filesOf(root: string, paths: readonly string[]): string[] {
  return paths
    .map((path) => join(root, path))
    .filter((path) => existsSync(path))
    .flatMap((path) => (statSync(path).isDirectory() ? readdirSync(path, { recursive: true, encoding: 'utf8' }).map((name) => join(path, name)) : [path]))
    .filter((file) => statSync(file).isFile())
    .sort();
}

/** A hash of every input file's name and bytes, and of the Node that runs the steps. */
export function inputsHash(root: string): string {
  const hash = createHash('sha256').update(JSON.stringify([process.versions, process.platform, process.arch]));
  for (const file of filesOf(root, buildInputs)) hash.update(`\0${relative(root, file)}\0`).update(readFileSync(file));
  return hash.digest('hex');
}

/** A hash of every output file's name, size and modification time: any change to the outputs since they were written changes it. */
export function outputsHash(root: string): string {
  const hash = createHash('sha256');
  for (const file of filesOf(root, buildOutputs)) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`\0${relative(root, file)}\0${size}\0${mtimeMs}`);
  }
  return hash.digest('hex');
}

interface BuildRecord {
  inputs: string;
  outputs: string;
}

/** The last build's record, if there is a readable one. */
function lastBuild(root: string): BuildRecord | undefined {
  try {
    return JSON.parse(readFileSync(join(root, lastBuildFile), 'utf8')) as BuildRecord;
  } catch {
    return undefined;
  }
}

/** Whether the outputs under `root` are those the last build wrote from the inputs under `root` as they are now. */
export function isUpToDate(root: string): boolean {
  const last = lastBuild(root);
  return last !== undefined && last.outputs === outputsHash(root) && last.inputs === inputsHash(root);
}

/** Records that the outputs under `root` were built from inputs whose hash is `inputs`. */
export function recordBuild(root: string, inputs: string): void {
  mkdirSync(join(root, '.cache'), { recursive: true });
  writeFileSync(join(root, lastBuildFile), `${JSON.stringify({ inputs, outputs: outputsHash(root) } satisfies BuildRecord)}\n`);
}

export interface BuildStepTime {
  name: string;
  seconds: number;
}

/** Runs the steps in order, stopping the process at the first that fails; returns their times. */
function runSteps(): BuildStepTime[] {
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

/**
 * Builds the project in `root` with `steps`, unless it is up to date and not
 * `force`d: then it returns undefined. The record of the last build is removed
 * before the steps run and written once they all have, so a build that
 * fails or is stopped half way is never taken for a complete one.
 */
export function buildUnlessUpToDate(root: string, { force, steps }: { force: boolean; steps: () => BuildStepTime[] }): BuildStepTime[] | undefined {
  if (!force && isUpToDate(root)) return undefined;
  // Read before the steps run, so that a source edited during the build makes the next build run again.
  const inputs = inputsHash(root);
  rmSync(join(root, lastBuildFile), { force: true });
  const timed = steps();
  recordBuild(root, inputs);
  return timed;
}

if (import.meta.main) {
  const timed = buildUnlessUpToDate('.', { force: process.argv.includes('--force'), steps: runSteps });
  writeFileSync(buildStepsFile, `${JSON.stringify(timed ? { steps: timed } : { steps: [], upToDate: true }, null, 2)}\n`);
  console.log(
    timed
      ? `build: ${timed.map(({ name, seconds }) => `${name} ${seconds.toFixed(1)} s`).join(', ')}`
      : 'build: nothing to do, dist/ is what the last build made from the same sources (npm run build -- --force builds anyway)',
  );
}
