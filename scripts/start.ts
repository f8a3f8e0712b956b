/**
 * `npm start` after the build: serves `dist/` on http://localhost:4321 (or
 * `PORT`) through the production nginx configuration when nginx is installed
 * and accepts it (`nginx -t`), so what a reader gets locally (language
 * redirects, headers, precompressed files, not-found pages) is what production
 * sends. Without nginx, or with an nginx that lacks a module the configuration
 * loads, it says so in one line and runs Astro's preview server instead.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { nginxArguments, nginxConfigProblem, nginxInstalled, nginxMissing, siteData, writeNginxConfig } from './server-config.ts';

const projectRoot = resolve(import.meta.dirname, '..');
const port = process.env.PORT ?? '4321';

function serveWithNginx() {
  // A folder of its own for each run, so two servers (or a test and a developer's server) never share a pid file.
  const out = mkdtempSync(join(tmpdir(), 'action-pack-help-nginx-'));
  const config = writeNginxConfig(out, siteData(join(projectRoot, 'dist')), { listen: `127.0.0.1:${port}`, root: join(projectRoot, 'dist'), runDirectory: join(out, 'run') });
  const problem = nginxConfigProblem(out, config);
  if (problem) {
    rmSync(out, { recursive: true, force: true });
    return serveWithPreview(problem);
  }
  console.log(`Serving dist/ with nginx (${config}) on http://localhost:${port}`);
  const server = spawn('nginx', nginxArguments(out, config), { stdio: 'inherit' });
  server.on('exit', () => rmSync(out, { recursive: true, force: true }));
  return server;
}

/** Astro's preview server, after one line saying why nginx is not serving. */
function serveWithPreview(reason: string) {
  console.log(`${reason}, so this is astro preview: no language redirects, server headers or precompressed files.`);
  return spawn(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'preview', '--port', port], { cwd: projectRoot, stdio: 'inherit' });
}

const child = nginxInstalled() ? serveWithNginx() : serveWithPreview(nginxMissing);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
