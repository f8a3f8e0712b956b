/**
 * The configuration written for Azure Static Web Apps is valid against that
 * host's published JSON schema (test/fixtures/staticwebapp.config.schema.json,
 * from @azure/static-web-apps-cli 2.0.10, schema/staticwebapp.config.json) and
 * carries the same policy as the nginx configuration.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { expectedCspHeader } from '../support/html.ts';
import { distDir, projectRoot } from '../support/paths.ts';

const config = JSON.parse(readFileSync(join(distDir, 'staticwebapp.config.json'), 'utf8')) as {
  globalHeaders: Record<string, string>;
  routes: { route: string; headers: Record<string, string> }[];
  responseOverrides: Record<string, { rewrite: string; statusCode: number }>;
  mimeTypes: Record<string, string>;
};
const schema = JSON.parse(readFileSync(join(projectRoot, 'test/fixtures/staticwebapp.config.schema.json'), 'utf8')) as object;

describe('staticwebapp.config.json', () => {
  it('is valid against the published schema', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('fails that schema when it is wrong, so the check can fail', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate({ ...config, responseOverrides: { notFound: { rewrite: '/404.html' } } })).toBe(false);
    expect(validate({ ...config, routes: [{ headers: {} }] })).toBe(false);
  });

  it('sends the pages’ policy with frame-ancestors, and the other security headers, on every response', () => {
    expect(config.globalHeaders['Content-Security-Policy']).toBe(expectedCspHeader(join(distDir, 'en/index.html')));
    expect(Object.keys(config.globalHeaders)).toEqual(expect.arrayContaining(['X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'Strict-Transport-Security', 'Cache-Control']));
  });

  it('caches only hashed assets as immutable, answers unknown addresses with the not-found page, and types Pagefind’s files', () => {
    expect(config.routes.map((route) => [route.route, route.headers['Cache-Control']])).toEqual([
      ['/_astro/*.{js,css}', 'public, max-age=31536000, immutable'],
      ['/pagefind/*.{pf_meta,pf_index,pf_fragment}', 'public, max-age=31536000, immutable'],
    ]);
    expect(config.globalHeaders['Cache-Control']).toBe('no-cache');
    expect(config.responseOverrides['404']).toEqual({ rewrite: '/404.html', statusCode: 404 });
    expect(config.mimeTypes).toMatchObject({ '.pagefind': 'application/octet-stream', '.pf_meta': 'application/octet-stream', '.wasm': 'application/wasm' });
  });
});
