/**
 * `npm start` after the build (scripts/start.ts): the site through nginx when
 * nginx is installed and accepts the generated configuration, and Astro's
 * preview server, announced in one line, when it is not or does not. Run on a free port (`PORT`) rather than 4321, which a developer's
 * own `npm start` may hold.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort, get, type RawResponse } from '../support/nginx.ts';
import { projectRoot } from '../support/paths.ts';

async function started(env: NodeJS.ProcessEnv, check: (port: number, answer: (path: string, headers?: Record<string, string>) => Promise<RawResponse>) => Promise<void>): Promise<string> {
  const port = await freePort();
  const child = spawn(process.execPath, ['scripts/start.ts'], { cwd: projectRoot, env: { ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<never>((_, reject) => child.on('exit', (code) => reject(new Error(`npm start stopped (${code}):\n${output}`))));
  const answer = (path: string, headers: Record<string, string> = {}) => get(`http://localhost:${port}${path}`, headers);
  try {
    await Promise.race([
      exited,
      (async () => {
        for (;;) {
          try {
            return await answer('/en/');
          } catch {
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
        }
      })(),
    ]);
    await check(port, answer);
  } finally {
    child.removeAllListeners('exit');
    const stopped = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    await stopped;
  }
  return output;
}

describe('npm start', () => {
  it('serves the build through nginx when it is installed', async () => {
    await started(process.env, async (_, answer) => {
      expect((await answer('/en/')).status).toBe(200);
      // The njs module as Node writes it for production (type-stripped source), not as the test runner would.
      const root = await answer('/', { 'Accept-Language': 'ru-RU, en;q=0.8' });
      expect(root.status).toBe(302);
      expect(root.headers.location).toBe('/ru/');
    });
  }, 60_000);

  it('without nginx says so in one line and serves the build with astro preview', async () => {
    const withoutNginx = (process.env.PATH ?? '').split(delimiter).filter((directory) => !existsSync(join(directory, 'nginx'))).join(delimiter);
    const output = await started({ ...process.env, PATH: withoutNginx }, async (_, answer) => {
      const page = await answer('/en/');
      expect(page.status).toBe(200);
      expect(page.body.toString('utf8')).toContain('<html lang="en"');
    });
    expect(output.split('\n')[0]).toMatch(/^nginx is not installed .*astro preview/);
  }, 60_000);

  it('with an nginx that cannot load its njs module names the missing package in one line and serves with astro preview', async () => {
    // A stub that answers `-v` and fails `-t` as Debian's nginx does without libnginx-mod-http-js.
    const stubDirectory = mkdtempSync(join(tmpdir(), 'nginx-stub-'));
    const stub = join(stubDirectory, 'nginx');
    writeFileSync(
      stub,
      [
        '#!/bin/sh',
        'for argument in "$@"; do',
        '  if [ "$argument" = -t ]; then',
        '    echo \'2026/12/05 05:20:20 [emerg] 7685#7685: dlopen() "/usr/lib/nginx/modules/ngx_http_js_module.so" failed (/usr/lib/nginx/modules/ngx_http_js_module.so: cannot open shared object file: No such file or directory) in /tmp/nginx.conf:3\' >&2',
        '    echo "nginx: configuration file /tmp/nginx.conf test failed" >&2',
        '    exit 1',
        '  fi',
        'done',
        'if [ "$1" = -v ]; then echo "nginx version: nginx/1.22.1" >&2; exit 0; fi',
        'echo "the stub serves nothing" >&2',
        'exit 1',
        '',
      ].join('\n'),
    );
    chmodSync(stub, 0o755);
    try {
      const output = await started({ ...process.env, PATH: `${stubDirectory}${delimiter}${process.env.PATH ?? ''}` }, async (_, answer) => {
        const page = await answer('/en/');
        expect(page.status).toBe(200);
        expect(page.body.toString('utf8')).toContain('<html lang="en"');
      });
      expect(output.split('\n')[0]).toBe(
        'nginx is installed without its JavaScript (njs) module (Debian: apt-get install -y libnginx-mod-http-js), so this is astro preview: no language redirects, server headers or precompressed files.',
      );
    } finally {
      rmSync(stubDirectory, { recursive: true, force: true });
    }
  }, 60_000);
});
