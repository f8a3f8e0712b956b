/**
 * Compresses the gzip file it is given again with Zopfli, in a worker thread:
 * Zopfli is synchronous WebAssembly, and on loading it installs process-wide
 * error handlers that would take over the build's own error reporting.
 * Posts the smaller of the two, as the same bytes unpacked.
 */
import { gunzipSync } from 'node:zlib';
import { parentPort, workerData } from 'node:worker_threads';
import { gzipAsync } from '@gfx/zopfli';

const { gzipped, iterations } = workerData as { gzipped: Uint8Array; iterations: number };
const smaller = await gzipAsync(gunzipSync(gzipped), { numiterations: iterations });
parentPort!.postMessage(smaller.length < gzipped.length ? smaller : gzipped);
