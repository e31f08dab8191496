/**
 * Every machine-readable output of the site, with what reads it: the source of the /api/
 * page and of the README's list of outputs.
 */
export interface Output {
  path: string;
  kind: 'json' | 'feed' | 'calendar' | 'badge' | 'text';
  what: string;
}

/** The fixed outputs; per-component feeds and badges are listed by the /api/ page. */
export const OUTPUTS: readonly Output[] = [
  {
    path: 'api/uptime.json',
    kind: 'json',
    what: 'Every month’s figures, unrounded, per component (the content contract’s format)',
  },
  {
    path: 'api/next-change.json',
    kind: 'json',
    what: 'When the page next changes and why (a maintenance starting, an update due, midnight), for schedulers',
  },
  {
    path: 'api/days.json',
    kind: 'json',
    what: 'Each component’s last 90 days: the day’s worst state, uptime, minutes per state and incidents (the home page’s day popovers read it)',
  },
  {
    path: 'api/v2/summary.json',
    kind: 'json',
    what: 'Statuspage-compatible: page, components, unresolved incidents, maintenance, overall status',
  },
  { path: 'api/v2/status.json', kind: 'json', what: 'Statuspage-compatible: the overall status indicator and description' },
  {
    path: 'api/v2/components.json',
    kind: 'json',
    what: 'Statuspage-compatible: every component (and group) with its current status',
  },
  { path: 'api/v2/incidents.json', kind: 'json', what: 'Statuspage-compatible: the 50 most recent incidents with their updates' },
  { path: 'api/v2/incidents/unresolved.json', kind: 'json', what: 'Statuspage-compatible: incidents still open' },
  { path: 'api/v2/scheduled-maintenances.json', kind: 'json', what: 'Statuspage-compatible: the 50 most recent maintenances' },
  {
    path: 'api/v2/scheduled-maintenances/upcoming.json',
    kind: 'json',
    what: 'Statuspage-compatible: maintenance that has not started',
  },
  { path: 'api/v2/scheduled-maintenances/active.json', kind: 'json', what: 'Statuspage-compatible: maintenance in progress' },
  { path: 'feeds/incidents.rss', kind: 'feed', what: 'RSS 2.0: one entry per incident or maintenance, updated with each update' },
  { path: 'feeds/incidents.atom', kind: 'feed', what: 'Atom 1.0: the same entries' },
  { path: 'feeds/reviews.rss', kind: 'feed', what: 'RSS 2.0: monthly reviews' },
  { path: 'feeds/reviews.atom', kind: 'feed', what: 'Atom 1.0: monthly reviews' },
  {
    path: 'maintenance.ics',
    kind: 'calendar',
    what: 'iCalendar (RFC 5545): planned maintenance, upcoming and of the last 90 days',
  },
  {
    path: 'badges/status.svg',
    kind: 'badge',
    what: 'SVG badge of the overall status (also .json for shields.io’s endpoint badge)',
  },
  { path: 'badges/uptime-30d.svg', kind: 'badge', what: 'SVG badge of the average uptime over 30 days (also 90d, and .json)' },
  {
    path: 'badges/budget-30d.svg',
    kind: 'badge',
    what: 'SVG badge of the error budget left over 30 days (“62% left”, “overspent”; “no target” without one), also .json; each component’s is badges/components/<id>-budget-30d.svg',
  },
  { path: 'sitemap-index.xml', kind: 'text', what: 'Sitemap of every page, for search engines' },
  { path: 'robots.txt', kind: 'text', what: 'Crawler rules, pointing at the sitemap' },
];
