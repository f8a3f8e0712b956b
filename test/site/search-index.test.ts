/**
 * The search bundle the build writes is Pagefind's own: every language indexed
 * in a run of its own and merged gives the index one run over the whole site
 * gives, with Pagefind's script minified and its engines compressed smaller.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minifyScript } from '../../scripts/search-index.ts';
import { localePaths } from '../../src/i18n/locales.ts';
import { distDir, projectRoot } from '../support/paths.ts';

const built = join(distDir, 'pagefind');
const oneRun = join(mkdtempSync(join(tmpdir(), 'pagefind-one-run-')), 'pagefind');
const files = (root: string) =>
  readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();

beforeAll(() => {
  const cli = join(projectRoot, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
  execFileSync(process.execPath, [cli, '--site', distDir, '--glob', `{${localePaths.join(',')}}/*/index.html`, '--output-path', oneRun, '--quiet'], { stdio: 'ignore' });
}, 120_000);
afterAll(() => rmSync(dirname(oneRun), { recursive: true, force: true }));

describe('the search bundle', () => {
  it('has exactly the files of one Pagefind run over every language, besides their compressed copies', () => {
    // Beside the precompressed copies the build writes of the scripts and the entry.
    expect(files(built).filter((file) => !/\.(br|gz)$/.test(file))).toEqual(files(oneRun));
  });

  it('has one run’s entry, index, metadata and fragments, byte for byte', () => {
    const indexFiles = files(oneRun).filter((file) => file !== 'pagefind.js' && !/^wasm\..+\.pagefind$/.test(file));
    expect(indexFiles.filter((file) => file.startsWith('fragment/')).length).toBeGreaterThan(0);
    for (const file of indexFiles) expect(readFileSync(join(built, file)).equals(readFileSync(join(oneRun, file))), file).toBe(true);
  });

  it('has Pagefind’s script minified', async () => {
    const script = readFileSync(join(built, 'pagefind.js'), 'utf8');
    expect(script).toBe(await minifyScript(readFileSync(join(oneRun, 'pagefind.js'), 'utf8')));
    expect(script.length).toBeLessThan(readFileSync(join(oneRun, 'pagefind.js')).length);
  });

  it('has every language’s engine as the same bytes in smaller gzip', () => {
    const engines = files(oneRun).filter((file) => /^wasm\..+\.pagefind$/.test(file));
    expect(engines).toEqual(expect.arrayContaining(['wasm.en.pagefind', 'wasm.de.pagefind', 'wasm.nl.pagefind', 'wasm.ru.pagefind', 'wasm.unknown.pagefind']));
    for (const engine of engines) {
      const shipped = readFileSync(join(built, engine));
      const pagefinds = readFileSync(join(oneRun, engine));
      expect(gunzipSync(shipped).equals(gunzipSync(pagefinds)), engine).toBe(true);
      expect(shipped.length, engine).toBeLessThan(pagefinds.length);
    }
  });
});
