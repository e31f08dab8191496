import { describe, expect, it } from 'vitest';
import { incidentFile, planImport } from './content.ts';
import { mapStatuspage, readAnswer, STATUSPAGE_ANSWERS, type StatuspageData } from './statuspage.ts';

const zone = 'Europe/Copenhagen';
const now = new Date('2026-07-01T00:00:00Z');

const data = (incidents: unknown[]): StatuspageData => ({
  components: readAnswer(
    STATUSPAGE_ANSWERS.components,
    [
      {
        id: 'c1',
        name: 'Web app',
        position: 1,
        group_id: 'g1',
        start_date: '2026-03-16',
        created_at: '2026-03-16T09:00:00+01:00',
      },
      { id: 'c2', name: 'API', position: 2, group_id: 'g1' },
      { id: 'g1', name: 'Core', group: true, components: ['c1', 'c2'] },
    ],
    'test',
  ),
  groups: [],
  incidents: readAnswer(STATUSPAGE_ANSWERS.incidents, incidents, 'test'),
});

const update = (status: string, at: string, body: string, affected: unknown[] | null = null) => ({
  status,
  body,
  created_at: at,
  display_at: at,
  affected_components: affected,
});

describe('mapStatuspage', () => {
  it('keeps group members as components of the group, tracked from the creation time on their start date', () => {
    const { components } = mapStatuspage(data([]), { timeZone: zone, now, existing: [] });
    expect(components).toEqual([
      { id: 'web-app', name: 'Web app', description: undefined, group: 'Core', since: new Date('2026-03-16T08:00:00Z') },
      { id: 'api', name: 'API', description: undefined, group: 'Core', since: undefined },
    ]);
  });

  it('keeps the id of a component whose name is already in components.yaml', () => {
    const { components } = mapStatuspage(data([]), { timeZone: zone, now, existing: [{ id: 'web', name: 'Web app' }] });
    expect(components.map((c) => c.id)).toEqual(['web', 'api']);
  });

  describe('when updates say which components changed state', () => {
    const incident = {
      id: 'inc1',
      name: 'API down, web app slow',
      status: 'resolved',
      impact: 'critical',
      created_at: '2026-06-10T10:00:00+02:00',
      started_at: '2026-06-10T10:00:00+02:00',
      resolved_at: '2026-06-10T11:00:00+02:00',
      components: [{ id: 'c1' }, { id: 'c2' }],
      incident_updates: [
        update('resolved', '2026-06-10T11:00:00+02:00', 'Fixed.', [
          { code: 'c2', old_status: 'major_outage', new_status: 'operational' },
        ]),
        update('identified', '2026-06-10T10:20:00+02:00', 'The web app is slow too.', [
          { code: 'c1', old_status: 'operational', new_status: 'degraded_performance' },
          { code: 'c2', old_status: 'major_outage', new_status: 'major_outage' },
        ]),
        update('investigating', '2026-06-10T10:00:00+02:00', 'The API is down.', [
          { code: 'c2', old_status: 'operational', new_status: 'major_outage' },
        ]),
        update('monitoring', '2026-06-10T10:40:00+02:00', 'Web app recovered.', [
          { code: 'c1', old_status: 'degraded_performance', new_status: 'operational' },
        ]),
      ],
    };

    it('gives each component its own window and impact', () => {
      const { incidents } = mapStatuspage(data([incident]), { timeZone: zone, now, existing: [] });
      expect(incidents[0]).toMatchObject({
        title: 'API down, web app slow',
        impact: 'major',
        start: new Date('2026-06-10T08:00:00Z'),
        end: new Date('2026-06-10T09:00:00Z'),
        components: [
          { id: 'web-app', impact: 'degraded', start: new Date('2026-06-10T08:20:00Z'), end: new Date('2026-06-10T08:40:00Z') },
          { id: 'api', impact: undefined, start: undefined, end: undefined },
        ],
      });
    });

    it('counts a change said by the first update from the incident’s start, a later one from its update', () => {
      const late = {
        ...incident,
        id: 'inc3',
        started_at: '2026-06-10T09:55:00+02:00',
        created_at: '2026-06-10T09:55:00+02:00',
        incident_updates: [
          update('investigating', '2026-06-10T10:05:00+02:00', 'The API is down.', [
            { code: 'c2', old_status: 'operational', new_status: 'major_outage' },
          ]),
          update('identified', '2026-06-10T10:20:00+02:00', 'The web app is slow too.', [
            { code: 'c1', old_status: 'operational', new_status: 'degraded_performance' },
          ]),
          update('resolved', '2026-06-10T11:00:00+02:00', 'Fixed.', [
            { code: 'c1', old_status: 'degraded_performance', new_status: 'operational' },
            { code: 'c2', old_status: 'major_outage', new_status: 'operational' },
          ]),
        ],
      };
      const { incidents } = mapStatuspage(data([late]), { timeZone: zone, now, existing: [] });
      expect(incidents[0]).toMatchObject({
        start: new Date('2026-06-10T07:55:00Z'),
        end: new Date('2026-06-10T09:00:00Z'),
        components: [
          { id: 'web-app', impact: 'degraded', start: new Date('2026-06-10T08:20:00Z'), end: undefined },
          { id: 'api', impact: undefined, start: undefined, end: undefined },
        ],
      });
    });

    it('writes the updates oldest first, with the site’s offset', () => {
      const { incidents } = mapStatuspage(data([incident]), { timeZone: zone, now, existing: [] });
      expect(incidentFile(incidents[0]!, zone)).toBe(`---
title: API down, web app slow
impact: major
start: 2026-06-10T10:00:00+02:00
end: 2026-06-10T11:00:00+02:00
components:
  - id: web-app
    impact: degraded
    start: 2026-06-10T10:20:00+02:00
    end: 2026-06-10T10:40:00+02:00
  - api
updates:
  - at: 2026-06-10T10:00:00+02:00
    status: investigating
    body: The API is down.
  - at: 2026-06-10T10:20:00+02:00
    status: identified
    body: The web app is slow too.
  - at: 2026-06-10T10:40:00+02:00
    status: monitoring
    body: Web app recovered.
  - at: 2026-06-10T11:00:00+02:00
    status: resolved
    body: Fixed.
---
`);
    });
  });

  it('notes a component that no longer exists, an update with no text and an impact with no counterpart', () => {
    const { incidents, losses } = mapStatuspage(
      data([
        {
          id: 'inc2',
          name: 'Odd one',
          status: 'resolved',
          impact: 'severe',
          created_at: '2026-06-11T10:00:00+02:00',
          resolved_at: '2026-06-11T10:30:00+02:00',
          incident_updates: [
            update('investigating', '2026-06-11T10:00:00+02:00', '', [
              { code: 'gone', name: 'Old API', old_status: 'operational', new_status: 'partial_outage' },
            ]),
            update('resolved', '2026-06-11T10:30:00+02:00', 'Done.'),
          ],
        },
      ]),
      { timeZone: zone, now, existing: [] },
    );
    expect(losses.map((l) => l.note)).toEqual([
      'impact "severe" has no counterpart: imported as none (listed, never counted)',
      'update 1 (investigating) has no text: left out of the timeline',
      'component gone "Old API" no longer exists: left out',
      'affected no component that exists: listed under every component with impact none (counted as an incident, costs no uptime)',
    ]);
    expect(incidents[0]!.components).toEqual([
      { id: 'web-app', impact: 'none' },
      { id: 'api', impact: 'none' },
    ]);
  });

  it('marks an update after a resolution as reopening, and a week-long incident as long-running', () => {
    const { incidents } = mapStatuspage(
      data([
        {
          id: 'inc3',
          name: 'Slow for nine days',
          status: 'resolved',
          impact: 'minor',
          created_at: '2026-06-01T10:00:00+02:00',
          resolved_at: '2026-06-10T10:00:00+02:00',
          components: [{ id: 'c2' }],
          incident_updates: [
            update('resolved', '2026-06-02T10:00:00+02:00', 'Fixed, we thought.'),
            update('investigating', '2026-06-03T10:00:00+02:00', 'Slow again.'),
            update('resolved', '2026-06-10T10:00:00+02:00', 'Fixed.'),
          ],
        },
      ]),
      { timeZone: zone, now, existing: [] },
    );
    expect(incidents[0]!.longRunning).toBe(true);
    expect(incidents[0]!.updates.map((u) => [u.status, u.reopened])).toEqual([
      ['resolved', undefined],
      ['investigating', true],
      ['resolved', undefined],
    ]);
  });

  it('turns a postmortem into the body, and a maintenance’s verifying into monitoring', () => {
    const { incidents } = mapStatuspage(
      data([
        {
          id: 'm1',
          name: 'Database upgrade',
          status: 'completed',
          impact: 'maintenance',
          created_at: '2026-06-01T10:00:00+02:00',
          scheduled_for: '2026-06-05T02:00:00+02:00',
          scheduled_until: '2026-06-05T03:00:00+02:00',
          resolved_at: '2026-06-05T02:50:00+02:00',
          postmortem_body: 'It went well.',
          components: [{ id: 'c2' }],
          incident_updates: [
            update('scheduled', '2026-06-01T10:00:00+02:00', 'Planned.'),
            update('verifying', '2026-06-05T02:40:00+02:00', 'Checking.'),
            update('completed', '2026-06-05T02:50:00+02:00', 'Done.'),
          ],
        },
      ]),
      { timeZone: zone, now, existing: [] },
    );
    expect(incidents[0]).toMatchObject({
      impact: 'maintenance',
      start: new Date('2026-06-05T00:00:00Z'),
      end: new Date('2026-06-05T00:50:00Z'),
      body: '## Postmortem\n\nIt went well.',
    });
    expect(incidents[0]!.updates.map((u) => u.status)).toEqual(['scheduled', 'monitoring', 'completed']);
  });
});

describe('planImport', () => {
  const result = mapStatuspage(
    data([
      {
        id: 'a',
        name: 'Errors',
        status: 'resolved',
        impact: 'minor',
        created_at: '2026-06-10T23:30:00Z',
        resolved_at: '2026-06-11T00:00:00Z',
        components: [{ id: 'c1' }],
      },
      {
        id: 'b',
        name: 'Errors',
        status: 'resolved',
        impact: 'minor',
        created_at: '2026-06-11T08:00:00Z',
        resolved_at: '2026-06-11T09:00:00Z',
        components: [{ id: 'c1' }],
      },
    ]),
    { timeZone: zone, now, existing: [] },
  );

  it('names files by local start date and title, in year folders, numbering a second of the same name', () => {
    const plan = planImport(result, { components: [], incidents: [] }, zone);
    expect(plan.files.map((f) => f.path)).toEqual([
      'incidents/2026/2026-06-11-errors.md',
      'incidents/2026/2026-06-11-errors-2.md',
    ]);
    expect(plan.components.map((c) => c.id)).toEqual(['web-app', 'api']);
  });

  it('writes nothing for incidents and components already there', () => {
    const plan = planImport(
      result,
      {
        components: [{ id: 'web-app' }, { id: 'api' }],
        incidents: [
          { slug: '2026-06-11-errors', title: 'Errors', start: new Date('2026-06-10T23:30:00Z') },
          { slug: '2026-06-11-errors-2', title: 'Errors', start: new Date('2026-06-11T08:00:00Z') },
        ],
      },
      zone,
    );
    expect(plan).toEqual({
      components: [],
      files: [],
      present: [
        { item: 'incident a "Errors"', slug: '2026-06-11-errors' },
        { item: 'incident b "Errors"', slug: '2026-06-11-errors-2' },
      ],
    });
  });
});
