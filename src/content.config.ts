/**
 * Astro's content collections, used to render incident and review bodies only. Frontmatter is
 * parsed by `src/input/load.ts` with the schemas in `src/input/schema.ts`; figures come from the model in
 * `src/model/current.ts`, never from these entries directly. Reviews are MDX (they embed
 * figure components); incident bodies are mostly plain Markdown (see
 * `src/input/incident-loader.ts`).
 */
import { defineCollection } from 'astro:content';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { glob } from 'astro/loaders';
import { incidentLoader, markdownReviewLoader, mdxIncidentFiles } from './input/incident-loader.ts';
import { contentDirectory } from './input/environment.ts';

const folder = (name: string) => pathToFileURL(`${resolve(contentDirectory(), name)}/`);
// Listed once when the config loads; under `npm run dev`, restart after adding MDX syntax to an incident.
const mdxIncidents = mdxIncidentFiles(contentDirectory());

export const collections = {
  // Incident bodies only: the frontmatter is parsed by src/input/load.ts with incidentSchema.
  // An incident's id is its file name. Every incident has an entry here; plain-Markdown
  // bodies are rendered during sync…
  incidents: defineCollection({ loader: incidentLoader(contentDirectory(), mdxIncidents) }),
  // …and the few that use MDX syntax (their entry above says `mdx: true`) are compiled by the
  // MDX integration. Pages never list this collection: Astro warns when it is empty.
  incidentsMdx: defineCollection({
    loader:
      mdxIncidents.length > 0
        ? glob({
            pattern: mdxIncidents.map((path) => relative(resolve(contentDirectory(), 'incidents'), path)),
            base: folder('incidents'),
            generateId: ({ entry }) => (entry.split('/').at(-1) ?? entry).replace(/\.mdx$/, ''),
          })
        : { name: 'statusbook-no-mdx-incidents', load: async () => {} },
  }),
  // Reviews in MDX embed figure components and are compiled by the MDX integration…
  reviews: defineCollection({
    loader: glob({
      pattern: '*.mdx',
      base: folder('reviews'),
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    }),
    // No schema: frontmatter is read once, by src/input/load.ts (YAML 1.2); Astro's own YAML
    // reader would read `title: 2026-06-30` as a date and disagree with the content check.
  }),
  // …and plain Markdown reviews are rendered and sanitized like incident bodies.
  reviewsMarkdown: defineCollection({ loader: markdownReviewLoader(contentDirectory()) }),
};
