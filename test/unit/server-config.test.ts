import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languageModule, NGINX_MODULES, NGINX_PACKAGES, nginxCheckFailure, nginxConfig, type NginxSite } from '../../src/server/nginx-config.ts';
import { isHashedAsset } from '../../src/server/site-policy.ts';
import { projectRoot } from '../support/paths.ts';

const site: NginxSite = {
  locales: [
    { code: 'en', path: 'en' },
    { code: 'pt-BR', path: 'pt-br' },
  ],
  defaultPath: 'en',
  neutralSlugs: ['renew', 'cancel.old'],
  pageCsp: "default-src 'self'; script-src 'self' 'sha256-ab+c/d='",
};
const config = nginxConfig(site, { listen: '127.0.0.1:8080', root: '/srv/site', scriptDirectory: '/srv/server', runDirectory: '/run/site' });

/** Each `location … { … }` block of the configuration, by its head. */
const locations = () => [...config.matchAll(/^\s*(location [^{]+)\{\n([\s\S]*?)^\s*\}$/gm)].map((match) => ({ head: match[1]!.trim(), body: match[2]! }));

describe('nginxConfig', () => {
  it('gives every language a not-found page of its own, from the locale list alone', () => {
    expect(locations().find((location) => location.head === 'location /pt-br/')?.body).toContain('error_page 403 404 =404 /pt-br/404/;');
  });

  it('redirects the root and every language-neutral permalink by the negotiated language, regex-escaped', () => {
    expect(config).toContain('location ~ ^/(renew|cancel\\.old)/$ {');
    expect(config).toContain('return 302 /$site_language/$1/$is_args$args;');
  });

  it('repeats every security header in every location that sends content, since nginx does not inherit them into one that adds its own', () => {
    const sending = locations().filter((location) => !location.body.includes('return 404'));
    expect(sending.length).toBeGreaterThan(4);
    for (const { head, body } of sending) {
      for (const header of ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'Strict-Transport-Security', 'Cache-Control']) expect(body, `${head} ${header}`).toMatch(new RegExp(`add_header ${header} ".+" always;`));
    }
    expect(config).toContain(`"default-src 'self'; script-src 'self' 'sha256-ab+c/d='; frame-ancestors 'none'"`);
  });

  it('refuses a header value nginx would read a variable in', () => {
    expect(() => nginxConfig({ ...site, pageCsp: "script-src 'self' $x" }, { listen: '80', root: '/srv', scriptDirectory: '/srv', runDirectory: '/run' })).toThrow(/contains "\$"/);
  });
});

describe('nginxCheckFailure', () => {
  const dlopenFailure = (file: string) => `2026/12/05 05:20:20 [emerg] 7685#7685: dlopen() "/usr/lib/nginx/modules/${file}" failed (/usr/lib/nginx/modules/${file}: cannot open shared object file: No such file or directory) in /tmp/x/nginx.conf:3\nnginx: configuration file /tmp/x/nginx.conf test failed\n`;

  it('loads every module it names, and names its Debian package among the packages', () => {
    for (const module of NGINX_MODULES) {
      expect(config).toContain(`load_module /usr/lib/nginx/modules/${module.file};`);
      expect(NGINX_PACKAGES).toContain(module.debianPackage);
    }
  });

  it('names the module nginx could not load and the package that brings it', () => {
    expect(nginxCheckFailure(dlopenFailure('ngx_http_js_module.so'))).toBe('nginx is installed without its JavaScript (njs) module (Debian: apt-get install -y libnginx-mod-http-js)');
    expect(nginxCheckFailure(dlopenFailure('ngx_http_brotli_static_module.so'))).toBe('nginx is installed without its brotli module (Debian: apt-get install -y libnginx-mod-http-brotli-static)');
  });

  it('passes on nginx\'s own first error for any other refusal', () => {
    expect(nginxCheckFailure('2026/12/05 05:20:20 [emerg] 1#1: unknown directive "brotli_static" in /tmp/x/nginx.conf:20\nnginx: configuration file /tmp/x/nginx.conf test failed\n')).toBe(
      'nginx refused the generated configuration (1#1: unknown directive "brotli_static" in /tmp/x/nginx.conf:20)',
    );
    expect(nginxCheckFailure('')).toBe('nginx refused the generated configuration (no message)');
  });
});

describe('languageModule', () => {
  const preferred = (headers: Record<string, string>, cookie?: string) => {
    const source = languageModule(site).replace('export default { preferred: preferred };', 'return preferred;');
    return (new Function(source)() as (request: unknown) => string)({ headersIn: headers, variables: { cookie_help_site_locale: cookie } });
  };

  it('runs the negotiation nginx runs: cookie first, then Accept-Language, then the default', () => {
    expect(preferred({ 'Accept-Language': 'pt-PT, en;q=0.5' })).toBe('pt-br');
    expect(preferred({ 'Accept-Language': 'pt-PT' }, 'en')).toBe('en');
    expect(preferred({ 'Accept-Language': 'fr' }, 'xx')).toBe('en');
    expect(preferred({})).toBe('en');
  });

  it('answers the default language rather than nothing if anything goes wrong', () => {
    const source = languageModule(site).replace('export default { preferred: preferred };', 'return preferred;');
    expect((new Function(source)() as (request: unknown) => string)({ headersIn: { 'Accept-Language': 42 }, variables: {} })).toBe('en');
  });
});

describe('site policy', () => {
  it('treats only names that change with their content as immutable', () => {
    expect(isHashedAsset('/_astro/page.DpZ0pv3T.js')).toBe(true);
    expect(isHashedAsset('/pagefind/index/en_a6609e4.pf_index')).toBe(true);
    expect(isHashedAsset('/pagefind/pagefind.js')).toBe(false);
    expect(isHashedAsset('/pagefind/wasm.en.pagefind')).toBe(false);
    expect(isHashedAsset('/pagefind/pagefind-entry.json')).toBe(false);
    expect(isHashedAsset('/en/index.html')).toBe(false);
  });
});

describe('.ci/run', () => {
  it('installs the Debian packages the configuration runs on', () => {
    expect(readFileSync(join(projectRoot, '.ci/run'), 'utf8')).toContain(`for package in ${NGINX_PACKAGES.join(' ')}; do`);
  });
});

describe('Dockerfile', () => {
  it('serves with the generated configuration on the Debian packages the tests use', () => {
    const dockerfile = readFileSync(join(projectRoot, 'Dockerfile'), 'utf8');
    expect(dockerfile).toContain(`apt-get install -y --no-install-recommends ${NGINX_PACKAGES.join(' ')}`);
    expect(dockerfile).toMatch(/node scripts\/server-config\.ts --listen 80 --root (\S+) --run \S+ --out (\S+)[\s\S]*COPY --from=build \/site\/dist \1\n[\s\S]*-c", "\2\/nginx\.conf"/);
  });
});
