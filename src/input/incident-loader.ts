/**
 * Incident bodies for Astro. Most are plain Markdown, whether the file is `.md` or `.mdx`:
 * those are rendered with Astro's Markdown pipeline during content sync, instead of being
 * bundled as one MDX module each, which at 10,000 incidents was most of the build (see
 * the README's Performance section). Incident files that really use MDX (imports,
 * expressions, JSX) are listed by {@link mdxIncidentFiles} and go through Astro's MDX
 * integration like any MDX page. Frontmatter is not stored here: figures come from the
 * model (src/model/current.ts).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { sanitizeHtml } from './sanitize.ts';
import { incidentFiles, reviewFiles, slugOf, splitPage } from './load.ts';
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
  return markdownLoader('statusbook-incidents', 'incidents', () => incidentFiles(dir).filter((path) => !skip.has(path)));
}

/** The loader of Markdown (`.md`) reviews; `.mdx` reviews, which embed figures, are compiled by the MDX integration. */
export function markdownReviewLoader(dir: string): Loader {
  return markdownLoader('statusbook-reviews', 'reviews', () => reviewFiles(dir).filter((path) => path.endsWith('.md')));
}

/** Bumped when rendering changes, so that bodies cached in Astro's content store are rendered again. */
const RENDERING = 'sanitized-3';

/**
 * Renders the bodies of `files()` with Astro's Markdown pipeline, then sanitizes the HTML
 * (src/input/sanitize.ts): content is input, and a body may not put script into a page.
 */
function markdownLoader(name: string, folder: string, files: () => string[]): Loader {
  return {
    name,
    load: async (context) => {
      await sync(context, files);
      context.watcher?.on('all', (_event, path) => {
        if (/\.mdx?$/.test(path) && path.includes(folder)) void sync(context, files);
      });
    },
  };
}

async function sync({ store, renderMarkdown, generateDigest }: LoaderContext, files: () => string[]): Promise<void> {
  const seen = new Set<string>();
  for (const path of files()) {
    const page = readPage(path);
    if (!page) continue;
    const id = slugOf(path);
    seen.add(id);
    const digest = generateDigest(`${RENDERING}\n${page.text}`);
    if (store.get(id)?.digest === digest) continue;
    const rendered = await renderMarkdown(path.endsWith('.mdx') ? stripMdxComments(page.body) : page.body, {
      fileURL: pathToFileURL(path),
    });
    store.set({
      id,
      data: {},
      filePath: relative(process.cwd(), path),
      digest,
      rendered: { ...rendered, html: sanitizeHtml(rendered.html) },
    });
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
}
