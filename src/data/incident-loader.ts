/**
 * The Astro content loader for incident bodies. Incident bodies are Markdown (in `.md` or
 * `.mdx` files; the content check rejects MDX-only syntax in them), so they are rendered
 * with Astro's Markdown pipeline during content sync instead of being bundled as one MDX
 * module each. At 10,000 incidents that bundling was most of the build (see
 * `../shared/notes/astro-build-performance.md` and the README's Performance section).
 * Frontmatter is not stored here: figures come from the model (src/data/model.ts).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { incidentFiles, slugOf, splitPage } from './load.ts';

export function incidentLoader(dir: string): Loader {
  return {
    name: 'statusbook-incidents',
    load: async (context) => {
      await sync(context, dir);
      context.watcher?.on('all', (_event, path) => {
        if (/\.mdx?$/.test(path) && path.includes('incidents')) void sync(context, dir);
      });
    },
  };
}

async function sync({ store, renderMarkdown, generateDigest }: LoaderContext, dir: string): Promise<void> {
  const seen = new Set<string>();
  for (const path of incidentFiles(dir)) {
    const id = slugOf(path);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      // Unreadable files are reported by the content check, which runs first.
      continue;
    }
    const page = splitPage(text);
    if (!page) continue;
    seen.add(id);
    const digest = generateDigest(text);
    if (store.get(id)?.digest === digest) continue;
    store.set({
      id,
      data: {},
      filePath: relative(process.cwd(), path),
      digest,
      rendered: await renderMarkdown(page.body, { fileURL: pathToFileURL(path) }),
    });
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
}
