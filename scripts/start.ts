/**
 * `npm start` after the build: serves `dist/` on http://localhost:4321 through
 * the production nginx configuration when nginx is installed, so what a
 * reader gets locally (language redirects, headers, precompressed files,
 * not-found pages) is what production sends. Without nginx it says so in one
 * line and runs Astro's preview server instead.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '..');
const nginx = spawnSync('nginx', ['-v'], { stdio: 'ignore' });
const child =
  nginx.error || nginx.status !== 0
    ? (console.log('nginx is not installed (Debian: apt-get install nginx libnginx-mod-http-brotli-static libnginx-mod-http-js), so this is astro preview: no language redirects, server headers or precompressed files.'),
      spawn(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'preview', '--port', '4321'], { cwd: projectRoot, stdio: 'inherit' }))
    : (console.log('Serving dist/ with nginx and server/nginx.conf on http://localhost:4321'),
      spawn('nginx', ['-e', 'stderr', '-p', join(projectRoot, 'server'), '-c', join(projectRoot, 'server/nginx.conf'), '-g', 'daemon off; master_process off;'], { stdio: 'inherit' }));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
