/**
 * Test fixtures built through the real schemas, so a fixture cannot drift from the
 * content format: frontmatter objects in, the same values the build would see out.
 */
import { componentsSchema, incidentSchema, reviewSchema, siteSchema, type Weights } from '../../src/input/schema.ts';
import type { CountedIncident, TrackedComponent, UptimeInput } from '../../src/engine/uptime.ts';
import type { LoadedContent, LoadedIncident } from '../../src/input/validate.ts';

let counter = 0;

/** An incident as its frontmatter would be written, parsed by the real schema. */
export function incident(frontmatter: Record<string, unknown>, slug = `incident-${++counter}`): CountedIncident {
  return { ...incidentSchema.parse(frontmatter), slug };
}

/** Default weights, exactly as site.yaml without a `weights` block gives them. */
export const defaultWeights: Weights = siteSchema.parse({ name: 'Test', url: 'https://status.example.com' }).weights;

/** Engine input with defaults: UTC, default weights. */
export function uptimeInput(
  overrides: Partial<UptimeInput> & { components: TrackedComponent[]; incidents: CountedIncident[]; asOf: Date },
): UptimeInput {
  return { timeZone: 'UTC', weights: defaultWeights, ...overrides };
}

/** An incident as the loader returns it (schema-parsed, with slug and source), for site-model tests. */
export function loadedIncident(frontmatter: Record<string, unknown>, slug: string): LoadedIncident {
  return { ...incidentSchema.parse(frontmatter), slug, source: { file: `content/incidents/${slug}.mdx`, lineOf: () => 1 } };
}

/** A whole content folder as the loader returns it, every part parsed by the real schemas. */
export function loadedContent(parts: {
  site?: Record<string, unknown>;
  components: Array<Record<string, unknown>>;
  incidents: LoadedIncident[];
  reviews?: Array<Record<string, unknown> & { month: string }>;
}): LoadedContent {
  const source = (file: string) => ({ file, lineOf: () => 1 });
  return {
    site: siteSchema.parse({ name: 'Test', url: 'https://status.example.com', ...parts.site }),
    siteSource: source('content/site.yaml'),
    components: componentsSchema.parse(parts.components),
    componentsSource: source('content/components.yaml'),
    incidents: parts.incidents,
    reviews: (parts.reviews ?? []).map((review) => ({
      ...reviewSchema.parse(review),
      slug: review.month,
      source: source(`content/reviews/${review.month}.mdx`),
    })),
  };
}

/** A small day on 10 June 2026 at noon UTC: an ongoing major outage, a running and an upcoming maintenance, a resolved incident. */
export const scenarioAsOf = new Date('2026-06-10T12:00:00Z');

export const apiDown = loadedIncident(
  {
    title: 'API down',
    impact: 'major',
    start: '2026-06-10T11:00:00Z',
    components: ['api', { id: 'web', impact: 'degraded' }],
    updates: [
      { at: '2026-06-10T11:05:00Z', status: 'investigating', body: 'Looking.' },
      { at: '2026-06-10T11:30:00Z', status: 'identified', body: 'Found it.' },
    ],
  },
  'api-down',
);
export const upgrade = loadedIncident(
  { title: 'Upgrade', impact: 'maintenance', start: '2026-06-12T06:00:00Z', end: '2026-06-12T07:00:00Z', components: ['db'] },
  'upgrade',
);
export const runningPatch = loadedIncident(
  {
    title: 'Patch',
    impact: 'maintenance',
    start: '2026-06-10T11:50:00Z',
    end: '2026-06-10T12:30:00Z',
    components: ['db', 'web'],
  },
  'patch',
);
export const pastSlow = loadedIncident(
  { title: 'Slow', impact: 'partial', start: '2026-06-09T23:30:00Z', end: '2026-06-10T00:30:00Z', components: ['web'] },
  'slow',
);
