/**
 * Test fixtures built through the real schemas, so a fixture cannot drift from the
 * content format: frontmatter objects in, the same values the build would see out.
 */
import { incidentSchema, siteSchema, type Weights } from '../../src/schema.ts';
import type { CountedIncident, TrackedComponent, UptimeInput } from '../../src/lib/uptime.ts';
import type { LoadedIncident } from '../../src/lib/validate.ts';

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
