import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { splitFrontMatter } from './front-matter.ts';

/** `content/articles/<locale>/<slug>.mdx`, relative to the project root. */
function articleFiles(base: string): string[] {
  return readdirSync(base, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((folder) =>
      readdirSync(join(base, folder.name))
        .filter((name) => name.endsWith('.mdx'))
        .map((name) => join(base, folder.name, name)),
    );
}

/** `zh-cn/buy-or-renew-action-pack` for `zh-cn/buy-or-renew-action-pack.mdx`. */
function idOf(pathInBase: string): string {
  return pathInBase.split(sep).join('/').replace(/\.mdx$/, '');
}

async function loadArticle(file: string, root: string, { store, parseData }: LoaderContext): Promise<void> {
  const filePath = relative(root, file).split(sep).join('/');
  const id = idOf(filePath.split('/').slice(-2).join('/'));
  const { fields } = splitFrontMatter(readFileSync(file, 'utf8'), filePath);
  const data = await parseData({ id, data: fields, filePath });
  store.set({ id, data, filePath });
}

/**
 * Loads the front matter of every `<base>/<locale>/<slug>.mdx`, validated by
 * the collection's schema. The text is not kept: each page renders its article
 * from the file (see `render-article.ts`), because Astro bundles everything
 * the content store holds into the build as one module, and at 200 articles
 * per language the rendered HTML made that module 40 MB and the build's peak
 * memory 1.8 GB.
 */
export function articleLoader({ base }: { base: string }): Loader {
  return {
    name: 'article-loader',
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const folder = join(root, base);
      context.store.clear();
      for (const file of articleFiles(folder)) await loadArticle(file, root, context);
      context.watcher?.add(folder);
      context.watcher?.on('all', async (event, changed) => {
        if (!changed.startsWith(folder) || !changed.endsWith('.mdx')) return;
        try {
          if (event === 'add' || event === 'change') await loadArticle(changed, root, context);
          if (event === 'unlink') context.store.delete(idOf(relative(folder, changed)));
        } catch (error) {
          context.logger.error((error as Error).message);
        }
      });
    },
  };
}
