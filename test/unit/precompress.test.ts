import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brotli, gzip, precompress } from '../../scripts/precompress.ts';

/** A small built site: two pages, a script, an image nginx sends as is, and a file too small to gain from compression. */
function site() {
  const root = mkdtempSync(join(tmpdir(), 'precompress-'));
  const dist = join(root, 'dist');
  mkdirSync(join(dist, 'en', 'a'), { recursive: true });
  const page = (title: string) => `<!DOCTYPE html><title>${title}</title>${'<p>Renew your Action Pack subscription in Partner Center.</p>'.repeat(50)}`;
  writeFileSync(join(dist, 'en', 'a', 'index.html'), page('A'));
  writeFileSync(join(dist, 'en', 'index.html'), page('Home'));
  writeFileSync(join(dist, 'app.js'), 'export const answer = () => 42;\n'.repeat(40));
  writeFileSync(join(dist, 'favicon.png'), Buffer.alloc(400, 7));
  writeFileSync(join(dist, 'tiny.txt'), 'a');
  writeFileSync(join(dist, 'staticwebapp.config.json'), JSON.stringify({ routes: [] }).repeat(20));
  return { dist, cache: join(root, 'cache') };
}

describe('precompress', () => {
  it('writes beside each compressible file the brotli and gzip bytes of the highest settings, and none that would not be smaller', async () => {
    const { dist, cache } = site();
    const result = await precompress(dist, cache);
    for (const file of ['en/a/index.html', 'en/index.html', 'app.js']) {
      const content = readFileSync(join(dist, file));
      expect(readFileSync(join(dist, `${file}.br`)).equals(brotli(content)), file).toBe(true);
      expect(readFileSync(join(dist, `${file}.gz`)).equals(gzip(content)), file).toBe(true);
    }
    expect(existsSync(join(dist, 'tiny.txt.br')) || existsSync(join(dist, 'tiny.txt.gz'))).toBe(false);
    expect(existsSync(join(dist, 'favicon.png.br'))).toBe(false);
    expect(existsSync(join(dist, 'staticwebapp.config.json.br'))).toBe(false);
    expect(result).toEqual({ written: 6, compressed: 8, reused: 0 });
  });

  it('compresses again only the files whose bytes changed, and keeps in its cache only what this build used', async () => {
    const { dist, cache } = site();
    await precompress(dist, cache);
    expect(await precompress(dist, cache)).toEqual({ written: 6, compressed: 0, reused: 8 });
    const changed = '<!DOCTYPE html><title>A, changed</title>' + '<p>Cancel your subscription.</p>'.repeat(60);
    writeFileSync(join(dist, 'en', 'a', 'index.html'), changed);
    expect(await precompress(dist, cache)).toEqual({ written: 6, compressed: 2, reused: 6 });
    expect(readFileSync(join(dist, 'en/a/index.html.br')).equals(brotli(Buffer.from(changed)))).toBe(true);
    expect(readdirSync(cache)).toHaveLength(8);
  });
});
