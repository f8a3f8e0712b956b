/** Runs `recompressGzip` off the main thread (Zopfli is synchronous WebAssembly), so the engines are compressed on every core at once. */
import { parentPort, workerData } from 'node:worker_threads';
import { recompressGzip } from './search-index.ts';

parentPort!.postMessage(await recompressGzip(Buffer.from(workerData as Uint8Array)));
