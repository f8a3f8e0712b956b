import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputsHash, isUpToDate, recordBuild } from '../../scripts/build.ts';

/** A project folder with one source, one article and a built site, recorded as built. */
function builtProject() {
  const root = mkdtempSync(join(tmpdir(), 'build-'));
  for (const dir of ['src', 'content/articles/en', 'dist/en', 'server', '.cache']) mkdirSync(join(root, dir), { recursive: true });
  writeFileSync(join(root, 'src', 'page.ts'), 'export const title = "Renew";\n');
  writeFileSync(join(root, 'content', 'articles', 'en', 'renew.mdx'), '# Renew\n');
  writeFileSync(join(root, 'package-lock.json'), '{}\n');
  writeFileSync(join(root, 'dist', 'en', 'index.html'), '<h1>Renew</h1>');
  writeFileSync(join(root, 'server', 'nginx.conf'), 'events {}\n');
  recordBuild(root, inputsHash(root));
  return root;
}

describe('a build with nothing to do', () => {
  it('is one whose inputs and outputs are as the last build left them', () => {
    expect(isUpToDate(builtProject())).toBe(true);
  });

  it('is not one with no record of a last build', () => {
    const root = builtProject();
    rmSync(join(root, '.cache', 'last-build.json'));
    expect(isUpToDate(root)).toBe(false);
  });

  it.each([
    ['a source', 'src/page.ts', 'export const title = "Cancel";\n'],
    ['an article', 'content/articles/en/renew.mdx', '# Cancel\n'],
    ['the lock file', 'package-lock.json', '{"lockfileVersion":3}\n'],
    ['a new translation', 'locales/de/common.json', '{}'],
  ])('is not one after %s changed', (_, file, text) => {
    const root = builtProject();
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), text);
    expect(isUpToDate(root)).toBe(false);
  });

  it('is one after a source was saved again with the same bytes', () => {
    const root = builtProject();
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'src', 'page.ts'), later, later);
    expect(isUpToDate(root)).toBe(true);
  });

  it.each([
    ['a page was edited', 'dist/en/index.html', '<h1>Edited</h1>'],
    ['a file was added to the site', 'dist/en/extra.html', ''],
    ['nginx’s configuration was written again', 'server/nginx.conf', 'events {}\n'],
  ])('is not one after %s', (_, file, text) => {
    const root = builtProject();
    const later = new Date(Date.now() + 60_000);
    writeFileSync(join(root, file), text);
    utimesSync(join(root, file), later, later);
    expect(isUpToDate(root)).toBe(false);
  });

  it('is not one after a page was deleted', () => {
    const root = builtProject();
    rmSync(join(root, 'dist', 'en', 'index.html'));
    expect(isUpToDate(root)).toBe(false);
  });

  it('ignores what nginx writes while it serves', () => {
    const root = builtProject();
    mkdirSync(join(root, 'server', 'run'));
    writeFileSync(join(root, 'server', 'run', 'nginx.pid'), '42');
    expect(isUpToDate(root)).toBe(true);
  });
});
