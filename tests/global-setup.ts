/** Builds every shared test site once, one after another, before any test file runs; the browser tests reuse them. */
import { ALL_SITES, buildSite } from './helpers/sites.ts';

export default function setup(): void {
  for (const site of ALL_SITES) buildSite(site, { reuse: false });
}
