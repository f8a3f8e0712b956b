/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) copy beside every text file of
 * the built site, at the highest settings, for the web server to send as is
 * (nginx's brotli_static and gzip_static). A copy that would not be smaller
 * is not written.
 *
 * Brotli at its highest quality costs about half a second per megabyte of
 * HTML on one core, most of a large build, so the work is shared and kept:
 * files are compressed on every core at once (zlib's asynchronous calls run
 * on libuv's thread pool, sized here to the cores), and each result is kept in
 * `.cache/precompress/` under a hash of the file's bytes, the settings and the
 * library versions, so a rebuild compresses only files whose bytes changed.
 * Entries no file of this build used are deleted, so the cache holds one site.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip as gzipAsync, gzipSync, type BrotliOptions, type ZlibOptions } from 'node:zlib';
import { compressibleExtensions } from '../src/server/site-policy.ts';
import { eachLimited } from './each-limited.ts';

const brotliOptions = (content: Buffer): BrotliOptions => ({
  params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
});
const gzipOptions: ZlibOptions = { level: constants.Z_BEST_COMPRESSION };

export function brotli(content: Buffer): Buffer {
  return brotliCompressSync(content, brotliOptions(content));
}

export function gzip(content: Buffer): Buffer {
  return gzipSync(content, gzipOptions);
}

const brotliOnPool = promisify(brotliCompress);
const gzipOnPool = promisify(gzipAsync);

/** Each served copy: its suffix, how it is made, and what its cache entries are named by besides the bytes. */
const encodings = [
  { suffix: '.br', compress: (content: Buffer) => brotliOnPool(content, brotliOptions(content)), settings: `brotli ${process.versions.brotli} q${constants.BROTLI_MAX_QUALITY}` },
  { suffix: '.gz', compress: (content: Buffer) => gzipOnPool(content, gzipOptions), settings: `zlib ${process.versions.zlib} level ${constants.Z_BEST_COMPRESSION}` },
] as const;

export const defaultCacheDir = join('.cache', 'precompress');

/** The files under `root` nginx sends compressed; the other host's configuration is not served, so it gets no copies. */
export function compressibleFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((name) => join(root, name))
    .filter((file) => compressibleExtensions.some((extension) => file.endsWith(`.${extension}`)) && !file.endsWith('staticwebapp.config.json') && statSync(file).isFile());
}

export interface PrecompressResult {
  /** Copies written beside the files. */
  written: number;
  /** Copies compressed in this run. */
  compressed: number;
  /** Copies taken from the cache. */
  reused: number;
}

/** Compresses every compressible file under `root`, reusing and refreshing the cache in `cacheDir`. */
export async function precompress(root: string, cacheDir = defaultCacheDir): Promise<PrecompressResult> {
  mkdirSync(cacheDir, { recursive: true });
  // Largest first, so no large file is left for one core at the end.
  const files = compressibleFiles(root).sort((a, b) => statSync(b).size - statSync(a).size);
  const used = new Set<string>();
  const result: PrecompressResult = { written: 0, compressed: 0, reused: 0 };
  await eachLimited(files, availableParallelism(), async (file) => {
    const content = readFileSync(file);
    const hash = createHash('sha256').update(content);
    await Promise.all(
      encodings.map(async ({ suffix, compress, settings }) => {
        const entry = join(cacheDir, `${hash.copy().update(`\0${settings}`).digest('hex')}${suffix}`);
        used.add(entry);
        if (existsSync(entry)) {
          result.reused++;
        } else {
          // Written whole or not at all: an interrupted build must not leave a truncated entry that later builds would reuse.
          const partial = `${entry}.${process.pid}.partial`;
          writeFileSync(partial, await compress(content));
          renameSync(partial, entry);
          result.compressed++;
        }
        if (statSync(entry).size >= content.length) return;
        copyFileSync(entry, `${file}${suffix}`);
        result.written++;
      }),
    );
  });
  // Another build's entries still being written are left to it.
  for (const name of readdirSync(cacheDir)) if (!used.has(join(cacheDir, name)) && !name.endsWith('.partial')) rmSync(join(cacheDir, name));
  return result;
}

if (import.meta.main) {
  // Before the pool's first use: one thread per core (libuv's default is 4).
  process.env.UV_THREADPOOL_SIZE ??= String(availableParallelism());
  const root = process.argv[2] ?? 'dist';
  const { written, compressed, reused } = await precompress(root);
  console.log(`precompress: ${written} brotli and gzip copies written in ${root}/ (${compressed} compressed, ${reused} from ${defaultCacheDir}/)`);
}
