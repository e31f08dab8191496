/**
 * Incident bodies for Astro. Most are plain Markdown, whether the file is `.md` or `.mdx`:
 * those are rendered with Astro's Markdown pipeline during content sync, instead of being
 * bundled as one MDX module each, which at 10,000 incidents was most of the build (see
 * the README's Performance section). Incident files that really use MDX (imports,
 * expressions, JSX) are listed by {@link mdxIncidentFiles} and go through Astro's MDX
 * integration like any MDX page; their entry here only says so (`mdx: true`), so a page
 * finds every incident's body through this one collection and never has to list the MDX
 * one (Astro warns when a listed collection is empty). Each entry also says whether the body
 * shows anything (`hasBody`). Frontmatter is not stored here: figures come from the model
 * (src/model/current.ts).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
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

function readPage(path: string): { text: string; body: string; frontmatter: string } | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    // Unreadable files are reported by the content check, which runs first.
    return undefined;
  }
  const page = splitPage(text);
  return page && { text, body: page.body, frontmatter: page.frontmatter };
}

/** What an entry of a body collection says besides its rendered HTML. */
export const bodyEntrySchema = z.object({
  /** The body uses MDX syntax: it is rendered from the MDX collection, not from this entry. */
  mdx: z.boolean(),
  /** The body shows something: false when it is empty or only whitespace and comments. */
  hasBody: z.boolean(),
  /** Translated bodies (`translations: { da: { body } }` in the frontmatter), rendered and sanitized, by language. */
  translations: z.record(z.string(), z.string()).default({}),
});

/**
 * The translated bodies an incident's frontmatter holds (section 10), as Markdown by
 * language; none when the frontmatter does not parse (the content check reports it).
 *
 * @example
 * translatedBodies('translations:\n  da:\n    title: Nede\n    body: Vi undersøger.') //=> { da: 'Vi undersøger.' }
 */
export function translatedBodies(frontmatter: string): Record<string, string> {
  let data: unknown;
  try {
    data = parseYaml(frontmatter);
  } catch {
    return {};
  }
  const translations = (data as { translations?: unknown } | null)?.translations;
  if (typeof translations !== 'object' || translations === null) return {};
  return Object.fromEntries(
    Object.entries(translations).flatMap(([code, value]) => {
      const body = (value as { body?: unknown } | null)?.body;
      return typeof body === 'string' ? [[code, body]] : [];
    }),
  );
}

/**
 * The loader of every incident's body; the entry id is the file name (the slug). Plain
 * Markdown is rendered here; `mdxFiles` (from {@link mdxIncidentFiles}) get an entry saying
 * `mdx: true` and are compiled by the MDX collection.
 */
export function incidentLoader(dir: string, mdxFiles: readonly string[]): Loader {
  return markdownLoader('statusbook-incidents', 'incidents', () => incidentFiles(dir), new Set(mdxFiles));
}

/** The loader of Markdown (`.md`) reviews; `.mdx` reviews, which embed figures, are compiled by the MDX integration. */
export function markdownReviewLoader(dir: string): Loader {
  return markdownLoader('statusbook-reviews', 'reviews', () => reviewFiles(dir).filter((path) => path.endsWith('.md')));
}

/** Bumped when rendering changes, so that bodies cached in Astro's content store are rendered again. */
const RENDERING = 'sanitized-5';

/**
 * Whether sanitized body HTML shows anything: not when it is only whitespace and comments
 * (e.g. after the scaffold's placeholder was deleted).
 *
 * @example
 * showsAnything('\n<!-- write what happened -->\n') //=> false
 */
export function showsAnything(html: string): boolean {
  return html.replace(/<!--[\s\S]*?-->/g, '').trim() !== '';
}

/**
 * Renders the bodies of `files()` with Astro's Markdown pipeline, then sanitizes the HTML
 * (src/input/sanitize.ts): content is input, and a body may not put script into a page.
 */
function markdownLoader(name: string, folder: string, files: () => string[], mdx: ReadonlySet<string> = new Set()): Loader {
  return {
    name,
    schema: bodyEntrySchema,
    load: async (context) => {
      await sync(context, files, mdx);
      context.watcher?.on('all', (_event, path) => {
        if (/\.mdx?$/.test(path) && path.includes(folder)) void sync(context, files, mdx);
      });
    },
  };
}

async function sync(
  { store, renderMarkdown, generateDigest }: LoaderContext,
  files: () => string[],
  mdx: ReadonlySet<string>,
): Promise<void> {
  const seen = new Set<string>();
  for (const path of files()) {
    const page = readPage(path);
    if (!page) continue;
    const id = slugOf(path);
    seen.add(id);
    const digest = generateDigest(`${RENDERING}\n${mdx.has(path)}\n${page.text}`);
    if (store.get(id)?.digest === digest) continue;
    const entry = { id, filePath: relative(process.cwd(), path), digest };
    // Translated bodies are Markdown, also for an MDX incident: rendered and sanitized the same way.
    const translations: Record<string, string> = {};
    for (const [code, body] of Object.entries(translatedBodies(page.frontmatter))) {
      translations[code] = sanitizeHtml((await renderMarkdown(body, { fileURL: pathToFileURL(path) })).html);
    }
    if (mdx.has(path)) {
      store.set({ ...entry, data: { mdx: true, hasBody: true, translations } });
      continue;
    }
    const rendered = await renderMarkdown(path.endsWith('.mdx') ? stripMdxComments(page.body) : page.body, {
      fileURL: pathToFileURL(path),
    });
    const html = sanitizeHtml(rendered.html);
    store.set({ ...entry, data: { mdx: false, hasBody: showsAnything(html), translations }, rendered: { ...rendered, html } });
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
}
