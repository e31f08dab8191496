/**
 * Astro's content collections, used to render incident and review bodies. Frontmatter goes
 * through the schemas in `src/schema.ts`; figures come from the model in
 * `src/data/model.ts`, never from these entries directly. Reviews are MDX (they embed
 * figure components); incident bodies are Markdown, rendered during content sync.
 */
import { defineCollection } from 'astro:content';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { glob } from 'astro/loaders';
import { reviewSchema } from './schema.ts';
import { incidentLoader } from './data/incident-loader.ts';
import { contentDirectory } from './data/environment.ts';

const folder = (name: string) => pathToFileURL(`${resolve(contentDirectory(), name)}/`);

export const collections = {
  // Bodies only, rendered as Markdown during sync; the frontmatter is parsed by
  // src/data/load.ts with incidentSchema, and an incident's id is its file name.
  incidents: defineCollection({ loader: incidentLoader(contentDirectory()) }),
  reviews: defineCollection({
    loader: glob({
      pattern: '*.{md,mdx}',
      base: folder('reviews'),
      generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
    }),
    schema: reviewSchema,
  }),
};
