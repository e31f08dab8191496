/**
 * Every path the site builds, derived from the content: the one list the content check
 * compares body links with. Each file under `src/pages/` has its entry in {@link PAGE_ROUTES}
 * (a unit test keeps the two in step), so a new page cannot be forgotten here.
 */
import { IMPACTS } from '../input/schema.ts';

/** What the paths depend on. */
export interface RouteContent {
  /** Non-draft incidents: each has a page. */
  incidentSlugs: readonly string[];
  componentIds: readonly string[];
  /** The months with figures (history and review pages), `YYYY-MM`. */
  months: readonly string[];
  /** The logo's file name in site.yaml, e.g. `logo.svg`. */
  logo?: string | undefined;
  /** The components' group names, each once, in the order of components.yaml. */
  groups?: readonly string[] | undefined;
  /** The site's further languages (site.yaml `locales:`): each page is also built under `<code>/`. */
  locales?: readonly string[] | undefined;
}

/** A page under `src/pages/[...lang]/`: its paths in the site's own language, then under each further language's code. */
const inLanguages =
  (paths: (content: RouteContent) => readonly string[]) =>
  (content: RouteContent): string[] => {
    const own = paths(content);
    return [...own, ...(content.locales ?? []).flatMap((code) => own.map((path) => `${code}/${path}`))];
  };

/**
 * Each group's path segment, in the order given: its name in lower case without accents,
 * every run of other characters as one "-"; a segment already taken gets "-2", "-3".
 *
 * @example
 * groupSlugs(['Core', 'EU (Frankfurt)', 'Ærø', 'core']) //=> ['core', 'eu-frankfurt', 'ærø', 'core-2']
 */
export function groupSlugs(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const base =
      name
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .normalize('NFC')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-|-$/g, '') || 'group';
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  });
}

/** The documents of the Statuspage-compatible API, under `api/v2/`. */
export const STATUSPAGE_DOCUMENTS = [
  'summary.json',
  'status.json',
  'components.json',
  'incidents.json',
  'incidents/unresolved.json',
  'scheduled-maintenances.json',
  'scheduled-maintenances/upcoming.json',
  'scheduled-maintenances/active.json',
] as const;

/** The periods of the uptime badges, in days. */
export const BADGE_DAYS = [30, 90] as const;
/** The error-budget badges cover this many days, ending at the as-of instant. */
export const BUDGET_BADGE_DAYS = 30;

const feedPaths = ({ componentIds }: RouteContent) => [
  'feeds/incidents',
  'feeds/reviews',
  'feeds/updates',
  ...componentIds.flatMap((id) => [`feeds/updates/${id}`, `feeds/components/${id}`]),
];

const badgeNames = ({ componentIds }: RouteContent) => [
  'status',
  ...BADGE_DAYS.map((days) => `uptime-${days}d`),
  `budget-${BUDGET_BADGE_DAYS}d`,
  ...componentIds.flatMap((id) => [
    `components/${id}`,
    ...BADGE_DAYS.map((days) => `components/${id}-uptime-${days}d`),
    `components/${id}-budget-${BUDGET_BADGE_DAYS}d`,
  ]),
];

/** Each file under `src/pages/`, and the paths (relative to the base, no leading `/`) it builds. */
export const PAGE_ROUTES: Readonly<Record<string, (content: RouteContent) => readonly string[]>> = {
  '[...lang]/index.astro': inLanguages(() => ['']),
  '[...lang]/404.astro': inLanguages(() => ['404.html']),
  '[...lang]/subscribe.astro': inLanguages(() => ['subscribe/']),
  '[...lang]/api/index.astro': inLanguages(() => ['api/']),
  '[...lang]/embed.js.ts': inLanguages(() => ['embed.js']),
  'api/days.json.ts': () => ['api/days.json'],
  'api/next-change.json.ts': () => ['api/next-change.json'],
  'api/uptime.json.ts': () => ['api/uptime.json'],
  'api/v2/[...document].ts': () => STATUSPAGE_DOCUMENTS.map((document) => `api/v2/${document}`),
  'badges/[...badge].svg.ts': (content) => badgeNames(content).map((name) => `badges/${name}.svg`),
  'badges/[...badge].json.ts': (content) => badgeNames(content).map((name) => `badges/${name}.json`),
  '[...lang]/feeds/[...feed].rss.ts': inLanguages((content) => feedPaths(content).map((path) => `${path}.rss`)),
  '[...lang]/feeds/[...feed].atom.ts': inLanguages((content) => feedPaths(content).map((path) => `${path}.atom`)),
  '[...lang]/groups/[group].astro': inLanguages(({ groups = [] }) => groupSlugs(groups).map((slug) => `groups/${slug}/`)),
  '[...lang]/history/index.astro': inLanguages(() => ['history/']),
  '[...lang]/history/[month].astro': inLanguages(({ months }) => months.map((month) => `history/${month}/`)),
  '[...lang]/history/components/index.astro': inLanguages(() => ['history/components/']),
  '[...lang]/history/components/[id].astro': inLanguages(({ componentIds }) =>
    componentIds.map((id) => `history/components/${id}/`),
  ),
  '[...lang]/history/impacts/[impact].astro': inLanguages(() => IMPACTS.map((impact) => `history/impacts/${impact}/`)),
  '[...lang]/incidents/[slug].astro': inLanguages(({ incidentSlugs }) => incidentSlugs.map((slug) => `incidents/${slug}/`)),
  '[...lang]/reviews/index.astro': inLanguages(() => ['reviews/']),
  '[...lang]/reviews/[month].astro': inLanguages(({ months }) => months.map((month) => `reviews/${month}/`)),
  '[...lang]/reports/[month].astro': inLanguages(({ months }) => months.map((month) => `reports/${month}/`)),
  'reports/[month].csv.ts': ({ months }) => months.map((month) => `reports/${month}.csv`),
  '[...lang]/uptime/[...range].astro': inLanguages(() => ['uptime/', 'uptime/all/']),
  'maintenance.ics.ts': () => ['maintenance.ics'],
  'robots.txt.ts': () => ['robots.txt'],
  'logo.[ext].ts': ({ logo }) => (logo ? [`logo.${logo.split('.').at(-1)}`] : []),
};

/** Files copied from `public/` and written by integrations (the sitemap). */
export const STATIC_FILES = ['favicon.svg', 'sitemap-index.xml', 'sitemap-0.xml', '_headers'] as const;

/**
 * Every path of the site, relative to its base, without a leading `/`: pages end in `/`.
 *
 * @example
 * siteRoutes({ incidentSlugs: ['api-down'], componentIds: [], months: [] }).has('incidents/api-down/') //=> true
 */
export function siteRoutes(content: RouteContent): Set<string> {
  return new Set([...Object.values(PAGE_ROUTES).flatMap((paths) => paths(content)), ...STATIC_FILES]);
}
