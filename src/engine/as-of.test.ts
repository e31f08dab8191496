/**
 * What a build at an instant shows (content contract, section 8), on the sample's
 * payments incident and December maintenance, with literal expected values.
 */
import { describe, expect, it } from 'vitest';
import { contentAsOf, hiddenReport, isPublishedAt, nextChange } from './as-of.ts';
import { incidentMinutes, incidentState, lastUpdated } from './incident.ts';
import { buildSiteModel } from '../model/site.ts';
import { statuspageApi } from '../outputs/statuspage.ts';
import { loadedContent, loadedIncident } from '../../tests/helpers/fixtures.ts';

const payments = loadedIncident(
  {
    title: 'Errors on the payments page',
    impact: 'partial',
    start: '2026-11-18T14:05:00+01:00',
    end: '2026-11-18T14:27:00+01:00',
    postmortem: 'https://blog.example.com/payments-rollback',
    components: [
      'web-app',
      { id: 'api', impact: 'degraded', start: '2026-11-18T14:10:00+01:00', end: '2026-11-18T14:20:00+01:00' },
    ],
    updates: [
      { at: '2026-11-18T14:08:00+01:00', status: 'investigating', body: 'The payments page shows an error.' },
      { at: '2026-11-18T14:15:00+01:00', status: 'identified', body: 'A release caused the errors.' },
      { at: '2026-11-18T14:27:00+01:00', status: 'resolved', body: 'Rolled back.' },
    ],
  },
  'payments',
);
const database = loadedIncident(
  {
    title: 'Planned database maintenance',
    impact: 'maintenance',
    start: '2026-12-06T06:00:00+01:00',
    end: '2026-12-06T07:00:00+01:00',
    components: ['web-app', 'api'],
    updates: [{ at: '2026-11-26T12:00:00+01:00', status: 'scheduled', body: 'On Sunday we upgrade the database.' }],
  },
  'database',
);
const content = loadedContent({
  site: { timezone: 'Europe/Copenhagen' },
  components: [
    { id: 'web-app', name: 'Web application', since: '2026-11-01T00:00:00+01:00' },
    { id: 'api', name: 'Public API', since: '2026-11-01T00:00:00+01:00' },
  ],
  incidents: [payments, database],
  reviews: [{ month: '2026-11', title: 'November', published: '2026-12-08T10:00:00+01:00' }],
});
const at = (text: string) => new Date(text);

describe('contentAsOf', () => {
  describe('during the payments incident (14:15 local, its end written as 14:27)', () => {
    const { content: visible, hidden } = contentAsOf(content, at('2026-11-18T14:15:00+01:00'));
    const shown = visible.incidents.find((i) => i.slug === 'payments')!;

    it('hides the update written for later and shows one at the instant', () => {
      expect(shown.updates.map((u) => u.status)).toEqual(['investigating', 'identified']);
      expect(hidden.updates.map((h) => `${h.incident.slug}:${h.update.status}`)).toEqual(['payments:resolved']);
    });

    it('drops the end after the instant, which was not known then: the incident is ongoing, with no planned end', () => {
      expect(shown.end).toBeUndefined();
      expect(shown.plannedEnd).toBeUndefined();
      expect(incidentState(shown, at('2026-11-18T13:15:00Z'))).toBe('ongoing');
      expect(incidentMinutes(shown, at('2026-11-18T13:15:00Z'))).toBe(10);
    });

    it('keeps a component window that has ended, and opens one that has not', () => {
      expect(shown.components.map((c) => [c.id, c.end?.toISOString()])).toEqual([
        ['web-app', undefined],
        ['api', undefined],
      ]);
    });

    it('hides the maintenance announced on 26 November, and the review published in December', () => {
      expect(visible.incidents.map((i) => i.slug)).toEqual(['payments']);
      expect(hidden.incidents.map((i) => i.slug)).toEqual(['database']);
      expect(hidden.reviews.map((r) => r.month)).toEqual(['2026-11']);
    });
  });

  describe('at 14:06, before the Public API window of 14:10', () => {
    const shown = contentAsOf(content, at('2026-11-18T14:06:00+01:00')).content.incidents[0]!;

    it('leaves out the component window that has not started', () => {
      expect(shown.components.map((c) => [c.id, c.start.toISOString(), c.end])).toEqual([
        ['web-app', '2026-11-18T13:05:00.000Z', undefined],
      ]);
    });

    it('has no post-mortem yet', () => {
      expect(shown.postmortem).toBeUndefined();
    });
  });

  it('links the post-mortem once the incident has ended (14:27)', () => {
    expect(contentAsOf(content, at('2026-11-18T14:26:00+01:00')).content.incidents[0]!.postmortem).toBeUndefined();
    expect(contentAsOf(content, at('2026-11-18T14:27:00+01:00')).content.incidents[0]!.postmortem).toBe(
      'https://blog.example.com/payments-rollback',
    );
  });

  it('has no post-mortem while an incident without an end lasts', () => {
    const open = loadedIncident(
      {
        title: 'Down',
        impact: 'major',
        start: '2026-11-30T11:00:00Z',
        components: ['api'],
        postmortem: 'https://blog.example.com/down',
      },
      'down',
    );
    expect(
      contentAsOf({ ...content, incidents: [open] }, at('2026-11-30T12:00:00Z')).content.incidents[0]!.postmortem,
    ).toBeUndefined();
  });

  it('keeps a maintenance window that starts later: it is planned', () => {
    const staged = loadedIncident(
      {
        title: 'Staged upgrade',
        impact: 'maintenance',
        start: '2026-12-06T06:00:00+01:00',
        end: '2026-12-06T08:00:00+01:00',
        components: ['web-app', { id: 'api', start: '2026-12-06T07:00:00+01:00' }],
      },
      'staged',
    );
    const shown = contentAsOf({ ...content, incidents: [staged] }, at('2026-12-06T06:30:00+01:00')).content.incidents[0]!;
    expect(shown.components.map((c) => [c.id, c.start.toISOString(), c.end])).toEqual([
      ['web-app', '2026-12-06T05:00:00.000Z', undefined],
      ['api', '2026-12-06T06:00:00.000Z', undefined],
    ]);
    expect(shown.plannedEnd).toEqual(at('2026-12-06T07:00:00Z'));
  });

  it('leaves the component window that ended before the instant as it was (14:21)', () => {
    const shown = contentAsOf(content, at('2026-11-18T14:21:00+01:00')).content.incidents[0]!;
    expect(shown.components.map((c) => c.end?.toISOString())).toEqual([undefined, '2026-11-18T13:20:00.000Z']);
  });

  it('shows a maintenance as upcoming from its first update on, with its planned end', () => {
    const { content: visible, hidden } = contentAsOf(content, at('2026-11-26T12:00:00+01:00'));
    const shown = visible.incidents.find((i) => i.slug === 'database')!;
    expect(hidden.incidents).toEqual([]);
    expect(incidentState(shown, at('2026-11-26T11:00:00Z'))).toBe('scheduled');
    expect(shown.plannedEnd).toEqual(at('2026-12-06T06:00:00Z'));
  });

  it('shows a maintenance without updates as upcoming at once', () => {
    const quiet = loadedIncident(
      { title: 'Quiet', impact: 'maintenance', start: '2027-01-10T06:00:00Z', components: ['api'] },
      'quiet',
    );
    const { content: visible } = contentAsOf({ ...content, incidents: [quiet] }, at('2026-11-18T12:00:00Z'));
    expect(visible.incidents.map((i) => i.slug)).toEqual(['quiet']);
  });

  it('hides an incident that starts later, and keeps drafts whatever their dates', () => {
    const later = loadedIncident(
      { title: 'Later', impact: 'major', start: '2026-11-20T10:00:00Z', components: ['api'] },
      'later',
    );
    const draft = loadedIncident(
      { title: 'Draft', impact: 'major', start: '2026-11-21T10:00:00Z', components: ['api'], draft: true },
      'draft',
    );
    const { content: visible, hidden } = contentAsOf({ ...content, incidents: [later, draft] }, at('2026-11-19T00:00:00Z'));
    expect(visible.incidents.map((i) => i.slug)).toEqual(['draft']);
    expect(hidden.incidents.map((i) => i.slug)).toEqual(['later']);
  });

  it('shows a maintenance running at 06:30 as in progress for 30 minutes so far, planned until 07:00', () => {
    const asOf = at('2026-12-06T06:30:00+01:00');
    const shown = contentAsOf(content, asOf).content.incidents.find((i) => i.slug === 'database')!;
    expect(incidentState(shown, asOf)).toBe('in-progress');
    expect(incidentMinutes(shown, asOf)).toBe(30);
    expect(shown.end).toBeUndefined();
  });
});

describe('lastUpdated', () => {
  it('is the latest visible update, else the start, and never after the instant', () => {
    expect(lastUpdated(payments, at('2026-11-18T14:15:00+01:00'))).toEqual(at('2026-11-18T13:15:00Z'));
    expect(lastUpdated(payments, at('2026-11-18T14:06:00+01:00'))).toEqual(at('2026-11-18T13:05:00Z'));
    expect(lastUpdated(database, at('2026-11-27T00:00:00Z'))).toEqual(at('2026-11-26T11:00:00Z'));
    const quiet = { start: at('2027-01-10T06:00:00Z'), updates: [] };
    expect(lastUpdated(quiet, at('2026-11-18T12:00:00Z'))).toEqual(at('2026-11-18T12:00:00Z'));
  });
});

describe('nextChange', () => {
  it('is the next dated item while something is ongoing and due sooner than 15 minutes', () => {
    expect(nextChange(content, at('2026-11-18T14:15:00+01:00'))).toEqual({
      at: at('2026-11-18T13:20:00Z'),
      reason: '"Errors on the payments page" (payments) stops affecting api',
    });
  });

  it('is 15 minutes later while an incident is ongoing with nothing sooner', () => {
    const open = loadedIncident({ title: 'Down', impact: 'major', start: '2026-11-30T11:00:00Z', components: ['api'] }, 'down');
    expect(nextChange({ ...content, incidents: [open], reviews: [] }, at('2026-11-30T12:00:00Z'))).toEqual({
      at: at('2026-11-30T12:15:00Z'),
      reason: '"Down" (down) is ongoing: its duration and the figures move',
    });
  });

  it('is a maintenance start 3 hours ahead', () => {
    expect(nextChange(content, at('2026-12-06T03:00:00+01:00'))).toEqual({
      at: at('2026-12-06T05:00:00Z'),
      reason: '"Planned database maintenance" (database) starts',
    });
  });

  it('is an announcement before the next midnight', () => {
    expect(nextChange(content, at('2026-11-26T09:00:00+01:00')).at).toEqual(at('2026-11-26T11:00:00Z'));
  });

  it('is the next local midnight when nothing else is due, across DST changes', () => {
    const quiet = { ...content, incidents: [], reviews: [] };
    expect(nextChange(quiet, at('2026-11-30T12:00:00Z'))).toEqual({
      at: at('2026-11-30T23:00:00Z'),
      reason: 'the day ends (local midnight in Europe/Copenhagen)',
    });
    // 25 October 2026 is 25 hours long in Copenhagen; its midnight is 23:00Z.
    expect(nextChange(quiet, at('2026-10-25T00:30:00+02:00')).at).toEqual(at('2026-10-25T23:00:00Z'));
    // 29 March 2026 is 23 hours long; the next midnight is 22:00Z.
    expect(nextChange(quiet, at('2026-03-29T12:00:00+02:00')).at).toEqual(at('2026-03-29T22:00:00Z'));
  });
});

describe('hiddenReport', () => {
  it('counts, then lists with when each item appears', () => {
    const asOf = at('2026-11-18T14:15:00+01:00');
    const { hidden } = contentAsOf(content, asOf);
    expect(hiddenReport(hidden, asOf, 'Europe/Copenhagen', { list: true })).toEqual([
      'Hidden as of 2026-11-18T14:15:00+01:00: 1 update, 1 incident, 1 review.',
      '  2026-11-18T14:27:00+01:00  update "resolved" of payments (content/incidents/payments.mdx)',
      '  2026-11-26T12:00:00+01:00  maintenance database (content/incidents/database.mdx)',
      '  2026-12-08T10:00:00+01:00  review of 2026-11 (content/reviews/2026-11.mdx)',
    ]);
  });
});

describe('isPublishedAt', () => {
  const asOf = at('2026-12-01T10:00:00+01:00');
  const incident = (fields: Record<string, unknown>) =>
    loadedIncident(
      { title: 'T', impact: 'partial', start: '2026-12-01T09:00:00+01:00', components: ['web-app'], ...fields },
      't',
    );

  it('publishes an incident from its start on, the instant itself included', () => {
    expect(isPublishedAt(incident({}), asOf)).toBe(true);
    expect(isPublishedAt(incident({ start: '2026-12-01T10:00:00+01:00' }), asOf)).toBe(true);
    expect(isPublishedAt(incident({ start: '2026-12-01T10:01:00+01:00' }), asOf)).toBe(false);
  });

  it('never publishes a draft, whatever its dates', () => {
    expect(isPublishedAt(incident({ draft: true }), asOf)).toBe(false);
    expect(isPublishedAt({ draft: true, published: at('2026-11-08T10:00:00+01:00') }, asOf)).toBe(false);
  });

  it('publishes a maintenance planned for next week once announced, or at once without updates', () => {
    const later = { impact: 'maintenance', start: '2026-12-09T06:00:00+01:00' };
    const announced = (time: string) => [{ at: time, status: 'scheduled', body: 'Planned.' }];
    expect(isPublishedAt(incident({ ...later, updates: announced('2026-12-01T09:59:00+01:00') }), asOf)).toBe(true);
    expect(isPublishedAt(incident({ ...later, updates: announced('2026-12-01T10:00:00+01:00') }), asOf)).toBe(true);
    expect(isPublishedAt(incident({ ...later, updates: announced('2026-12-09T06:00:00+01:00') }), asOf)).toBe(false);
    expect(isPublishedAt(incident(later), asOf)).toBe(true);
  });

  it('publishes a review from its published instant on (before, it is scheduled)', () => {
    expect(isPublishedAt({ draft: false, published: at('2026-12-01T10:00:00+01:00') }, asOf)).toBe(true);
    expect(isPublishedAt({ draft: false, published: at('2026-12-08T10:00:00+01:00') }, asOf)).toBe(false);
  });
});

describe('a draft review', () => {
  const drafted = loadedContent({
    site: { timezone: 'Europe/Copenhagen' },
    components: [{ id: 'web-app', name: 'Web application', since: '2026-11-01T00:00:00+01:00' }],
    incidents: [],
    reviews: [{ month: '2026-11', title: 'November', published: '2026-12-01T09:00:00+01:00', draft: true }],
  });
  const asOf = at('2026-12-02T12:00:00+01:00');

  it('is left out of every list a build makes, and is not scheduled either', () => {
    const model = buildSiteModel(drafted, asOf);
    expect(model.reviews).toEqual([]);
    expect(model.reportByMonth.get('2026-11')?.review).toBeUndefined();
    expect(model.hidden.reviews).toEqual([]);
    expect(nextChange(drafted, asOf).reason).toBe('the day ends (local midnight in Europe/Copenhagen)');
  });

  it('is previewed by the dev server, labelled as a draft', () => {
    const preview = buildSiteModel(drafted, asOf, { preview: true });
    expect(preview.reviews.map((r) => r.month)).toEqual(['2026-11']);
    expect(preview.reportByMonth.get('2026-11')?.reviewDraft).toBe(true);
  });
});

describe('the site model at an instant', () => {
  it('agrees across status, API and figures during the payments incident', () => {
    const asOf = at('2026-11-18T14:15:00+01:00');
    const model = buildSiteModel(content, asOf);
    expect(model.status.banner.state).toBe('partial');
    expect(model.status.banner.update?.status).toBe('identified');
    expect(model.reviews).toEqual([]);
    const api = statuspageApi(model, 'https://status.example.com/');
    const [incident] = api.unresolved.incidents;
    expect(incident?.status).toBe('identified');
    expect(incident?.updated_at).toBe('2026-11-18T14:15:00.000+01:00');
    expect(incident?.resolved_at).toBeNull();
    expect(incident?.incident_updates.map((u) => u.id)).toEqual(['payments-2', 'payments-1']);
    expect(api.scheduledMaintenances.scheduled_maintenances).toEqual([]);
    // web-app partial 14:05–14:15 (10 min), api degraded 14:10–14:15.
    const november = model.uptime.monthByKey.get('2026-11')!;
    expect(november.components['web-app']?.partial).toBe(10);
    expect(november.components['api']?.degraded).toBe(5);
  });

  it('names in the API only the components affected by 14:06, with no end and no planned end', () => {
    const model = buildSiteModel(content, at('2026-11-18T14:06:00+01:00'));
    const [incident] = statuspageApi(model, 'https://status.example.com/').unresolved.incidents;
    expect(incident?.components.map((c) => c.id)).toEqual(['web-app']);
    expect([incident?.resolved_at, incident?.scheduled_until]).toEqual([null, undefined]);
    expect(model.status.componentState.get('api')).toBe('operational');
  });

  it('previews scheduled updates and reviews only when asked (the dev server)', () => {
    const asOf = at('2026-11-18T14:15:00+01:00');
    expect(buildSiteModel(content, asOf).scheduledUpdates.size).toBe(0);
    const preview = buildSiteModel(content, asOf, { preview: true });
    expect(preview.scheduledUpdates.get('payments')?.map((u) => u.status)).toEqual(['resolved']);
    expect(preview.reviews.map((r) => r.month)).toEqual(['2026-11']);
    expect(preview.reportByMonth.get('2026-11')?.reviewScheduled).toBe(true);
  });

  it('gives a maintenance its planned end in the API while it runs', () => {
    const model = buildSiteModel(content, at('2026-12-06T06:30:00+01:00'));
    const [active] = statuspageApi(model, 'https://status.example.com/').active.scheduled_maintenances;
    expect(active?.status).toBe('in_progress');
    expect(active?.scheduled_until).toBe('2026-12-06T07:00:00.000+01:00');
    expect(active?.resolved_at).toBeNull();
    expect(active?.updated_at).toBe('2026-11-26T12:00:00.000+01:00');
  });
});
