/**
 * Astro's content collections, used to render incident and review bodies. Their
 * frontmatter goes through the same schemas as the content check (`src/schema.ts`);
 * figures come from the model in `src/data/model.ts`, never from these entries directly.
 */
import { defineCollection } from 'astro:content';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { glob } from 'astro/loaders';
import { incidentSchema, reviewSchema } from './schema.ts';
import { contentDirectory } from './data/environment.ts';

const folder = (name: string) => pathToFileURL(`${resolve(contentDirectory(), name)}/`);

export const collections = {
  incidents: defineCollection({
    loader: glob({
      pattern: '**/*.{md,mdx}',
      base: folder('incidents'),
      // The contract: an incident's slug is its file name, wherever it sits in the tree.
      generateId: ({ entry }) => (entry.split('/').at(-1) ?? entry).replace(/\.mdx?$/, ''),
    }),
    schema: incidentSchema,
  }),
  reviews: defineCollection({
    loader: glob({
      pattern: '*.{md,mdx}',
      base: folder('reviews'),
      generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
    }),
    schema: reviewSchema,
  }),
};
