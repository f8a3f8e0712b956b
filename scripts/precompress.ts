/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) copy beside every text file of
 * the built site, at the highest settings, for the web server to send as is
 * (nginx's brotli_static and gzip_static). A copy that would not be smaller
 * is not written.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { compressibleExtensions } from '../src/server/site-policy.ts';

export function brotli(content: Buffer): Buffer {
  return brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } });
}

export function gzip(content: Buffer): Buffer {
  return gzipSync(content, { level: constants.Z_BEST_COMPRESSION });
}


/** Compresses every compressible file under `root` and returns how many copies were written. */
export function precompress(root: string): number {
  let written = 0;
  for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    const file = join(root, name);
    // The other host's configuration is not served, so it gets no served copies.
    if (!compressibleExtensions.some((extension) => file.endsWith(`.${extension}`)) || file.endsWith('staticwebapp.config.json')) continue;
    const content = readFileSync(file);
    for (const [suffix, compress] of [['.br', brotli], ['.gz', gzip]] as const) {
      const compressed = compress(content);
      if (compressed.length >= content.length) continue;
      writeFileSync(`${file}${suffix}`, compressed);
      written++;
    }
  }
  return written;
}

if (import.meta.main) {
  const root = process.argv[2] ?? 'dist';
  console.log(`precompress: ${precompress(root)} brotli and gzip copies written in ${root}/`);
}
