import { describe, expect, it } from 'vitest';
import type { Source } from './errors.ts';
import { componentsSchema, incidentSchema, siteSchema } from './schema.ts';
import { contentWarnings, validateContent, type LoadedContent } from './validate.ts';

// Fixtures go through the real schemas, so they cannot drift from the format.
const source = (file: string): Source => ({ file, lineOf: () => 4 });
const content = (incidents: Record<string, Record<string, unknown>>, site: Record<string, unknown> = {}): LoadedContent => ({
  site: siteSchema.parse({ name: 'Acme', url: 'https://status.example.com', timezone: 'Europe/Copenhagen', ...site }),
  siteSource: source('site.yaml'),
  components: componentsSchema.parse([{ id: 'web-app', name: 'Web app' }]),
  componentsSource: source('components.yaml'),
  incidents: Object.entries(incidents).map(([slug, data]) => ({
    ...incidentSchema.parse({ title: 'Exports failing', impact: 'major', components: ['web-app'], ...data }),
    slug,
    source: source(`incidents/${slug}.md`),
  })),
  reviews: [],
});
const NOW = new Date('2026-12-01T23:00:00+01:00');
const problems = (found: readonly { field: string; problem: string }[]) => found.map((e) => `${e.field}: ${e.problem}`);

describe('validateContent', () => {
  describe('when an incident has been ongoing for longer than longIncidentDays', () => {
    const slipped = content({ 'exports-failing': { start: '2025-12-01T22:40:00+01:00' } });

    it('is an error at the wall clock', () => {
      expect(problems(validateContent(slipped, NOW))).toEqual([
        'start: is ongoing at 2026-12-01T23:00:00+01:00 and has lasted 365 days since 2025-12-01T22:40:00+01:00, more than the 7 days site.yaml allows (longIncidentDays)',
      ]);
    });

    it('is a warning only when replaying an instant', () => {
      expect(validateContent(slipped, NOW, { replay: true })).toEqual([]);
      expect(problems(contentWarnings(slipped, NOW, { replay: true }))).toHaveLength(1);
    });

    it('is an error in a replay too once the file gives an end', () => {
      const ended = content({ 'exports-failing': { start: '2025-12-01T22:40:00+01:00', end: '2025-12-20T10:00:00+01:00' } });
      expect(problems(validateContent(ended, NOW, { replay: true }))[0]).toMatch(/^start: lasts 18 days since/);
    });

    it('is only a warning for a draft, which publishes nothing', () => {
      const draft = content({ 'exports-failing': { start: '2026-11-24T10:00:00+01:00', draft: true } });
      expect(validateContent(draft, NOW)).toEqual([]);
      expect(problems(contentWarnings(draft, NOW))).toEqual([
        'start: is ongoing at 2026-12-01T23:00:00+01:00 and has lasted 7 days since 2026-11-24T10:00:00+01:00, more than the 7 days site.yaml allows (longIncidentDays); it is a draft, so nothing is published wrong yet',
      ]);
    });

    it('passes with longRunning: true, for maintenance and for notices', () => {
      const meant = content({
        a: { start: '2025-12-01T22:40:00+01:00', longRunning: true },
        b: { start: '2025-12-01T22:40:00+01:00', end: '2026-01-01T00:00:00+01:00', impact: 'maintenance' },
        c: { start: '2025-12-01T22:40:00+01:00', impact: 'none' },
      });
      expect(validateContent(meant, NOW)).toEqual([]);
    });

    it('counts days against the threshold in site.yaml', () => {
      const three = { 'exports-failing': { start: '2026-11-28T22:00:00+01:00' } };
      expect(validateContent(content(three), NOW)).toEqual([]);
      expect(problems(validateContent(content(three, { longIncidentDays: 2 }), NOW))).toHaveLength(1);
    });
  });

  describe('the timeline of updates', () => {
    const update = (at: string, status: string, extra: Record<string, unknown> = {}) => ({ at, status, body: 'Text.', ...extra });

    it('allows a maintenance to be announced before it starts', () => {
      const announced = content({
        m: {
          impact: 'maintenance',
          start: '2026-12-09T06:00:00+01:00',
          end: '2026-12-09T07:00:00+01:00',
          updates: [update('2026-12-01T10:00:00+01:00', 'scheduled'), update('2026-12-09T07:00:00+01:00', 'completed')],
        },
      });
      expect(validateContent(announced, NOW)).toEqual([]);
    });

    it('allows an update after a resolution that says reopened: true', () => {
      const reopened = content({
        r: {
          start: '2026-11-18T14:00:00+01:00',
          end: '2026-11-18T16:00:00+01:00',
          updates: [
            update('2026-11-18T14:10:00+01:00', 'resolved'),
            update('2026-11-18T14:30:00+01:00', 'investigating', { reopened: true }),
            update('2026-11-18T16:00:00+01:00', 'resolved'),
          ],
        },
      });
      expect(validateContent(reopened, NOW)).toEqual([]);
    });

    it('lets completed close an incident without making it an error', () => {
      const notice = content({
        n: {
          impact: 'none',
          start: '2026-01-12T10:00:00+01:00',
          end: '2026-01-12T10:00:00+01:00',
          updates: [update('2026-01-12T10:00:00+01:00', 'completed')],
        },
      });
      expect(validateContent(notice, NOW)).toEqual([]);
    });

    it('reports an update after the end of a maintenance', () => {
      const late = content({
        m: {
          impact: 'maintenance',
          start: '2026-11-09T06:00:00+01:00',
          end: '2026-11-09T07:00:00+01:00',
          updates: [update('2026-11-09T07:30:00+01:00', 'completed')],
        },
      });
      expect(problems(validateContent(late, NOW))).toEqual([
        "updates[0].at: 2026-11-09T07:30:00+01:00 is after the maintenance's end 2026-11-09T07:00:00+01:00",
      ]);
    });
  });
});
