/**
 * The SLA report's figures, from schema-parsed content, checked against hand calculations
 * with literal values.
 */
import { describe, expect, it } from 'vitest';
import { buildSiteModel } from './site.ts';
import { slaReport, slaReports } from './reports.ts';
import { loadedContent, loadedIncident } from '../../tests/helpers/fixtures.ts';

// June 2026 in UTC: 30 days, 43,200 minutes; default weights (major 1, partial 0.3, degraded 0, maintenance 0).
const content = loadedContent({
  site: { timezone: 'UTC', uptimeTarget: 99.9 },
  components: [
    { id: 'web', name: 'Web app' },
    { id: 'email', name: 'Email delivery', target: 99.95 },
    { id: 'hooks', name: 'Webhooks', since: '2026-06-16T00:00:00Z' },
  ],
  incidents: [
    // Began in May: its 60 June minutes spend June's budget, but it counts as May's incident.
    loadedIncident(
      {
        title: 'Late May outage',
        impact: 'major',
        start: '2026-05-31T23:00:00Z',
        end: '2026-06-01T01:00:00Z',
        components: ['web'],
      },
      'late-may',
    ),
    loadedIncident(
      { title: 'Web slow', impact: 'partial', start: '2026-06-10T07:50:00Z', end: '2026-06-10T08:10:00Z', components: ['web'] },
      'web-slow',
    ),
    // Under the partial incident: its 2 minutes are charged to it (the worse impact), not twice.
    loadedIncident(
      { title: 'Web down', impact: 'major', start: '2026-06-10T08:00:00Z', end: '2026-06-10T08:02:00Z', components: ['web'] },
      'web-down',
    ),
    loadedIncident(
      {
        title: 'Mail queue, stuck',
        impact: 'partial',
        start: '2026-06-04T10:00:00Z',
        end: '2026-06-04T11:16:00Z',
        components: ['email', { id: 'web', impact: 'none' }],
      },
      'mail-queue',
    ),
    loadedIncident(
      {
        title: 'Upgrade',
        impact: 'maintenance',
        start: '2026-06-20T04:00:00Z',
        end: '2026-06-20T05:00:00Z',
        components: ['hooks'],
      },
      'upgrade',
    ),
  ],
});
const model = buildSiteModel(content, new Date('2026-07-15T12:00:00Z'));
const june = slaReport(model, '2026-06')!;
const byId = (id: string) => june.components.find((component) => component.id === id)!;

describe('slaReport', () => {
  describe('for each counted component', () => {
    it('lists the components of components.yaml in order', () => {
      expect(june.components.map((component) => component.id)).toEqual(['web', 'email', 'hooks']);
      expect(june.label).toBe('June 2026');
      expect(june.partial).toBe(false);
    });

    it('overspends the web app: 60 + 20 × 0.3 − 2 × 0.3 + 2 = 67.4 of 43.2 minutes', () => {
      // 60 min of May's outage on 1 June; 18 min partial (20 less the 2 under the major) × 0.3 = 5.4; 2 min major.
      const web = byId('web');
      expect(web.weightedMinutes).toBeCloseTo(67.4, 9);
      expect(web.weightedText).toBe('67 minutes');
      // 100 × (1 − 67.4 / 43,200) = 99.84398…
      expect(web.figures.uptime).toBeCloseTo(99.843981481, 8);
      expect(web.uptimeText).toBe('99.84%');
      expect(web.target).toBe(99.9);
      // (1 − 0.999) × 43,200 = 43.2; 67.4 / 43.2 = 1.5601…
      expect(web.budget?.budget.allowedMinutes).toBeCloseTo(43.2, 9);
      expect(web.budget?.budget.used).toBeCloseTo(1.560185185, 8);
      expect(web.budget).toMatchObject({
        overspent: true,
        usedText: '156%',
        minutesText: '67 of 43 minutes',
        leftText: 'overspent',
      });
      // Incidents of the month that touch it: not the May one, not mail-queue (impact none for web).
      expect(web.incidents.map((incident) => incident.slug)).toEqual(['web-slow', 'web-down']);
      expect(web.maintenances).toEqual([]);
    });

    it('charges each budget minute once, to the worst impact, by incident start', () => {
      expect(byId('web').spentBy).toEqual([
        // 60 / 43.2 = 138.8%; 5.4 / 43.2 = 12.5%; 2 / 43.2 = 4.6%, each cut to whole percent.
        {
          slug: 'late-may',
          title: 'Late May outage',
          start: new Date('2026-05-31T23:00:00Z'),
          minutes: 60,
          minutesText: '60 minutes',
          shareText: '138%',
        },
        {
          slug: 'web-slow',
          title: 'Web slow',
          start: new Date('2026-06-10T07:50:00Z'),
          minutes: expect.closeTo(5.4, 9) as number,
          minutesText: '5 minutes',
          shareText: '12%',
        },
        {
          slug: 'web-down',
          title: 'Web down',
          start: new Date('2026-06-10T08:00:00Z'),
          minutes: 2,
          minutesText: '2 minutes',
          shareText: '4%',
        },
      ]);
      const charged = byId('web').spentBy.reduce((sum, charge) => sum + charge.minutes, 0);
      expect(charged).toBeCloseTo(byId('web').weightedMinutes, 9);
    });

    it('gives email its own stricter target: 76 × 0.3 = 22.8 of (1 − 0.9995) × 43,200 = 21.6 minutes', () => {
      const email = byId('email');
      expect(email.weightedMinutes).toBeCloseTo(22.8, 9);
      expect(email.uptimeText).toBe('99.94%'); // 100 × (1 − 22.8 / 43,200) = 99.9472…
      expect(email.target).toBe(99.95);
      expect(email.budget?.budget.allowedMinutes).toBeCloseTo(21.6, 9);
      // 22.8 / 21.6 = 1.0555… → 105%, overspent by 1.2 minutes.
      expect(email.budget?.budget.remainingMinutes).toBeCloseTo(-1.2, 9);
      expect(email.budget).toMatchObject({
        overspent: true,
        usedText: '105%',
        minutesText: '23 of 22 minutes',
        leftText: 'overspent',
      });
      expect(email.spentBy).toEqual([
        {
          slug: 'mail-queue',
          title: 'Mail queue, stuck',
          start: new Date('2026-06-04T10:00:00Z'),
          minutes: expect.closeTo(22.8, 9) as number,
          minutesText: '23 minutes',
          shareText: '105%',
        },
      ]);
    });

    it('budgets webhooks from its since: 15 days, 21,600 minutes, 21.6 allowed, none used', () => {
      const hooks = byId('hooks');
      expect(hooks.figures.minutes).toBe(21_600);
      expect(hooks.uptimeText).toBe('100.00%');
      expect(hooks.budget?.budget).toMatchObject({ fullMinutes: 21_600, usedMinutes: 0, used: 0 });
      expect(hooks.budget?.budget.allowedMinutes).toBeCloseTo(21.6, 9);
      expect(hooks.budget).toMatchObject({
        overspent: false,
        usedText: '0%',
        minutesText: '0 of 22 minutes',
        leftText: '100% left',
      });
      expect(hooks.maintenances.map((incident) => incident.slug)).toEqual(['upgrade']);
      expect(hooks.spentBy).toEqual([]);
    });
  });

  describe('for the site', () => {
    it('spends the budget by the mean uptime: (67.4 + 22.8 + 0) / 3 = 30.0667 of 43.2 minutes', () => {
      const { site } = june;
      expect(site.weightedMinutes).toBeCloseTo(30.066666667, 8);
      // 100 × (1 − 30.0667 / 43,200) = 99.93040…
      expect(site.uptime.uptime).toBeCloseTo(99.930401235, 8);
      expect(site.uptimeText).toBe('99.93%');
      expect(site.targetMet).toBe(true);
      // 30.0667 / 43.2 = 0.69598 → 69% used, 30% left.
      expect(site.budget).toMatchObject({
        overspent: false,
        usedText: '69%',
        minutesText: '30 of 43 minutes',
        leftText: '30% left',
      });
      expect(site.budget?.budget.usedMinutes).toBeCloseTo(30.066666667, 8);
    });

    it('counts downtime as major-outage minutes (60 + 2) and incidents by their start in the month', () => {
      expect(june.site.downtimeMinutes).toBe(62);
      expect(june.site.downtimeText).toBe('62 minutes');
      expect(june.site.incidents).toBe(3); // mail-queue, web-slow, web-down; late-may is May's
      expect(june.site.maintenances).toBe(1);
    });
  });

  it('says a month still running is partial, and has no report for an untracked month', () => {
    expect(slaReport(model, '2026-07')?.partial).toBe(true);
    expect(slaReport(model, '2025-01')).toBeUndefined();
  });

  it('computes every tracked month once, oldest first', () => {
    expect([...slaReports(model).keys()]).toEqual(['2026-05', '2026-06', '2026-07']);
    expect(slaReports(model)).toBe(slaReports(model));
  });

  it('has no budget without a target', () => {
    const untargeted = buildSiteModel(
      loadedContent({ site: { timezone: 'UTC' }, components: [{ id: 'web', name: 'Web app' }], incidents: [] }),
      new Date('2026-06-15T00:00:00Z'),
    );
    const report = slaReport(untargeted, '2026-06')!;
    expect(report.site.budget).toBeNull();
    expect(report.components[0]).toMatchObject({ budget: null, target: undefined, spentBy: [] });
  });
});
