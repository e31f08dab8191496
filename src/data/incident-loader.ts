/**
 * Incident bodies for Astro. Most are plain Markdown, whether the file is `.md` or `.mdx`:
 * those are rendered with Astro's Markdown pipeline during content sync, instead of being
 * bundled as one MDX module each, which at 10,000 incidents was most of the build (see
 * the README's Performance section). Incident files that really use MDX (imports,
 * expressions, JSX) are listed by {@link mdxIncidentFiles} and go through Astro's MDX
 * integration like any MDX page. Frontmatter is not stored here: figures come from the
 * model (src/data/model.ts).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { incidentFiles, slugOf, splitPage } from './load.ts';
import { isPlainMarkdown, stripMdxComments } from './mdx.ts';

/**
 * The incident files whose bodies use MDX syntax. Read once, when the content config
 * loads: the MDX collection lists them and the Markdown loader skips them.
 */
export function mdxIncidentFiles(dir: string): string[] {
  return incidentFiles(dir).filter((path) => {
    if (!path.endsWith('.mdx')) return false;
    const page = readPage(path);
    return page !== undefined && !isPlainMarkdown(page.body);
  });
}

function readPage(path: string): { text: string; body: string } | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    // Unreadable files are reported by the content check, which runs first.
    return undefined;
  }
  const page = splitPage(text);
  return page && { text, body: page.body };
}

/**
 * The loader of plain-Markdown incident bodies; the entry id is the file name (the slug).
 * `mdxFiles` (from {@link mdxIncidentFiles}) are left to the MDX collection.
 */
export function incidentLoader(dir: string, mdxFiles: readonly string[]): Loader {
  const skip = new Set(mdxFiles);
  return {
    name: 'statusbook-incidents',
    load: async (context) => {
      await sync(context, dir, skip);
      context.watcher?.on('all', (_event, path) => {
        if (/\.mdx?$/.test(path) && path.includes('incidents')) void sync(context, dir, skip);
      });
    },
  };
}

async function sync(
  { store, renderMarkdown, generateDigest }: LoaderContext,
  dir: string,
  skip: ReadonlySet<string>,
): Promise<void> {
  const seen = new Set<string>();
  for (const path of incidentFiles(dir)) {
    if (skip.has(path)) continue;
    const page = readPage(path);
    if (!page) continue;
    const id = slugOf(path);
    seen.add(id);
    const digest = generateDigest(page.text);
    if (store.get(id)?.digest === digest) continue;
    store.set({
      id,
      data: {},
      filePath: relative(process.cwd(), path),
      digest,
      rendered: await renderMarkdown(path.endsWith('.mdx') ? stripMdxComments(page.body) : page.body, {
        fileURL: pathToFileURL(path),
      }),
    });
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
}
