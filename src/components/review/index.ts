/** The components a review's MDX can use without importing them. */
import CategoryCount from './CategoryCount.astro';
import Downtime from './Downtime.astro';
import ErrorBudget from './ErrorBudget.astro';
import DurationRange from './DurationRange.astro';
import IncidentCount from './IncidentCount.astro';
import IncidentList from './IncidentList.astro';
import Target from './Target.astro';
import Uptime from './Uptime.astro';

import type { REVIEW_COMPONENTS } from '../../input/schema.ts';

/** Keyed by the names the content check allows in review MDX, so the two lists cannot drift. */
export const reviewComponents: Record<(typeof REVIEW_COMPONENTS)[number], unknown> = {
  CategoryCount,
  Downtime,
  DurationRange,
  ErrorBudget,
  IncidentCount,
  IncidentList,
  Target,
  Uptime,
};
