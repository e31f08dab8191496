/**
 * The views pages format: every state, duration, count and label, computed once in the
 * model from schema-parsed content, checked here with literal values.
 */
import { describe, expect, it } from 'vitest';
import { buildSiteModel } from './site.ts';
import { MANY_COMPONENTS, definitions, stateTimes } from './views.ts';
import { loadedContent, loadedIncident } from '../../tests/helpers/fixtures.ts';

const components = [
  { id: 'web', name: 'Web app', group: 'Core' },
  { id: 'api', name: 'API', group: 'Core' },
  { id: 'mail', name: 'Email', group: 'Messaging' },
];
const outage = loadedIncident(
  {
    title: 'API down',
    impact: 'major',
    start: '2026-06-10T08:30:00Z',
    category: 'database',
    components: ['api', { id: 'web', impact: 'degraded' }],
    updates: [
      { at: '2026-06-10T08:32:00Z', status: 'investigating', body: 'Looking.' },
      { at: '2026-06-10T08:45:00Z', status: 'identified', body: 'A node is down.' },
    ],
  },
  'api-down',
);
const slowMail = loadedIncident(
  { title: 'Mail slow', impact: 'partial', start: '2026-06-08T07:00:00Z', end: '2026-06-08T07:20:00Z', components: ['mail'] },
  'mail-slow',
);
const upgrade = loadedIncident(
  { title: 'Upgrade', impact: 'maintenance', start: '2026-06-20T04:00:00Z', end: '2026-06-20T05:00:00Z', components: ['api'] },
  'upgrade',
);
const model = buildSiteModel(
  loadedContent({
    site: { timezone: 'Europe/Copenhagen' },
    components,
    incidents: [outage, slowMail, upgrade],
  }),
  new Date('2026-06-10T08:50:00Z'),
);
const { view } = model;

describe('incident views', () => {
  it('say the state, duration so far, labels, affected names and updates newest first', () => {
    const api = view.incidents.get('api-down')!;
    expect(api).toMatchObject({
      impactLabel: 'Major outage',
      state: 'ongoing',
      stateLabel: 'Ongoing',
      minutes: 20,
      lasting: true,
      counted: true,
      categoryLabel: 'Database',
      affected: 'API, Web app',
      componentIds: ['api', 'web'],
      months: [{ month: '2026-06', label: 'June 2026', written: false }],
      historyMonth: { month: '2026-06', label: 'June 2026' },
    });
    expect(api.updates.map((update) => [update.id, update.statusLabel])).toEqual([
      ['api-down-2', 'Identified'],
      ['api-down-1', 'Investigating'],
    ]);
    expect(api.components.map((affected) => [affected.name, affected.impactLabel, affected.endNote])).toEqual([
      ['API', 'Major outage', 'Ongoing'],
      ['Web app', 'Degraded performance', 'Ongoing'],
    ]);
    expect(view.incidents.get('mail-slow')).toMatchObject({ state: 'resolved', minutes: 20, lasting: false });
    expect(view.incidents.get('upgrade')).toMatchObject({ state: 'scheduled', stateLabel: 'Scheduled', counted: false });
  });
});

describe('incident views of a replayed instant', () => {
  const replay = buildSiteModel(
    loadedContent({
      site: { timezone: 'Europe/Copenhagen' },
      components,
      incidents: [
        loadedIncident(
          {
            title: 'Payments failing',
            impact: 'partial',
            start: '2026-06-10T08:30:00Z',
            end: '2026-06-10T09:10:00Z',
            postmortem: 'https://blog.example.com/payments',
            components: ['web', { id: 'api', impact: 'degraded', start: '2026-06-10T08:55:00Z' }],
          },
          'payments',
        ),
        loadedIncident(
          {
            title: 'Staged upgrade',
            impact: 'maintenance',
            start: '2026-06-10T08:00:00Z',
            end: '2026-06-10T10:00:00Z',
            components: ['web', { id: 'mail', start: '2026-06-10T09:00:00Z' }],
          },
          'staged',
        ),
      ],
    }),
    new Date('2026-06-10T08:50:00Z'),
  ).view;

  it("say nothing of an incident's end, later windows or post-mortem before they happen", () => {
    const payments = replay.incidents.get('payments')!;
    expect(payments).toMatchObject({ state: 'ongoing', end: undefined, plannedEnd: undefined, postmortem: undefined });
    expect(payments.affected).toBe('Web app');
    expect(payments.componentIds).toEqual(['web']);
    expect(payments.components.map((affected) => [affected.name, affected.endNote])).toEqual([['Web app', 'Ongoing']]);
  });

  it("show a running maintenance's planned end and its window not started yet", () => {
    const staged = replay.incidents.get('staged')!;
    expect(staged).toMatchObject({ state: 'in-progress', plannedEnd: new Date('2026-06-10T10:00:00Z') });
    expect(staged.components.map((affected) => [affected.name, affected.endNote])).toEqual([
      ['Web app', 'Ongoing'],
      ['Email', 'Not started'],
    ]);
  });
});

describe('the home page view', () => {
  it('counts what is going on in the banner and gives the instant it shows', () => {
    expect(view.banner).toEqual({
      state: 'major',
      headline: 'Major outage',
      summary: '1 incident ongoing',
      asOf: new Date('2026-06-10T08:50:00Z'),
    });
    expect(view.active.map((incident) => incident.slug)).toEqual(['api-down']);
    expect(view.upcoming.map((incident) => incident.slug)).toEqual(['upgrade']);
  });

  it('opens a group when a member is not operational, with its worst state and mean uptime', () => {
    expect(view.groups.map((group) => [group.name, group.state, group.stateLabel, group.open])).toEqual([
      ['Core', 'major', 'Major outage', true],
      ['Messaging', 'operational', 'Operational', false],
    ]);
    // 20 minutes of major outage on the API in 90 local days (89 whole, one of 23 hours at the
    // clock change, and 10 h 50 min today); the degraded web app weighs 0.
    const core = view.groups[0]!;
    expect(core.uptime!.uptime).toBeCloseTo((100 * (1 - 20 / (89 * 1440 - 60 + 650)) + 100) / 2, 9);
    expect(core.uptime!.hasWeightedDowntime).toBe(true);
    expect(core.components.map((row) => [row.name, row.stateLabel])).toEqual([
      ['Web app', 'Degraded performance'],
      ['API', 'Major outage'],
    ]);
  });

  it("lists the last seven days' incidents by the day they started, quiet days included", () => {
    expect(view.pastDays.map((day) => [day.day, day.incidents.map((incident) => incident.slug)])).toEqual([
      ['2026-06-10', ['api-down']],
      ['2026-06-09', []],
      ['2026-06-08', ['mail-slow']],
      ['2026-06-07', []],
      ['2026-06-06', []],
      ['2026-06-05', []],
      ['2026-06-04', []],
    ]);
  });

  it('describes each day bar: its colour in words, minutes by state, incidents and where they are listed', () => {
    const api = view.groups[0]!.components[1]!;
    const today = api.bars.at(-1)!;
    expect(today).toMatchObject({
      day: '2026-06-10',
      level: 'major',
      levelLabel: 'Major outage',
      stateTimes: [{ state: 'major', label: 'major outage', minutes: 20 }],
      incidents: [{ title: 'API down', path: 'incidents/api-down/' }],
      dayPath: 'history/2026-06/#day-2026-06-10',
    });
    expect(today.date).toEqual(new Date('2026-06-09T22:00:00Z'));
    const mail = view.groups[1]!.components[0]!.bars.at(-3)!;
    expect([mail.day, mail.level, mail.stateTimes]).toEqual([
      '2026-06-08',
      'partial',
      [{ state: 'partial', label: 'partial outage', minutes: 20 }],
    ]);
  });
});

describe('the home page view of many components', () => {
  it('links each folded group to its page past MANY_COMPONENTS, and lists the members of a group in trouble', () => {
    const many = Array.from({ length: MANY_COMPONENTS + 1 }, (_, i) => ({
      id: `service-${i}`,
      name: `Service ${i}`,
      group: i === 0 ? 'EU (Frankfurt)' : i < 30 ? 'Americas' : 'Asia',
    }));
    const down = loadedIncident(
      { title: 'Down', impact: 'major', start: '2026-06-10T08:30:00Z', components: ['service-40'] },
      'down',
    );
    const built = buildSiteModel(loadedContent({ components: many, incidents: [down] }), new Date('2026-06-10T09:00:00Z'));
    expect(built.view.groups.map(({ name, path, linked, open }) => ({ name, path, linked, open }))).toEqual([
      { name: 'EU (Frankfurt)', path: 'groups/eu-frankfurt/', linked: true, open: false },
      { name: 'Americas', path: 'groups/americas/', linked: true, open: false },
      { name: 'Asia', path: 'groups/asia/', linked: false, open: true },
    ]);
    // At the threshold itself, every group carries its bars.
    const few = buildSiteModel(loadedContent({ components: many.slice(1), incidents: [] }), new Date('2026-06-10T09:00:00Z'));
    expect(few.view.groups.map((group) => group.linked)).toEqual([false, false]);
  });
});

describe('the month report', () => {
  it('gives the minutes each state was on some component, major outage always', () => {
    const june = model.reportByMonth.get('2026-06')!;
    expect(june.stateTimes).toEqual([
      { state: 'major', label: 'major outage', minutes: 20 },
      { state: 'partial', label: 'partial outage', minutes: 20 },
      { state: 'degraded', label: 'degraded performance', minutes: 20 },
    ]);
    expect([june.label, june.incidentCount, june.maintenanceCount]).toEqual(['June 2026', 2, 0]);
  });

  it('lists the history by month, whole and filtered by component and impact', () => {
    expect(view.history.map((history) => history.path)).toEqual([
      'history/',
      'history/components/web/',
      'history/components/api/',
      'history/components/mail/',
      'history/impacts/major/',
      'history/impacts/partial/',
      'history/impacts/degraded/',
      'history/impacts/maintenance/',
      'history/impacts/none/',
    ]);
    const titles = (key: string) => view.history.find((history) => history.key === key)!.months[0]!.incidents.map((i) => i.title);
    // The maintenance has not started: it is upcoming, not history.
    expect(titles('all')).toEqual(['API down', 'Mail slow']);
    expect(titles('component:mail')).toEqual(['Mail slow']);
    expect(titles('impact:major')).toEqual(['API down']);
    expect(titles('impact:maintenance')).toEqual([]);
  });
});

describe('stateTimes and definitions', () => {
  it('lists states worst first, leaving out those without minutes unless asked', () => {
    expect(stateTimes({ major: 0, partial: 76, degraded: 0, maintenance: 5 }, ['major']).map((time) => time.label)).toEqual([
      'major outage',
      'partial outage',
      'maintenance',
    ]);
    expect(stateTimes({ major: 0, partial: 0, degraded: 0, maintenance: 0 })).toEqual([]);
  });

  it("say in words what uptime and downtime are, from the site's weights", () => {
    expect(definitions({ major: 1, partial: 0.3, degraded: 0, maintenance: 0 }).uptime).toBe(
      'Uptime is the share of time a component worked: a minute of major outage counts as down and a minute of partial outage as 30% down; degraded performance and maintenance do not count.',
    );
    expect(definitions({ major: 1, partial: 0.5, degraded: 0.1, maintenance: 0 }).uptime).toBe(
      'Uptime is the share of time a component worked: a minute of major outage counts as down, a minute of partial outage as 50% down and a minute of degraded performance as 10% down; maintenance does not count.',
    );
    expect(definitions({ major: 1, partial: 0.3, degraded: 0, maintenance: 0 }).downtime).toMatch(
      /^Downtime is the time during which at least one component had a major outage/,
    );
  });
});
