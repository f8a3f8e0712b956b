import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildUnlessUpToDate, inputsHash, isUpToDate, recordBuild } from '../../scripts/build.ts';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A project folder with one source, one article and a built site, recorded as built. */
function builtProject() {
  const root = mkdtempSync(join(tmpdir(), 'build-'));
  roots.push(root);
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

describe('buildUnlessUpToDate', () => {
  const step = [{ name: 'astro build', seconds: 1 }];

  it('runs no step when the project is up to date', () => {
    const steps = vi.fn(() => step);
    expect(buildUnlessUpToDate(builtProject(), { force: false, steps })).toBeUndefined();
    expect(steps).not.toHaveBeenCalled();
  });

  it('runs the steps when forced, and records the build', () => {
    const root = builtProject();
    const steps = vi.fn(() => step);
    expect(buildUnlessUpToDate(root, { force: true, steps })).toEqual(step);
    expect(steps).toHaveBeenCalledOnce();
    expect(isUpToDate(root)).toBe(true);
  });

  it('runs the steps after a change, and then is up to date', () => {
    const root = builtProject();
    writeFileSync(join(root, 'src', 'page.ts'), 'export const title = "Cancel";\n');
    const steps = vi.fn(() => step);
    expect(buildUnlessUpToDate(root, { force: false, steps })).toEqual(step);
    expect(buildUnlessUpToDate(root, { force: false, steps })).toBeUndefined();
    expect(steps).toHaveBeenCalledOnce();
  });

  it('leaves no record when a step fails, so the next build runs', () => {
    const root = builtProject();
    expect(() =>
      buildUnlessUpToDate(root, {
        force: true,
        steps: () => {
          throw new Error('astro build failed');
        },
      }),
    ).toThrow('astro build failed');
    expect(isUpToDate(root)).toBe(false);
  });

  it('runs the steps when the record of the last build is unreadable', () => {
    const root = builtProject();
    writeFileSync(join(root, '.cache', 'last-build.json'), '{"inputs": ');
    expect(isUpToDate(root)).toBe(false);
    expect(buildUnlessUpToDate(root, { force: false, steps: () => step })).toEqual(step);
  });
});
