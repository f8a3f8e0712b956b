/**
 * A real nginx serving a built site with the production configuration
 * (src/server/nginx-config.ts) on a free loopback port, and a raw HTTP client
 * that shows responses as sent: no redirect followed, no body decompressed.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nginxArguments, nginxInstalled, nginxMissing, siteData, writeNginxConfig } from '../../scripts/server-config.ts';


export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });

export interface RunningNginx {
  url: string;
  stop(): Promise<void>;
}

/** Starts nginx on `dist` and resolves once it accepts connections; rejects with its own message if it stops first. */
export async function startNginx(dist: string): Promise<RunningNginx> {
  if (!nginxInstalled()) throw new Error(`${nginxMissing}; the server tests need it (.ci/run installs it).`);
  const work = mkdtempSync(join(tmpdir(), 'nginx-test-'));
  const port = await freePort();
  const config = writeNginxConfig(work, siteData(dist), { listen: `127.0.0.1:${port}`, root: dist, runDirectory: join(work, 'run') });
  const child = spawn('nginx', nginxArguments(work, config), { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.on('data', (chunk) => (log += chunk));
  const exited = new Promise<never>((_, reject) => child.on('exit', (code) => reject(new Error(`nginx exited (${code}) before accepting connections:\n${log}`))));
  const ready = (async () => {
    while (!(await accepts(port))) await new Promise((resolve) => setTimeout(resolve, 25));
  })();
  await Promise.race([ready, exited]);
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        child.removeAllListeners('exit');
        child.on('exit', () => {
          rmSync(work, { recursive: true, force: true });
          resolve();
        });
        child.kill('SIGQUIT');
      }),
  };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** One request, answered as sent: redirects are not followed and bodies are not decompressed. */
export function get(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: Object.fromEntries(Object.entries(response.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : (value ?? '')])),
          body: Buffer.concat(chunks),
        }),
      );
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}
