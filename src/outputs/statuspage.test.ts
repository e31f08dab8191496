/**
 * The Statuspage documents of small sites, with literal values: update statuses in the
 * vocabulary of their incident's kind, and updates in timeline order.
 */
import { describe, expect, it } from 'vitest';
import { statuspageApi } from './statuspage.ts';
import { buildSiteModel } from '../model/site.ts';
import { loadedContent, loadedIncident } from '../../tests/helpers/fixtures.ts';

const components = [{ id: 'api', name: 'API' }];
const api = (incidents: Parameters<typeof loadedContent>[0]['incidents'], asOf: string) =>
  statuspageApi(buildSiteModel(loadedContent({ components, incidents }), new Date(asOf)), 'https://status.example.com/');
const statuses = (incident: { status: string; incident_updates: Array<{ id: string; status: string }> } | undefined) => [
  incident?.status,
  incident?.incident_updates.map((u) => `${u.id} ${u.status}`),
];

describe('statuspageApi', () => {
  describe('update statuses', () => {
    it('says "resolved" for a notice closed by a "completed" update, as the notice itself', () => {
      const notice = loadedIncident(
        {
          title: 'A new home',
          impact: 'none',
          start: '2026-01-12T09:00:00+01:00',
          end: '2026-01-12T09:00:00+01:00',
          components: ['api'],
          updates: [{ at: '2026-01-12T09:00:00+01:00', status: 'completed', body: 'Live.' }],
        },
        'notice',
      );
      expect(statuses(api([notice], '2026-01-13T00:00:00Z').incidents.incidents[0])).toEqual(['resolved', ['notice-1 resolved']]);
    });

    it('maps an incident\'s "scheduled" and "in-progress" updates to "investigating" and "identified"', () => {
      const works = loadedIncident(
        {
          title: 'Slow API',
          impact: 'degraded',
          start: '2026-06-10T10:00:00Z',
          components: ['api'],
          updates: [
            { at: '2026-06-10T10:00:00Z', status: 'scheduled', body: 'A move is planned.' },
            { at: '2026-06-10T10:05:00Z', status: 'in-progress', body: 'The move is under way.' },
          ],
        },
        'works',
      );
      expect(statuses(api([works], '2026-06-10T10:10:00Z').unresolved.incidents[0])).toEqual([
        'identified',
        ['works-2 identified', 'works-1 investigating'],
      ]);
    });

    it('maps a maintenance\'s "investigating", "monitoring" and "resolved" updates to its own vocabulary', () => {
      const upgrade = loadedIncident(
        {
          title: 'Upgrade',
          impact: 'maintenance',
          start: '2026-06-20T04:00:00Z',
          end: '2026-06-20T05:00:00Z',
          components: ['api'],
          updates: [
            { at: '2026-06-20T04:10:00Z', status: 'investigating', body: 'A step takes longer.' },
            { at: '2026-06-20T04:40:00Z', status: 'monitoring', body: 'Checking the result.' },
            { at: '2026-06-20T05:00:00Z', status: 'resolved', body: 'Done.' },
          ],
        },
        'upgrade',
      );
      expect(statuses(api([upgrade], '2026-06-20T04:45:00Z').active.scheduled_maintenances[0])).toEqual([
        'verifying',
        ['upgrade-2 verifying', 'upgrade-1 in_progress'],
      ]);
      expect(statuses(api([upgrade], '2026-06-21T00:00:00Z').scheduledMaintenances.scheduled_maintenances[0])).toEqual([
        'completed',
        ['upgrade-3 completed', 'upgrade-2 verifying', 'upgrade-1 in_progress'],
      ]);
    });
  });

  it('lists updates written in the same minute newest first: the later in the file is newer', () => {
    const burst = loadedIncident(
      {
        title: 'Burst',
        impact: 'major',
        start: '2026-06-10T10:00:00Z',
        components: ['api'],
        updates: [
          { at: '2026-06-10T10:01:00Z', status: 'investigating', body: 'One.' },
          { at: '2026-06-10T10:01:00Z', status: 'identified', body: 'Two.' },
          { at: '2026-06-10T10:01:00Z', status: 'monitoring', body: 'Three.' },
        ],
      },
      'burst',
    );
    expect(statuses(api([burst], '2026-06-10T10:05:00Z').unresolved.incidents[0])).toEqual([
      'monitoring',
      ['burst-3 monitoring', 'burst-2 identified', 'burst-1 investigating'],
    ]);
  });

  describe('affected_components', () => {
    const two = [
      { id: 'web', name: 'Web app' },
      { id: 'api', name: 'API' },
    ];
    const at = (incidents: Parameters<typeof loadedContent>[0]['incidents'], asOf: string) =>
      statuspageApi(buildSiteModel(loadedContent({ components: two, incidents }), new Date(asOf)), 'https://status.example.com/');
    const changes = (incident: { incident_updates: Array<{ id: string; affected_components: unknown }> } | undefined) =>
      incident?.incident_updates.map((u) => [u.id, u.affected_components]);

    it("say each component's change at the update that first sees it, newest update first", () => {
      const payments = loadedIncident(
        {
          title: 'Payments errors',
          impact: 'partial',
          start: '2026-11-18T14:05:00+01:00',
          end: '2026-11-18T14:27:00+01:00',
          components: [
            'web',
            { id: 'api', impact: 'degraded', start: '2026-11-18T14:10:00+01:00', end: '2026-11-18T14:20:00+01:00' },
          ],
          updates: [
            { at: '2026-11-18T14:08:00+01:00', status: 'investigating', body: 'Errors.' },
            { at: '2026-11-18T14:15:00+01:00', status: 'identified', body: 'A release.' },
            { at: '2026-11-18T14:27:00+01:00', status: 'resolved', body: 'Rolled back.' },
          ],
        },
        'payments',
      );
      expect(changes(at([payments], '2026-11-30T12:00:00Z').incidents.incidents[0])).toEqual([
        [
          'payments-3',
          [
            { code: 'web', name: 'Web app', old_status: 'partial_outage', new_status: 'operational' },
            { code: 'api', name: 'API', old_status: 'degraded_performance', new_status: 'operational' },
          ],
        ],
        ['payments-2', [{ code: 'api', name: 'API', old_status: 'operational', new_status: 'degraded_performance' }]],
        ['payments-1', [{ code: 'web', name: 'Web app', old_status: 'operational', new_status: 'partial_outage' }]],
      ]);
    });

    it('are null on an update that changes nothing, for a notice, and before a maintenance starts', () => {
      const notice = loadedIncident(
        {
          title: 'A new home',
          impact: 'none',
          start: '2026-01-12T09:00:00+01:00',
          end: '2026-01-12T09:00:00+01:00',
          components: ['web'],
          updates: [{ at: '2026-01-12T09:00:00+01:00', status: 'completed', body: 'Live.' }],
        },
        'notice',
      );
      const switchover = loadedIncident(
        {
          title: 'Session switch',
          impact: 'maintenance',
          start: '2026-06-14T06:00:00+02:00',
          end: '2026-06-14T06:45:00+02:00',
          // Degraded from 06:10 to 06:30, between two updates: no update says it.
          components: [
            'api',
            { id: 'web', impact: 'degraded', start: '2026-06-14T06:10:00+02:00', end: '2026-06-14T06:30:00+02:00' },
          ],
          updates: [
            { at: '2026-06-07T12:00:00+02:00', status: 'scheduled', body: 'Planned.' },
            { at: '2026-06-14T06:00:00+02:00', status: 'in-progress', body: 'Started.' },
            { at: '2026-06-14T06:45:00+02:00', status: 'completed', body: 'Done.' },
          ],
        },
        'switch',
      );
      const api = at([notice, switchover], '2026-06-30T00:00:00Z');
      expect(changes(api.incidents.incidents[0])).toEqual([['notice-1', null]]);
      expect(changes(api.scheduledMaintenances.scheduled_maintenances[0])).toEqual([
        ['switch-3', [{ code: 'api', name: 'API', old_status: 'under_maintenance', new_status: 'operational' }]],
        ['switch-2', [{ code: 'api', name: 'API', old_status: 'operational', new_status: 'under_maintenance' }]],
        ['switch-1', null],
      ]);
    });
  });
});
