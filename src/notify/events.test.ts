/**
 * Events between two builds, on the sample content at pairs of instants: the Statuspage
 * documents are made in-process exactly as the site writes them (no Astro needed).
 */
import { describe, expect, it } from 'vitest';
import { loadValidContent } from '../input/load.ts';
import { statusEvents, type LiveSite } from './events.ts';
import { buildSiteModel } from '../model/site.ts';
import { statuspageApi } from '../outputs/statuspage.ts';
import { loadedIncident } from '../../tests/helpers/fixtures.ts';

const { content } = loadValidContent('content', new Date('2026-12-31T00:00:00Z'), { replay: true, checkBodies: false });
if (!content) throw new Error('the sample content does not load');

/** What the site at `instant` publishes under /api/v2/. */
function live(instant: string): LiveSite {
  const api = statuspageApi(buildSiteModel(content!, new Date(instant)), 'https://status.tallyfox.example/');
  return {
    incidents: api.incidents.incidents,
    maintenances: api.scheduledMaintenances.scheduled_maintenances,
    components: api.components.components,
  };
}
const ids = (before: string | undefined, now: string) =>
  statusEvents(before === undefined ? undefined : live(before), live(now)).map((event) => `${event.id} ${event.kind}`);
const PAYMENTS = '2026-11-18-payments-page-errors';
const DATABASE = '2026-12-06-database-maintenance';

describe('statusEvents', () => {
  it('announces a new incident once, with its latest update, and the components it changed', () => {
    expect(ids('2026-11-18T12:00:00Z', '2026-11-18T13:15:00Z')).toEqual([
      `${PAYMENTS}:declared incident-declared`,
      'api:operational:degraded_performance:2026-11-18T14:15:00.000+01:00 component-changed',
      'web-app:operational:partial_outage:2026-11-18T14:15:00.000+01:00 component-changed',
    ]);
    const [declared] = statusEvents(live('2026-11-18T12:00:00Z'), live('2026-11-18T13:15:00Z'));
    expect(declared?.update?.status).toBe('identified');
  });

  it('announces a new update', () => {
    expect(ids('2026-11-18T13:10:00Z', '2026-11-18T13:16:00Z').filter((id) => !id.includes('component'))).toEqual([
      `${PAYMENTS}-2 incident-updated`,
    ]);
  });

  it('announces a resolution, with the resolving update', () => {
    const events = statusEvents(live('2026-11-18T13:16:00Z'), live('2026-11-18T13:30:00Z')).filter((e) => e.incident);
    expect(events.map((e) => `${e.id} ${e.kind} ${e.update?.status}`)).toEqual([
      `${PAYMENTS}:resolved incident-resolved resolved`,
    ]);
  });

  it('follows a maintenance from scheduled to in progress to completed', () => {
    expect(ids('2026-11-26T10:00:00Z', '2026-11-26T11:30:00Z')).toEqual([`${DATABASE}:scheduled maintenance-scheduled`]);
    expect(ids('2026-11-26T11:30:00Z', '2026-12-06T05:10:00Z').filter((id) => !id.includes('component'))).toEqual([
      `${DATABASE}:started maintenance-started`,
    ]);
    expect(ids('2026-12-06T05:10:00Z', '2026-12-06T06:10:00Z').filter((id) => !id.includes('component'))).toEqual([
      `${DATABASE}:completed maintenance-completed`,
    ]);
  });

  it('finds nothing when nothing changed, so a deploy never announces twice', () => {
    expect(ids('2026-11-18T13:15:00Z', '2026-11-18T13:15:00Z')).toEqual([]);
    expect(ids('2026-11-20T10:00:00Z', '2026-11-21T10:00:00Z')).toEqual([]);
  });

  it('on a first deploy announces only what is going on, not the whole history', () => {
    expect(ids(undefined, '2026-11-18T13:15:00Z')).toEqual([`${PAYMENTS}:declared incident-declared`]);
    expect(ids(undefined, '2026-11-30T12:00:00Z')).toEqual([`${DATABASE}:scheduled maintenance-scheduled`]);
    expect(ids(undefined, '2026-07-01T00:00:00Z')).toEqual([]);
  });

  it('announces updates written in the same minute in the order written, past the ninth', () => {
    const burst = loadedIncident(
      {
        title: 'Burst',
        impact: 'major',
        start: '2026-11-20T10:00:00Z',
        components: ['api'],
        updates: Array.from({ length: 11 }, (_, i) => ({
          at: '2026-11-20T10:01:00Z',
          status: 'identified',
          body: `Step ${i + 1}.`,
        })),
      },
      'burst',
    );
    const site = (instant: string) => {
      const model = buildSiteModel({ ...content!, incidents: [burst], reviews: [] }, new Date(instant));
      const api = statuspageApi(model, 'https://status.tallyfox.example/');
      return { incidents: api.incidents.incidents, maintenances: [], components: [] };
    };
    expect(statusEvents(site('2026-11-20T10:00:30Z'), site('2026-11-20T10:02:00Z')).map((e) => e.id)).toEqual(
      Array.from({ length: 11 }, (_, i) => `burst-${i + 1}`),
    );
  });
});
