import type { MessageKey } from '../i18n/catalog.ts';

/**
 * Every machine-readable output of the site, with what reads it: the source of the /api/
 * page (which says what each holds from the catalogs).
 */
export interface Output {
  path: string;
  kind: 'json' | 'feed' | 'calendar' | 'badge' | 'text';
  /** What it holds, in the reader's language: a catalog message. */
  what: MessageKey;
}

/** The fixed outputs; per-component feeds and badges are listed by the /api/ page. */
export const OUTPUTS: readonly Output[] = [
  {
    path: 'api/uptime.json',
    kind: 'json',
    what: 'api.what.uptime',
  },
  {
    path: 'api/next-change.json',
    kind: 'json',
    what: 'api.what.nextChange',
  },
  {
    path: 'api/days.json',
    kind: 'json',
    what: 'api.what.days',
  },
  {
    path: 'api/v2/summary.json',
    kind: 'json',
    what: 'api.what.summary',
  },
  { path: 'api/v2/status.json', kind: 'json', what: 'api.what.status' },
  {
    path: 'api/v2/components.json',
    kind: 'json',
    what: 'api.what.components',
  },
  { path: 'api/v2/incidents.json', kind: 'json', what: 'api.what.incidents' },
  { path: 'api/v2/incidents/unresolved.json', kind: 'json', what: 'api.what.unresolved' },
  { path: 'api/v2/scheduled-maintenances.json', kind: 'json', what: 'api.what.maintenances' },
  {
    path: 'api/v2/scheduled-maintenances/upcoming.json',
    kind: 'json',
    what: 'api.what.upcoming',
  },
  { path: 'api/v2/scheduled-maintenances/active.json', kind: 'json', what: 'api.what.active' },
  { path: 'feeds/incidents.rss', kind: 'feed', what: 'api.what.incidentsRss' },
  { path: 'feeds/incidents.atom', kind: 'feed', what: 'api.what.incidentsAtom' },
  { path: 'feeds/reviews.rss', kind: 'feed', what: 'api.what.reviewsRss' },
  { path: 'feeds/reviews.atom', kind: 'feed', what: 'api.what.reviewsAtom' },
  {
    path: 'maintenance.ics',
    kind: 'calendar',
    what: 'api.what.calendar',
  },
  {
    path: 'badges/status.svg',
    kind: 'badge',
    what: 'api.what.statusBadge',
  },
  { path: 'badges/uptime-30d.svg', kind: 'badge', what: 'api.what.uptimeBadge' },
  {
    path: 'badges/budget-30d.svg',
    kind: 'badge',
    what: 'api.what.budgetBadge',
  },
  { path: 'sitemap-index.xml', kind: 'text', what: 'api.what.sitemap' },
  { path: 'robots.txt', kind: 'text', what: 'api.what.robots' },
];
