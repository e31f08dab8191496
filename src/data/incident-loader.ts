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

interface Body {
  path: string;
  text: string;
  body: string;
  plain: boolean;
}

function bodies(dir: string): Body[] {
  return incidentFiles(dir).flatMap((path) => {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      // Unreadable files are reported by the content check, which runs first.
      return [];
    }
    const page = splitPage(text);
    if (!page) return [];
    return [{ path, text, body: page.body, plain: !path.endsWith('.mdx') || isPlainMarkdown(page.body) }];
  });
}

/** Incident files that use MDX syntax, relative to `dir/incidents`, for Astro's MDX collection. */
export function mdxIncidentFiles(dir: string, incidentsFolder: string): string[] {
  return bodies(dir)
    .filter((body) => !body.plain)
    .map((body) => relative(incidentsFolder, body.path));
}

/** Slugs of the incidents whose bodies use MDX syntax (the `incidentsMdx` collection). */
export function mdxIncidentSlugs(dir: string): ReadonlySet<string> {
  return new Set(
    bodies(dir)
      .filter((body) => !body.plain)
      .map((body) => slugOf(body.path)),
  );
}

/** The loader of plain-Markdown incident bodies; the entry id is the file name (the slug). */
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
  for (const { path, text, body, plain } of bodies(dir)) {
    if (!plain) continue;
    const id = slugOf(path);
    seen.add(id);
    const digest = generateDigest(text);
    if (store.get(id)?.digest === digest) continue;
    store.set({
      id,
      data: {},
      filePath: relative(process.cwd(), path),
      digest,
      rendered: await renderMarkdown(path.endsWith('.mdx') ? stripMdxComments(body) : body, { fileURL: pathToFileURL(path) }),
    });
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
}
