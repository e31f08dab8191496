/** The components a review's MDX can use without importing them. */
import CategoryCount from './CategoryCount.astro';
import Downtime from './Downtime.astro';
import DurationRange from './DurationRange.astro';
import IncidentCount from './IncidentCount.astro';
import IncidentList from './IncidentList.astro';
import Target from './Target.astro';
import Uptime from './Uptime.astro';

export const reviewComponents = { CategoryCount, Downtime, DurationRange, IncidentCount, IncidentList, Target, Uptime };
