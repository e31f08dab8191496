import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { UptimeJson } from '../../src/outputs/api.ts';
import { TEST_SITES, type TestSite } from '../helpers/sites.ts';
import { DOCUMENTS } from './statuspage-schema.ts';

const read = (site: TestSite, path: string) => JSON.parse(readFileSync(join(site.out, path), 'utf8'));
type Documents = typeof DOCUMENTS;
const api = <K extends keyof Documents>(site: TestSite, document: K) =>
  DOCUMENTS[document].parse(read(site, `api/v2/${document}`)) as z.output<Documents[K]>;

describe('the Statuspage-compatible API', () => {
  for (const site of Object.values(TEST_SITES)) {
    it.each(Object.keys(DOCUMENTS) as Array<keyof typeof DOCUMENTS>)(
      `${site.name}: %s matches the documented shape`,
      (document) => {
        expect(() => api(site, document)).not.toThrow();
      },
    );
  }

  describe('on the sample site', () => {
    const site = TEST_SITES.sample;

    it('reports all systems operational with every component', () => {
      const summary = api(site, 'summary.json');
      expect(summary.status).toEqual({ indicator: 'none', description: 'All Systems Operational' });
      expect(summary.page).toEqual({
        id: 'status.tallyfox.example',
        name: 'Tallyfox',
        url: 'https://status.tallyfox.example',
        time_zone: 'Europe/Copenhagen',
        updated_at: '2026-11-30T13:00:00.000+01:00',
      });
      expect(summary.components.filter((c) => !c.group).map((c) => [c.id, c.status])).toEqual([
        ['web-app', 'operational'],
        ['auth', 'operational'],
        ['api', 'operational'],
        ['imports', 'operational'],
        ['email', 'operational'],
        ['webhooks', 'operational'],
      ]);
      expect(summary.components.find((c) => c.id === 'group-core')?.components).toEqual(['web-app', 'auth', 'api']);
      expect(summary.incidents).toEqual([]);
      expect(summary.scheduled_maintenances.map((m) => [m.id, m.status, m.scheduled_for, m.scheduled_until])).toEqual([
        ['2026-12-06-database-maintenance', 'scheduled', '2026-12-06T06:00:00.000+01:00', '2026-12-06T07:00:00.000+01:00'],
      ]);
    });

    it('lists incidents newest first with their updates, newest first, mapped to Statuspage impacts', () => {
      const { incidents } = api(site, 'incidents.json');
      const content = read(site, 'api/uptime.json') as UptimeJson;
      const counted = content.months.reduce((n, m) => n + m.incidents, 0);
      // Notices (impact none) are incidents too in Statuspage; maintenance is not.
      expect(incidents).toHaveLength(counted + 1);
      const imports = incidents.find((i) => i.id === '2026-06-10-import-server-errors')!;
      expect(imports).toMatchObject({
        name: 'Server errors when importing files after a deployment',
        status: 'resolved',
        impact: 'critical',
        started_at: '2026-06-10T10:41:00.000+02:00',
        resolved_at: '2026-06-10T10:58:00.000+02:00',
        monitoring_at: '2026-06-10T10:43:00.000+02:00',
        shortlink: 'https://status.tallyfox.example/incidents/2026-06-10-import-server-errors/',
      });
      expect(imports.incident_updates.map((u) => u.status)).toEqual(['resolved', 'monitoring', 'identified']);
      expect(imports.components.map((c) => c.id)).toEqual(['imports', 'web-app']);
      const impacts = new Map(incidents.map((i) => [i.id, i.impact]));
      expect(impacts.get('2026-06-24-invoice-pdf-errors')).toBe('major');
      expect(impacts.get('2026-06-02-peak-hour-slowdown')).toBe('minor');
      expect(impacts.get('2026-01-12-new-status-page')).toBe('none');
      expect(incidents.map((i) => i.started_at)).toEqual(
        incidents
          .map((i) => i.started_at)
          .toSorted()
          .reverse(),
      );
    });
  });

  describe('with an ongoing major incident', () => {
    const site = TEST_SITES.ongoing;

    it('says so in status.indicator, components and unresolved incidents', () => {
      expect(api(site, 'status.json').status).toEqual({ indicator: 'critical', description: 'Major Service Outage' });
      const components = new Map(api(site, 'components.json').components.map((c) => [c.id, c.status]));
      expect(Object.fromEntries(components)).toEqual({
        api: 'major_outage',
        'web-app': 'degraded_performance',
        email: 'operational',
        'group-core': 'major_outage',
      });
      const unresolved = api(site, 'incidents/unresolved.json').incidents;
      expect(unresolved.map((i) => [i.id, i.status, i.impact, i.resolved_at])).toEqual([
        ['api-down', 'identified', 'critical', null],
      ]);
    });

    it('lists the upcoming maintenance and none active', () => {
      expect(api(site, 'scheduled-maintenances/upcoming.json').scheduled_maintenances.map((m) => [m.id, m.status])).toEqual([
        ['upgrade', 'scheduled'],
      ]);
      expect(api(site, 'scheduled-maintenances/active.json').scheduled_maintenances).toEqual([]);
      expect(api(site, 'scheduled-maintenances.json').scheduled_maintenances.map((m) => [m.id, m.status])).toEqual([
        ['upgrade', 'scheduled'],
        ['dst-maintenance', 'completed'],
      ]);
    });
  });

  describe('while a maintenance runs', () => {
    const site = TEST_SITES.maintenance;

    it('lists it as active and in progress, and the components under maintenance', () => {
      expect(api(site, 'scheduled-maintenances/active.json').scheduled_maintenances.map((m) => [m.id, m.status])).toEqual([
        ['upgrade', 'in_progress'],
      ]);
      expect(api(site, 'scheduled-maintenances/upcoming.json').scheduled_maintenances).toEqual([]);
      const components = new Map(api(site, 'components.json').components.map((c) => [c.id, c.status]));
      // The worst state wins: the open API incident (major, degraded on the web app) outranks maintenance.
      expect(components.get('api')).toBe('major_outage');
      expect(components.get('web-app')).toBe('degraded_performance');
      expect(components.get('email')).toBe('under_maintenance');
    });
  });

  it('agrees with uptime.json about the as-of instant', () => {
    const site = TEST_SITES.sample;
    const uptime = read(site, 'api/uptime.json') as UptimeJson;
    expect(new Date(api(site, 'status.json').page.updated_at).toISOString()).toBe(uptime.asOf);
  });
});
