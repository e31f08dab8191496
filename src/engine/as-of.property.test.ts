/**
 * Replaying an instant T equals building at T the content with everything dated after T
 * removed by hand (content contract, section 8): the same figures in uptime.json, the same
 * Statuspage documents (apart from a planned end, which only the replay knows), the same
 * feeds and calendar. The oracle edits the frontmatter as an engineer would, before the
 * schema, and shares no code with `contentAsOf`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uptimeJson } from '../outputs/api.ts';
import { maintenanceCalendar } from '../outputs/calendar.ts';
import { feeds } from '../outputs/feeds.ts';
import { buildSiteModel, type SiteModel } from '../model/site.ts';
import { statuspageApi } from '../outputs/statuspage.ts';
import type { Impact } from '../input/schema.ts';
import { loadedContent, loadedIncident } from '../../tests/helpers/fixtures.ts';

const MINUTE = 60_000;
const BASE = Date.parse('2026-10-24T12:00:00Z'); // the range crosses Copenhagen's October DST change
const RANGE = 4_000;
const iso = (offset: number) => new Date(BASE + offset * MINUTE).toISOString();
const IMPACTS: readonly Impact[] = ['major', 'partial', 'degraded', 'maintenance', 'none'];
const STATUSES = ['investigating', 'identified', 'monitoring', 'resolved', 'scheduled', 'in-progress', 'completed'] as const;

interface RawIncident {
  /** The file name: not part of the frontmatter. */
  slug?: string;
  title: string;
  impact: Impact;
  start: string;
  end?: string;
  components: Array<string | { id: string; impact?: Impact; start?: string; end?: string }>;
  updates: Array<{ at: string; status: string; body: string }>;
}

const incidentArb = fc
  .record({
    impact: fc.constantFrom(...IMPACTS),
    start: fc.integer({ min: -1_000, max: RANGE }),
    length: fc.option(fc.integer({ min: 0, max: 900 }), { nil: undefined }),
    affected: fc.uniqueArray(
      fc.record({
        component: fc.constantFrom('web', 'api', 'db'),
        override: fc.option(fc.record({ trimStart: fc.nat(200), trimEnd: fc.option(fc.nat(200), { nil: undefined }) }), {
          nil: undefined,
        }),
      }),
      { minLength: 1, maxLength: 3, selector: (a) => a.component },
    ),
    updates: fc.array(fc.record({ offset: fc.integer({ min: -900, max: 1_200 }), status: fc.constantFrom(...STATUSES) }), {
      maxLength: 4,
    }),
  })
  .map(({ impact, start, length, affected, updates }): RawIncident => {
    const end = length === undefined ? undefined : start + length;
    return {
      title: `Incident at ${start}`,
      impact,
      start: iso(start),
      ...(end === undefined ? {} : { end: iso(end) }),
      components: affected.map(({ component, override }) => {
        if (!override) return component;
        const ownStart = Math.min(start + override.trimStart, end ?? start + override.trimStart);
        const ownEnd =
          override.trimEnd === undefined || end === undefined ? undefined : Math.max(ownStart, end - override.trimEnd);
        return { id: component, start: iso(ownStart), ...(ownEnd === undefined ? {} : { end: iso(ownEnd) }) };
      }),
      updates: updates.map(({ offset, status }, index) => ({ at: iso(start + offset), status, body: `Update ${index + 1}.` })),
    };
  });

const scenario = fc.record({
  asOf: fc.integer({ min: 0, max: RANGE }),
  incidents: fc.array(incidentArb, { maxLength: 7 }),
  reviews: fc.array(fc.record({ day: fc.integer({ min: 0, max: 40 }) }), { maxLength: 2 }),
});

/** Everything dated after `asOf` removed by hand, as the contract words it. */
function removeLater(incidents: RawIncident[], asOf: number): RawIncident[] {
  const after = (text: string | undefined) => text !== undefined && Date.parse(text) > asOf;
  return incidents.flatMap((raw): RawIncident[] => {
    if (after(raw.start)) {
      if (raw.impact !== 'maintenance') return [];
      const announcedAt = Math.min(...raw.updates.map((u) => Date.parse(u.at)));
      if (raw.updates.length > 0 && announcedAt > asOf) return [];
    }
    const copy: RawIncident = structuredClone(raw);
    copy.updates = copy.updates.filter((u) => !after(u.at));
    if (after(copy.end)) delete copy.end;
    copy.components = copy.components.map((c) => {
      if (typeof c === 'string' || !after(c.end)) return c;
      const rest = { ...c };
      delete rest.end;
      return rest;
    });
    return [copy];
  });
}

function model(
  incidents: RawIncident[],
  reviews: Array<{ month: string; title: string; published: string }>,
  asOf: Date,
): SiteModel {
  return buildSiteModel(
    loadedContent({
      site: { timezone: 'Europe/Copenhagen' },
      components: [
        { id: 'web', name: 'Web' },
        { id: 'api', name: 'API', since: iso(-2_000) },
        { id: 'db', name: 'Database' },
      ],
      incidents: incidents.map(({ slug, ...frontmatter }) => loadedIncident(frontmatter, slug!)),
      reviews,
    }),
    asOf,
  );
}

/** The outputs to compare; a maintenance's planned end is known to the replay only. */
function outputs(site: SiteModel) {
  const absolute = (path: string) => `https://status.example.com/${path}`;
  const api = JSON.parse(JSON.stringify(statuspageApi(site, 'https://status.example.com/')), (key, value: unknown) =>
    key === 'scheduled_until' ? undefined : value,
  ) as unknown;
  const uptime: Partial<ReturnType<typeof uptimeJson>> = uptimeJson(site, new Date(0));
  delete uptime.generatedAt;
  const calendar = maintenanceCalendar(site, absolute).replace(/^DTEND.*\r\n/gm, '');
  return { uptime, api, feeds: feeds(site, absolute), calendar, status: site.status.banner.state };
}

describe('a replay at an instant', () => {
  it('equals a build at that instant of the content with everything dated later removed', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(scenario, ({ asOf, incidents, reviews }) => {
        const instant = new Date(BASE + asOf * MINUTE);
        incidents.forEach((raw, index) => (raw.slug = `incident-${index}`));
        const written = reviews.map(({ day }) => ({
          month: '2026-10',
          title: 'October',
          published: iso(day * 100),
        }));
        const oneReview = written.slice(0, 1);
        const replayed = model(incidents, oneReview, instant);
        const byHand = model(
          removeLater(incidents, instant.getTime()),
          oneReview.filter((r) => Date.parse(r.published) <= instant.getTime()),
          instant,
        );
        expect(outputs(replayed)).toEqual(outputs(byHand));
      }),
      { numRuns: 150 },
    );
  });
});
