/**
 * Writes the web server configurations for the built site (run by
 * `npm run build` after the search index): `dist/staticwebapp.config.json` for Azure
 * Static Web Apps, and for nginx `server/nginx.conf` with its njs module
 * `server/language.js`, serving `dist/` on http://localhost:4321 (what
 * `npm start` runs). `--listen`, `--root` and `--run` write them for another
 * address, site folder and run folder (the Dockerfile does).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { englishSlugs } from '../src/i18n/translation-report.ts';
import { defaultLocale, locales } from '../src/i18n/locales.ts';
import { languageModule, NGINX_PACKAGES, nginxCheckFailure, nginxConfig, type NginxDeployment, type NginxSite } from '../src/server/nginx-config.ts';
import { staticWebAppConfig } from '../src/server/static-web-app-config.ts';

const projectRoot = resolve(import.meta.dirname, '..');

const htmlFiles = (directory: string) => readdirSync(directory, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).map((name) => join(directory, name));

/** Whether `nginx` runs here; `npm start` and the server tests serve with it only if so. */
export function nginxInstalled(): boolean {
  const version = spawnSync('nginx', ['-v'], { stdio: 'ignore' });
  return !version.error && version.status === 0;
}

/** How to run nginx in the foreground as the current user on a configuration `writeNginxConfig` wrote into `directory`. */
export function nginxArguments(directory: string, config: string): string[] {
  return ['-e', 'stderr', '-p', directory, '-c', config, '-g', 'daemon off; master_process off;'];
}

/**
 * Whether this machine's nginx accepts a configuration `writeNginxConfig`
 * wrote (`nginx -t`): undefined if it does, else one line naming what is
 * missing, such as a module whose Debian package is not installed.
 */
export function nginxConfigProblem(directory: string, config: string): string | undefined {
  const check = spawnSync('nginx', [...nginxArguments(directory, config), '-t'], { encoding: 'utf8' });
  if (!check.error && check.status === 0) return undefined;
  return nginxCheckFailure(`${check.stderr ?? ''}${check.stdout ?? ''}${check.error?.message ?? ''}`);
}

/** One line for a machine without nginx, naming what to install. */
export const nginxMissing = `nginx is not installed (Debian: apt-get install -y ${NGINX_PACKAGES.join(' ')})`;

/**
 * The policy every built page carries. A header has one value for the whole
 * site, so pages with different policies, or none, stop the build, named.
 */
export function builtPageCsp(dist: string): string {
  const policies = new Map<string, string[]>();
  for (const file of htmlFiles(dist)) {
    const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(readFileSync(file, 'utf8'))?.[1] ?? '(none)';
    policies.set(policy, [...(policies.get(policy) ?? []), file]);
  }
  if (policies.size !== 1 || policies.has('(none)')) {
    throw new Error(`Every page must carry the same Content-Security-Policy for the server to send it as a header; found ${policies.size}:\n${[...policies].map(([policy, files]) => `  ${policy.slice(0, 80)}… in ${files.slice(0, 3).join(', ')}${files.length > 3 ? ` and ${files.length - 3} more` : ''}`).join('\n')}`);
  }
  return [...policies.keys()][0]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

export function siteData(dist: string, root = projectRoot): NginxSite {
  return { locales, defaultPath: defaultLocale.path, neutralSlugs: englishSlugs(root), pageCsp: builtPageCsp(dist) };
}

/** Writes `nginx.conf` and `language.js` into `directory` and returns the configuration's path. */
export function writeNginxConfig(directory: string, site: NginxSite, deployment: Omit<NginxDeployment, 'scriptDirectory'>): string {
  mkdirSync(directory, { recursive: true });
  mkdirSync(deployment.runDirectory, { recursive: true });
  writeFileSync(join(directory, 'language.js'), languageModule(site));
  const file = join(directory, 'nginx.conf');
  writeFileSync(file, nginxConfig(site, { ...deployment, scriptDirectory: resolve(directory) }));
  return file;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { listen: { type: 'string', default: '127.0.0.1:4321' }, root: { type: 'string' }, run: { type: 'string' }, out: { type: 'string', default: 'server' } } });
  const dist = join(projectRoot, 'dist');
  const site = siteData(dist);
  writeFileSync(join(dist, 'staticwebapp.config.json'), `${JSON.stringify(staticWebAppConfig(site.pageCsp), null, 2)}\n`);
  const out = resolve(projectRoot, values.out);
  const file = writeNginxConfig(out, site, { listen: values.listen, root: values.root ?? dist, runDirectory: values.run ?? join(out, 'run') });
  console.log(`server-config: ${file} (nginx, ${values.listen}) and dist/staticwebapp.config.json`);
}
