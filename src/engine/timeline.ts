/**
 * Interval arithmetic on half-open intervals `[start, end)` in epoch milliseconds.
 * Adjacent intervals do not overlap; empty intervals (`end <= start`) are ignored.
 */
import type { Period } from './time.ts';

/** A state that costs uptime or is planned. Operational time is simply not covered by any segment. */
export type State = 'major' | 'partial' | 'degraded' | 'maintenance';

/** States from least to most severe: a later one wins where they overlap. */
export const STATES_BY_SEVERITY: readonly State[] = ['maintenance', 'degraded', 'partial', 'major'];

/** A component is in `state` during `[start, end)`. */
export interface StateInterval extends Period {
  state: State;
}

/** Milliseconds spent in each state. */
export type StateDurations = Record<State, number>;

const severity = (state: State) => STATES_BY_SEVERITY.indexOf(state);

/**
 * Sweeps possibly overlapping intervals into sorted, disjoint segments, each carrying
 * the worst state active during it. Time covered by no interval gets no segment.
 *
 * @example
 * stateTimeline([
 *   { start: 0, end: 10, state: 'partial' },
 *   { start: 5, end: 8, state: 'major' },
 * ])
 * //=> [{ start: 0, end: 5, state: 'partial' }, { start: 5, end: 8, state: 'major' },
 * //    { start: 8, end: 10, state: 'partial' }]
 */
export function stateTimeline(intervals: readonly StateInterval[]): StateInterval[] {
  const events: Array<[time: number, delta: 1 | -1, rank: number]> = [];
  for (const { start, end, state } of intervals) {
    if (end <= start) continue;
    events.push([start, 1, severity(state)], [end, -1, severity(state)]);
  }
  events.sort((a, b) => a[0] - b[0]);

  const active = STATES_BY_SEVERITY.map(() => 0);
  const segments: StateInterval[] = [];
  let previous = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < events.length;) {
    const time = events[i]![0];
    const rank = worstActive(active);
    if (rank >= 0 && time > previous) {
      const state = STATES_BY_SEVERITY[rank]!;
      const last = segments.at(-1);
      if (last && last.end === previous && last.state === state) last.end = time;
      else segments.push({ start: previous, end: time, state });
    }
    for (; i < events.length && events[i]![0] === time; i++) active[events[i]![2]]! += events[i]![1];
    previous = time;
  }
  return segments;
}

function worstActive(active: readonly number[]): number {
  for (let rank = active.length - 1; rank >= 0; rank--) if (active[rank]! > 0) return rank;
  return -1;
}

/**
 * Merges intervals into sorted, disjoint periods covering the same instants.
 *
 * @example
 * union([{ start: 0, end: 5 }, { start: 3, end: 8 }, { start: 8, end: 9 }]) //=> [{ start: 0, end: 9 }]
 */
export function union(intervals: readonly Period[]): Period[] {
  const sorted = intervals.filter((p) => p.end > p.start).sort((a, b) => a.start - b.start);
  const merged: Period[] = [];
  for (const { start, end } of sorted) {
    const last = merged.at(-1);
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else merged.push({ start, end });
  }
  return merged;
}

/** Index of the first of the sorted, disjoint `segments` that ends after `instant`. */
function firstEndingAfter(segments: readonly Period[], instant: number): number {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (segments[mid]!.end <= instant) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Calls `visit` with each of the sorted, disjoint `segments` that overlaps `window`,
 * and the length of that overlap. Binary search keeps this proportional to the overlap.
 */
function forEachOverlap<T extends Period>(
  segments: readonly T[],
  window: Period,
  visit: (segment: T, overlap: number) => void,
): void {
  for (let i = firstEndingAfter(segments, window.start); i < segments.length; i++) {
    const segment = segments[i]!;
    if (segment.start >= window.end) break;
    visit(segment, Math.min(segment.end, window.end) - Math.max(segment.start, window.start));
  }
}

/** Milliseconds of `window` covered by the sorted, disjoint `periods`. */
export function coveredLength(periods: readonly Period[], window: Period): number {
  let total = 0;
  forEachOverlap(periods, window, (_, overlap) => (total += overlap));
  return total;
}

/** Milliseconds of `window` spent in each state, from a timeline made by {@link stateTimeline}. */
export function durationsByState(timeline: readonly StateInterval[], window: Period): StateDurations {
  const durations: StateDurations = { major: 0, partial: 0, degraded: 0, maintenance: 0 };
  forEachOverlap(timeline, window, (segment, overlap) => (durations[segment.state] += overlap));
  return durations;
}
