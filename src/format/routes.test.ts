import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OUTPUTS } from '../outputs/catalogue.ts';
import { PAGE_ROUTES, groupSlugs, siteRoutes } from './routes.ts';

const PAGES = fileURLToPath(new URL('../pages/', import.meta.url));

describe('PAGE_ROUTES', () => {
  it('has one entry for each file under src/pages, and no other', () => {
    const files = readdirSync(PAGES, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(PAGES, join(entry.parentPath, entry.name)))
      .sort();
    expect(Object.keys(PAGE_ROUTES).sort()).toEqual(files);
  });
});

describe('siteRoutes', () => {
  it('builds each page again under each further language, and data once', () => {
    const routes = siteRoutes({ incidentSlugs: ['api-down'], componentIds: [], months: ['2026-06'], locales: ['da'] });
    for (const path of [
      'da/',
      'da/incidents/api-down/',
      'da/reviews/2026-06/',
      'da/feeds/incidents.rss',
      'da/404.html',
      'da/embed.js',
      'api/uptime.json',
    ]) {
      expect(routes.has(path), path).toBe(true);
    }
    expect(routes.has('da/api/uptime.json')).toBe(false);
    expect(routes.has('da/badges/status.svg')).toBe(false);
  });

  const routes = siteRoutes({ incidentSlugs: ['api-down'], componentIds: ['web-app'], months: ['2026-06'], logo: 'logo.svg' });

  it('lists every output of the catalogue', () => {
    expect(OUTPUTS.map((output) => output.path).filter((path) => !routes.has(path))).toEqual([]);
  });

  it('lists the pages of the content: incidents, months, components, impacts', () => {
    for (const path of [
      '',
      'incidents/api-down/',
      'history/2026-06/',
      'reviews/2026-06/',
      'reports/2026-06/',
      'reports/2026-06.csv',
      'history/components/web-app/',
      'history/impacts/major/',
      'uptime/all/',
      'subscribe/',
    ]) {
      expect(routes.has(path), path).toBe(true);
    }
  });

  it('lists the per-component feeds and badges', () => {
    for (const path of [
      'feeds/updates/web-app.rss',
      'feeds/components/web-app.atom',
      'badges/components/web-app-uptime-90d.json',
      'logo.svg',
    ]) {
      expect(routes.has(path), path).toBe(true);
    }
  });
});

describe('groupSlugs', () => {
  it('makes each group name a path segment, once', () => {
    expect(groupSlugs(['Core', 'EU (Frankfurt)', 'Ærø', 'core', '!!!'])).toEqual([
      'core',
      'eu-frankfurt',
      'ærø',
      'core-2',
      'group',
    ]);
  });
});
