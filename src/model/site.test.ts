import { describe, expect, it } from 'vitest';
import { countOf } from '../format/figures.ts';
import { buildSiteModel, targetVerdict } from './site.ts';
import { loadedContent, loadedIncident } from '../../tests/helpers/fixtures.ts';

describe('targetVerdict', () => {
  it('judges the unrounded uptime: 99.996 meets 99.995 though it shows as 99.99%', () => {
    expect(targetVerdict(99.996, 99.995)).toEqual({ targetMet: true, targetPosition: 'above' });
    expect(targetVerdict(99.9, 99.9)).toEqual({ targetMet: true, targetPosition: 'exactly on' });
    expect(targetVerdict(99.899999, 99.9)).toEqual({ targetMet: false, targetPosition: 'below' });
    expect(targetVerdict(99.5, undefined)).toEqual({ targetMet: undefined, targetPosition: undefined });
  });
});

describe('the month report', () => {
  it('counts kinds of incident by category, not counting incidents without one', () => {
    const incident = (slug: string, day: string, category?: string) =>
      loadedIncident(
        {
          title: slug,
          impact: 'partial',
          start: `2026-06-${day}T10:00:00Z`,
          end: `2026-06-${day}T10:30:00Z`,
          components: ['api'],
          ...(category ? { category } : {}),
        },
        slug,
      );
    const content = loadedContent({
      components: [{ id: 'api', name: 'API' }],
      incidents: [
        incident('a', '02', 'queued-emails'),
        incident('b', '03', 'queued-emails'),
        incident('c', '04', 'database'),
        incident('d', '05'),
      ],
    });
    const june = buildSiteModel(content, new Date('2026-07-01T00:00:00Z')).reportByMonth.get('2026-06')!;
    expect(june.kinds).toBe(2);
    expect(june.categories.map((group) => [group.category, group.incidents.length])).toEqual([
      ['queued-emails', 2],
      ['database', 1],
      ['uncategorised', 1],
    ]);
  });
});

describe('countOf', () => {
  it('gives the noun the form its count takes, never "one incidents"', () => {
    expect(countOf(1, { noun: 'incident', words: true })).toBe('one incident');
    expect(countOf(2, { noun: 'incident', words: true })).toBe('two incidents');
    expect(countOf(0, { noun: 'incident' })).toBe('0 incidents');
    expect(countOf(1, { noun: 'kind', words: true })).toBe('one kind');
    expect(countOf(3, { noun: 'process', nouns: 'processes' })).toBe('3 processes');
    expect(countOf(13, { words: true })).toBe('13');
  });
});
