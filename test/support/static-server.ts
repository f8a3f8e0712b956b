import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.wasm': 'application/wasm',
};

function resolveFile(root: string, pathname: string): string | undefined {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidates = safe.endsWith('/') ? [join(root, safe, 'index.html')] : [join(root, safe), join(root, safe, 'index.html')];
  return candidates.find((file) => file.startsWith(root) && existsSync(file) && statSync(file).isFile());
}

/** Where browsers send the reports of `reportCsp`, and where a test reads them back (GET, JSON). */
export const cspReportPath = '/__csp-reports';

/** The policy a built page carries in its `<meta http-equiv="content-security-policy">`. */
function pagePolicy(file: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(readFileSync(file, 'utf8'))?.[1]?.replaceAll('&#39;', "'");
}

/**
 * Serves a built static site as a plain static host would, with `/404.html` for unknown paths.
 * With `reportCsp`, each page is also sent its own policy as a report-only
 * header naming a report address, so a violation in any engine (including one
 * whose driver cannot listen for it) reaches the server, which keeps it.
 */
export async function serveStatic(root: string, port = 0, { reportCsp = false } = {}): Promise<{ url: string; server: Server }> {
  const cspReports: string[] = [];
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (reportCsp && pathname === cspReportPath) {
      if (request.method !== 'POST') {
        response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(cspReports));
        return;
      }
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk));
      request.on('end', () => {
        cspReports.push(body);
        response.writeHead(204).end();
      });
      return;
    }
    if (!pathname.endsWith('/') && !extname(pathname) && resolveFile(root, `${pathname}/`)) {
      response.writeHead(301, { Location: `${pathname}/` }).end();
      return;
    }
    const file = resolveFile(root, pathname);
    const served = file ?? resolveFile(root, '/404.html');
    if (!served) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const headers: Record<string, string> = { 'Content-Type': types[extname(served)] ?? 'application/octet-stream' };
    const policy = reportCsp && extname(served) === '.html' ? pagePolicy(served) : undefined;
    if (policy) headers['Content-Security-Policy-Report-Only'] = `${policy}; report-uri ${cspReportPath}`;
    response.writeHead(file ? 200 : 404, headers);
    createReadStream(served).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${actual}`, server };
}
