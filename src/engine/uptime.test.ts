import { describe, expect, it } from 'vitest';
import { computeUptime } from './uptime.ts';
import { formatUptime } from '../format/figures.ts';
import { incident, uptimeInput } from '../../tests/helpers/fixtures.ts';

const at = (text: string) => new Date(text);

describe('computeUptime', () => {
  describe('when an incident spans two months', () => {
    const model = computeUptime(
      uptimeInput({
        timeZone: 'Europe/Copenhagen',
        components: [{ id: 'app' }],
        incidents: [
          incident({
            title: 'Down',
            impact: 'major',
            start: '2026-06-30T23:30:00+02:00',
            end: '2026-07-01T00:45:00+02:00',
            components: ['app'],
          }),
        ],
        asOf: at('2026-08-01T00:00:00+02:00'),
      }),
    );
    const june = model.monthByKey.get('2026-06')!;
    const july = model.monthByKey.get('2026-07')!;

    it('splits its minutes at local midnight', () => {
      expect(june.components['app']!.major).toBe(30);
      expect(july.components['app']!.major).toBe(45);
      expect(june.downtimeMinutes).toBe(30);
      expect(july.downtimeMinutes).toBe(45);
    });
    it('computes each month against its own length', () => {
      expect(june.minutes).toBe(43_200);
      expect(july.minutes).toBe(44_640);
      expect(june.uptime).toBeCloseTo(99.93055555555556, 10);
      expect(july.uptime).toBeCloseTo(99.8991935483871, 10);
    });
    it('counts the incident in the month of its local start only', () => {
      expect(june.incidents).toHaveLength(1);
      expect(july.incidents).toHaveLength(0);
    });
    it('lists every month up to the as-of month, which ends at the as-of instant', () => {
      expect(model.months.map((m) => m.key)).toEqual(['2026-06', '2026-07', '2026-08']);
      expect(model.monthByKey.get('2026-08')!.minutes).toBe(0);
      expect(model.monthByKey.get('2026-08')!.components).toEqual({});
    });
  });

  describe('when a month crosses a DST change', () => {
    const model = computeUptime(
      uptimeInput({
        timeZone: 'Europe/Copenhagen',
        components: [{ id: 'app', since: at('2026-03-01T00:00:00+01:00') }],
        incidents: [],
        asOf: at('2026-11-15T12:00:00Z'),
      }),
    );
    it('gives March 44,580 minutes and October 44,700', () => {
      expect(model.monthByKey.get('2026-03')!.minutes).toBe(44_580);
      expect(model.monthByKey.get('2026-10')!.minutes).toBe(44_700);
      expect(model.monthByKey.get('2026-10')!.components['app']!.minutes).toBe(44_700);
    });
  });

  describe('when incidents of different impacts overlap', () => {
    const model = computeUptime(
      uptimeInput({
        components: [{ id: 'api' }],
        incidents: [
          incident({
            title: 'Slow',
            impact: 'partial',
            start: '2026-06-11T13:50:00Z',
            end: '2026-06-11T14:30:00Z',
            components: ['api'],
          }),
          incident({
            title: 'Down',
            impact: 'major',
            start: '2026-06-11T14:00:00Z',
            end: '2026-06-11T14:10:00Z',
            components: ['api'],
          }),
          incident({
            title: 'Upgrade',
            impact: 'maintenance',
            start: '2026-06-12T10:00:00Z',
            end: '2026-06-12T11:00:00Z',
            components: ['api'],
          }),
          incident({
            title: 'Sluggish',
            impact: 'degraded',
            start: '2026-06-12T10:30:00Z',
            end: '2026-06-12T10:45:00Z',
            components: ['api'],
          }),
        ],
        asOf: at('2026-07-01T00:00:00Z'),
      }),
    );
    const api = model.monthByKey.get('2026-06')!.components['api']!;

    it('counts each minute once, in the worst state active', () => {
      expect(api).toMatchObject({ major: 10, partial: 30, degraded: 15, maintenance: 45 });
    });
    it('weights only the worst state', () => {
      expect(api.uptime).toBeCloseTo(99.95601851851852, 10);
      expect(model.monthByKey.get('2026-06')!.downtimeMinutes).toBe(10);
    });
    it('counts incidents and maintenances apart', () => {
      expect(model.monthByKey.get('2026-06')!.incidents).toHaveLength(3);
      expect(model.monthByKey.get('2026-06')!.maintenances).toHaveLength(1);
    });
  });

  describe('when a component is tracked from mid-month', () => {
    const model = computeUptime(
      uptimeInput({
        components: [{ id: 'old' }, { id: 'new', since: at('2026-06-16T00:00:00Z') }],
        incidents: [
          incident({
            title: 'Before',
            impact: 'major',
            start: '2026-06-10T10:00:00Z',
            end: '2026-06-10T11:00:00Z',
            components: ['new'],
          }),
          incident({
            title: 'After',
            impact: 'major',
            start: '2026-06-20T10:00:00Z',
            end: '2026-06-20T10:30:00Z',
            components: ['new'],
          }),
        ],
        asOf: at('2026-07-01T00:00:00Z'),
      }),
    );
    const june = model.monthByKey.get('2026-06')!;

    it('counts only its window from `since`', () => {
      expect(june.components['new']).toMatchObject({ minutes: 21_600, major: 30 });
      expect(june.components['new']!.uptime).toBeCloseTo(99.86111111111111, 10);
    });
    it('never counts downtime from before `since`', () => {
      expect(june.downtimeMinutes).toBe(30);
    });
    it('averages the counted components', () => {
      expect(june.uptime).toBeCloseTo((100 + 99.86111111111111) / 2, 10);
    });
  });

  describe('when an incident is ongoing', () => {
    const model = computeUptime(
      uptimeInput({
        components: [{ id: 'app' }],
        incidents: [incident({ title: 'Down', impact: 'major', start: '2026-06-30T10:00:00Z', components: ['app'] })],
        asOf: at('2026-06-30T12:00:00Z'),
      }),
    );
    const june = model.monthByKey.get('2026-06')!;

    it('lasts until the as-of instant, where the month ends', () => {
      expect(june.minutes).toBe(42_480);
      expect(june.components['app']!.major).toBe(120);
      expect(june.uptime).toBeCloseTo(99.71751412429379, 10);
    });
  });

  describe('with custom weights', () => {
    const model = computeUptime(
      uptimeInput({
        weights: { major: 0.5, partial: 0.1, degraded: 0.05, maintenance: 0.01 },
        components: [{ id: 'app' }],
        incidents: (['major', 'partial', 'degraded', 'maintenance'] as const).map((impact, day) =>
          incident({
            title: impact,
            impact,
            start: `2026-06-0${day + 1}T10:00:00Z`,
            end: `2026-06-0${day + 1}T11:00:00Z`,
            components: ['app'],
          }),
        ),
        asOf: at('2026-07-01T00:00:00Z'),
      }),
    );

    it('weights each state by its own weight', () => {
      expect(model.monthByKey.get('2026-06')!.uptime).toBeCloseTo(99.90833333333333, 10);
    });
    it('counts downtime as major minutes whatever the weight', () => {
      expect(model.monthByKey.get('2026-06')!.downtimeMinutes).toBe(60);
    });
  });

  describe('with per-component overrides', () => {
    const model = computeUptime(
      uptimeInput({
        components: [{ id: 'imports' }, { id: 'web' }],
        incidents: [
          incident({
            title: 'Imports broken',
            impact: 'major',
            start: '2026-06-10T10:00:00Z',
            end: '2026-06-10T10:20:00Z',
            components: [
              { id: 'imports', end: '2026-06-10T10:02:00Z' },
              { id: 'web', impact: 'degraded' },
            ],
          }),
          incident({ title: 'Notice', impact: 'none', start: '2026-06-11T10:00:00Z', components: ['web'] }),
        ],
        asOf: at('2026-07-01T00:00:00Z'),
      }),
    );
    const june = model.monthByKey.get('2026-06')!;

    it('uses each component’s own impact and window', () => {
      expect(june.components['imports']).toMatchObject({ major: 2, degraded: 0 });
      expect(june.components['web']).toMatchObject({ major: 0, degraded: 20 });
      expect(june.downtimeMinutes).toBe(2);
    });
    it('never counts a notice', () => {
      expect(june.incidents).toHaveLength(1);
      expect(june.maintenances).toHaveLength(0);
    });
  });
});

describe('a blip of one second', () => {
  it('leaves the uptime below 100 and says there was weighted downtime, so it never displays as 100', () => {
    const oneSecond = computeUptime(
      uptimeInput({
        components: [{ id: 'app' }],
        incidents: [
          incident({
            title: 'Blip',
            impact: 'partial',
            start: '2026-06-10T10:00:00Z',
            end: '2026-06-10T10:00:01Z',
            components: ['app'],
          }),
        ],
        asOf: at('2026-07-01T00:00:00Z'),
      }),
    ).monthByKey.get('2026-06')!;
    expect(oneSecond.uptime).toBeCloseTo(99.99998842592592, 12);
    expect(oneSecond.hasWeightedDowntime).toBe(true);
    expect(oneSecond.components['app']!.hasWeightedDowntime).toBe(true);
    expect(formatUptime(oneSecond)).toBe('99.99%');
  });
});
