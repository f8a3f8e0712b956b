/**
 * `npm run build`'s search step: Pagefind's index of every language's
 * articles in `dist/pagefind/`, made smaller for the reader.
 *
 * - Pagefind indexes each language in a run of its own, at most two at a
 *   time, and the runs' bundles are merged. Pagefind keeps each language's
 *   index apart anyway, so the merged bundle is the one a single run writes
 *   (a site test compares them), but one run holds every language in memory
 *   at once: at 1,000 articles per language it peaked at 1.2 GB, one
 *   language at 227–559 MB (Chinese the most).
 * - Pagefind's script is minified (Pagefind ships it with its names
 *   unmangled): 13.0 KB gzip becomes 11.1 KB.
 * - Each language's engine (`wasm.en.pagefind`, gzip that Pagefind's script
 *   unpacks itself, so the server can't compress it better) is compressed
 *   again with Zopfli, the same gzip format 5% smaller: about 2.8 KB less on
 *   every reader's first search. The engines are the same in every build of
 *   a Pagefind version, so the results are kept in `.cache/search-engines/`.
 *
 * A language with no page to index stops the build (Pagefind fails on it,
 * and the step names the language's pages); Pagefind's warnings are printed.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { transform } from 'esbuild';
import { localePaths } from '../src/i18n/locales.ts';
import { eachLimited } from './each-limited.ts';

const projectRoot = resolve(import.meta.dirname, '..');
/** Pagefind runs at once: each holds one language's pages in memory. */
const concurrentRuns = Math.min(2, availableParallelism());

const zopfliIterations = 15;
/** What a cached engine is named by besides its bytes. */
const zopfliSettings = `zopfli ${(JSON.parse(readFileSync(join(projectRoot, 'node_modules', '@gfx', 'zopfli', 'package.json'), 'utf8')) as { version: string }).version} i${zopfliIterations}`;

/** Pagefind's `pagefind-entry.json`: which languages the bundle has and where their indexes are. */
export interface PagefindEntry {
  version: string;
  languages: Record<string, unknown>;
  include_characters: string[];
}

/** One entry for the bundles of several runs; fails if they come from different Pagefind versions or settings, or share a language. */
export function mergeEntries(entries: readonly PagefindEntry[]): PagefindEntry {
  const [first] = entries;
  if (!first) throw new Error('mergeEntries: no Pagefind entry to merge');
  const languages: Record<string, unknown> = {};
  for (const entry of entries) {
    if (entry.version !== first.version) throw new Error(`Pagefind runs of different versions: ${first.version} and ${entry.version}`);
    if (JSON.stringify(entry.include_characters) !== JSON.stringify(first.include_characters)) throw new Error('Pagefind runs with different include_characters');
    for (const [language, index] of Object.entries(entry.languages)) {
      if (language in languages) throw new Error(`Pagefind language "${language}" was indexed by two runs`);
      languages[language] = index;
    }
  }
  // Sorted by name, as Pagefind writes them.
  const sorted = Object.fromEntries(Object.entries(languages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { version: first.version, languages: sorted, include_characters: first.include_characters };
}

const entryFile = 'pagefind-entry.json';

function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/** Moves `source` to `target`, copying when they are on different file systems. */
function moveFile(source: string, target: string): void {
  try {
    renameSync(source, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    copyFileSync(source, target);
  }
}

/**
 * Merges the bundles in `bundles` into `target`, moving their files. Files of
 * one language are named after it; the files every run writes (Pagefind's
 * scripts, the language-neutral engine) must be the same bytes in each, or
 * the merge fails.
 */
export function mergeBundles(bundles: readonly string[], target: string): void {
  rmSync(target, { recursive: true, force: true });
  const entries = bundles.map((bundle) => JSON.parse(readFileSync(join(bundle, entryFile), 'utf8')) as PagefindEntry);
  const merged = new Set<string>();
  for (const bundle of bundles) {
    for (const file of filesUnder(bundle)) {
      if (file === entryFile) continue;
      const source = join(bundle, file);
      const destination = join(target, file);
      if (merged.has(file)) {
        if (!readFileSync(destination).equals(readFileSync(source))) throw new Error(`Pagefind runs wrote different ${file} (${source})`);
        continue;
      }
      merged.add(file);
      mkdirSync(dirname(destination), { recursive: true });
      moveFile(source, destination);
    }
  }
  writeFileSync(join(target, entryFile), JSON.stringify(mergeEntries(entries)));
}

/** Pagefind's script, minified; the same module with shorter names. */
export async function minifyScript(code: string): Promise<string> {
  return (await transform(code, { loader: 'js', format: 'esm', minify: true, legalComments: 'none' })).code;
}


const pagefindCli = join(projectRoot, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');

/** `gzipped` compressed again with Zopfli, in a worker thread: the same bytes unpacked, the same format, smaller (or `gzipped` itself). */
export function recompressGzip(gzipped: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./zopfli-worker.ts', import.meta.url), { workerData: { gzipped, iterations: zopfliIterations } });
    let settled = false;
    worker.once('message', (result: Uint8Array) => {
      settled = true;
      resolve(Buffer.from(result));
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`The Zopfli worker stopped (exit ${code}) without a result`));
    });
  });
}

/** Runs Pagefind's command line with `args`; prints what it logs (with `--quiet`, its warnings), and rejects with it if it fails. */
function runPagefind(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const run = spawn(process.execPath, [pagefindCli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    run.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    run.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    run.on('error', reject);
    run.on('close', (code) => {
      if (code !== 0) return reject(new Error(`pagefind ${args.join(' ')} failed (exit ${code}):\n${output}`));
      if (output.trim()) console.warn(`pagefind ${args.join(' ')}:\n${output.trim()}`);
      resolve();
    });
  });
}

/**
 * Indexes `site`'s article pages (`/<lang>/<slug>/`, the only pages that carry
 * `data-pagefind-body`), one language per Pagefind run, into `<site>/pagefind/`.
 */
export async function indexSite(site: string, languages: readonly string[], workDir: string): Promise<void> {
  const bundles = languages.map((language) => join(workDir, language));
  try {
    await eachLimited(languages, concurrentRuns, (language) =>
      runPagefind(['--site', site, '--glob', `${language}/*/index.html`, '--output-path', join(workDir, language), '--quiet']),
    );
    mergeBundles(bundles, join(site, 'pagefind'));
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** Minifies the bundle's script and recompresses its engines, reusing engines compressed by earlier builds from `cacheDir`. */
export async function shrinkBundle(bundle: string, cacheDir: string): Promise<void> {
  const script = join(bundle, 'pagefind.js');
  writeFileSync(script, await minifyScript(readFileSync(script, 'utf8')));
  mkdirSync(cacheDir, { recursive: true });
  const used = new Set<string>();
  const engines = readdirSync(bundle).filter((name) => /^wasm\..+\.pagefind$/.test(name));
  await eachLimited(engines, availableParallelism(), async (name) => {
    const file = join(bundle, name);
    const gzipped = readFileSync(file);
    const entry = join(cacheDir, `${createHash('sha256').update(gzipped).update(`\0${zopfliSettings}`).digest('hex')}.gz`);
    used.add(entry);
    if (!existsSync(entry)) {
      // Written whole or not at all, so an interrupted build leaves nothing a later one would reuse.
      const partial = `${entry}.${process.pid}.partial`;
      writeFileSync(partial, await recompressGzip(gzipped));
      renameSync(partial, entry);
    }
    copyFileSync(entry, file);
  });
  // Another build's entries still being written are left to it.
  for (const name of readdirSync(cacheDir)) if (!used.has(join(cacheDir, name)) && !name.endsWith('.partial')) rmSync(join(cacheDir, name));
}

if (import.meta.main) {
  const site = process.argv[2] ?? 'dist';
  await indexSite(site, localePaths, join(projectRoot, '.cache', `pagefind-runs-${process.pid}`));
  await shrinkBundle(join(site, 'pagefind'), join(projectRoot, '.cache', 'search-engines'));
  const entry = JSON.parse(readFileSync(join(site, 'pagefind', entryFile), 'utf8')) as PagefindEntry;
  const counts = Object.entries(entry.languages).map(([language, index]) => `${language} ${(index as { page_count: number }).page_count}`);
  console.log(`search index: ${site}/pagefind/ (pages per language: ${counts.join(', ')})`);
}
