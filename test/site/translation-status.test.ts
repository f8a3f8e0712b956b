/**
 * An English edit makes its translations stale, visibly: in a copy of the
 * project, one sentence of the English buy/renew article changes. The status
 * report and the build name exactly that article in every other language, its
 * translated pages tell readers (with the date and a link to the original),
 * and marking one translation as reviewed clears its notice only.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generatedSite } from '../../bench/generated-site.ts';
import { categoryIds } from '../../src/content/categories.ts';
import { formatCalendarDate } from '../../src/i18n/format-date.ts';
import { defaultLocale, locales } from '../../src/i18n/locales.ts';
import { projectRoot } from '../support/paths.ts';

const fixture = join(projectRoot, 'bench', 'tmp', 'translation-test');
const slug = 'buy-or-renew-action-pack';
const englishFile = join(fixture, 'content/articles/en', `${slug}.mdx`);
/** Later than any translation's last review, so the edit makes every translation stale since this date. */
const EDITED_ON = '2030-01-15';
const translated = locales.filter((locale) => locale !== defaultLocale);

const run = (script: string, ...args: string[]) => spawnSync(process.execPath, [script, ...args], { cwd: fixture, encoding: 'utf8' });
const build = () => execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: fixture, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
const page = (localePath: string, name: string) => readFileSync(join(fixture, 'dist', localePath, name, 'index.html'), 'utf8');
const staleNotice = (html: string) => /<div class="callout callout--important" role="note" data-translation-stale[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1];

let firstBuildLog = '';

beforeAll(() => {
  generatedSite(fixture, 0, categoryIds);
  const english = readFileSync(englishFile, 'utf8');
  const edited = english
    .replace(/^updated: .*$/m, `updated: ${EDITED_ON}`)
    .replace('you can verify your bill-to address.', 'you can verify your bill-to address. Check it before you pay.');
  expect(edited).not.toBe(english);
  writeFileSync(englishFile, edited);
  firstBuildLog = build();
}, 600_000);

describe('after an edit to the English text', () => {
  it('i18n:status marks exactly that article stale in every other language, since the English update', () => {
    const status = run('scripts/i18n-status.ts');
    expect(status.status).toBe(0);
    const staleRows = status.stdout.split('\n').filter((line) => line.includes('stale'));
    expect(staleRows.sort()).toEqual(translated.map((locale) => `| ${locale.path} | ${slug} | stale (English updated ${EDITED_ON}) |`).sort());
    expect(status.stdout).toContain(`${translated.length} translations are not up to date.`);
  });

  it('i18n:status --strict fails, naming them', () => {
    const strict = run('scripts/i18n-status.ts', '--strict');
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain(`| de | ${slug} | stale`);
  });

  it('the build prints every stale page and still succeeds', () => {
    for (const locale of translated) expect(firstBuildLog).toContain(`content/articles/${locale.path}/${slug}.mdx: stale (English updated ${EDITED_ON})`);
    expect(firstBuildLog).not.toContain('upgrade-partner-network-membership.mdx: stale');
  });

  it.each(translated.map((locale) => [locale.path, locale] as const))('the %s page tells readers, with the date and a link to the original at the same anchor', (localePath, locale) => {
    const notice = staleNotice(page(localePath, slug));
    expect(notice).toBeDefined();
    expect(notice).toContain(formatCalendarDate(EDITED_ON, locale.code));
    expect(notice).toMatch(/<a href="\/en\/buy-or-renew-action-pack\/" hreflang="en" data-keep-location>/);
    expect(staleNotice(page(localePath, 'upgrade-partner-network-membership'))).toBeUndefined();
  });

  it('the English page has no notice', () => {
    expect(staleNotice(page('en', slug))).toBeUndefined();
  });
});

describe('after i18n:mark de/buy-or-renew-action-pack', () => {
  beforeAll(() => {
    const mark = run('scripts/i18n-mark.ts', `de/${slug}`, '--date', EDITED_ON);
    expect(mark.stderr).toBe('');
    build();
  }, 600_000);

  it('the German page has no notice and the others keep theirs', () => {
    expect(staleNotice(page('de', slug))).toBeUndefined();
    for (const locale of translated.filter((candidate) => candidate.path !== 'de')) expect(staleNotice(page(locale.path, slug)), locale.path).toBeDefined();
  });

  it('i18n:status reports German as up to date', () => {
    expect(run('scripts/i18n-status.ts').stdout).toContain(`| de | ${slug} | up to date |`);
    expect(readFileSync(join(fixture, 'content/articles/de', `${slug}.mdx`), 'utf8')).toContain(`reviewed: ${EDITED_ON}`);
  });
});
