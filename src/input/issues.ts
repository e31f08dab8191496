/**
 * Turns schema issues into {@link ContentError}s that say what to write instead.
 */
import type { z } from 'astro/zod';
import { didYouMean, excerpt, fieldPath, type ContentError } from './errors.ts';
import { offsetOfLocalTime } from '../engine/time.ts';

type Issue = z.core.$ZodIssue;

/** A line an engineer can copy, by the field's last name. */
const EXAMPLES: Record<string, string> = {
  name: 'name: Acme Ledger',
  url: 'url: https://status.example.com',
  timezone: 'timezone: Europe/Copenhagen',
  uptimeTarget: 'uptimeTarget: 99.9',
  weights: 'weights: { major: 1, partial: 0.3, degraded: 0, maintenance: 0 }',
  major: 'major: 1',
  partial: 'partial: 0.3',
  degraded: 'degraded: 0',
  maintenance: 'maintenance: 0',
  id: 'id: web-app',
  description: 'description: The dashboard customers sign in to',
  group: 'group: Core',
  since: 'since: 2026-01-24T02:16:00Z',
  target: 'target: 99.95',
  title: 'title: Emails queued on the job server',
  impact: 'impact: partial (one of major, partial, degraded, maintenance, none)',
  start: 'start: 2026-06-04T09:12:00+02:00',
  end: 'end: 2026-06-04T09:24:00+02:00',
  components: 'components: [email, web-app]',
  category: 'category: queued-emails',
  draft: 'draft: true',
  updates: 'updates: [{ at: 2026-06-04T09:15:00+02:00, status: investigating, body: We are looking into it. }]',
  at: 'at: 2026-06-04T09:15:00+02:00',
  status: 'status: investigating',
  body: 'body: We are looking into delayed emails.',
  postmortem: 'postmortem: https://example.com/blog/june-incident',
  month: 'month: 2026-06',
  published: 'published: 2026-07-08T10:00:00+02:00',
  longIncidentDays: 'longIncidentDays: 7',
  longRunning: 'longRunning: true',
  reopened: 'reopened: true',
  summary: 'summary: Uptime above target; three kinds of incidents.',
};

function exampleFor(path: ReadonlyArray<PropertyKey>): string {
  const last = [...path].reverse().find((key) => typeof key === 'string');
  const example = typeof last === 'string' ? EXAMPLES[last] : undefined;
  return example ? `write e.g. ${example}` : 'see docs/authoring.md for the format';
}

const describeInput = (input: unknown) =>
  input === null
    ? 'empty'
    : input instanceof Date
      ? 'a date'
      : Array.isArray(input)
        ? 'a list'
        : `${typeof input} ${excerpt(JSON.stringify(input) ?? String(input))}`;

/** Picks the branch of a failed union that got furthest, so the message fits what was written. */
function deepestBranch(branches: ReadonlyArray<readonly Issue[]>): readonly Issue[] {
  const score = (issues: readonly Issue[]) =>
    issues.reduce(
      (sum, issue) => sum + (issue.code === 'invalid_type' && issue.path.length === 0 ? 0 : 1 + issue.path.length),
      0,
    );
  return branches.toSorted((a, b) => score(b) - score(a))[0] ?? [];
}

export interface DescribeOptions {
  /** The site's time zone, once site.yaml is read: a timestamp without an offset is told the zone's offset. */
  timeZone?: string | undefined;
}

/**
 * Describes each schema issue for `file`. `lineOf` maps a field path to its line.
 * Parse with `{ reportInput: true }` so messages can quote what was written.
 */
export function describeIssues(
  issues: readonly Issue[],
  file: string,
  lineOf: (path: ReadonlyArray<PropertyKey>) => number | undefined,
  options: DescribeOptions = {},
  prefix: ReadonlyArray<PropertyKey> = [],
): ContentError[] {
  return issues.flatMap((issue): ContentError[] => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union') {
      const branch = deepestBranch(issue.errors);
      if (branch.length > 0) return describeIssues(branch, file, lineOf, options, path);
    }
    const error = (problem: string, fix = exampleFor(path)): ContentError[] => [
      { file, line: lineOf(path), field: fieldPath(path) || '(file)', problem, fix },
    ];
    const input = (issue as { input?: unknown }).input;
    switch (issue.code) {
      case 'invalid_type':
        return input === undefined
          ? error('is missing', `add it, ${exampleFor(path)}`)
          : error(`must be ${issue.expected}, not ${describeInput(input)}`);
      case 'invalid_value': {
        if (input === undefined) return error('is missing', `add it, ${exampleFor(path)}`);
        const allowed = issue.values.map(String);
        const guess = typeof input === 'string' ? didYouMean(input, allowed) : undefined;
        return error(
          `${typeof input === 'string' ? `"${excerpt(input)}"` : describeInput(input)} is not allowed${guess ? ` (did you mean "${guess}"?)` : ''}`,
          `write one of: ${allowed.join(', ')}`,
        );
      }
      case 'unrecognized_keys':
        return issue.keys.flatMap((key) => {
          const guess = didYouMean(key, Object.keys(EXAMPLES));
          return [
            {
              file,
              line: lineOf([...path, key]),
              field: fieldPath([...path, key]),
              problem: `is not a field Statusbook reads${key === 'layout' ? ' (Astro would load it as code)' : ''}`,
              fix: guess ? `did you mean ${guess}? Otherwise remove it` : 'remove it; docs/authoring.md lists the fields',
            },
          ];
        });
      case 'too_small':
      case 'too_big':
      case 'invalid_format':
        return issue.message.startsWith('Invalid') || issue.message.startsWith('Too')
          ? error(`${describeInput(input)}: ${issue.message.toLowerCase()}`)
          : splitMessage(issue.message, error);
      case 'custom': {
        // A timestamp without an offset (schema.ts): the offset to add is the site zone's at that date and time.
        const local = issue.params?.['local'];
        if (typeof local === 'string' && options.timeZone) {
          return error(
            `"${local}" has no time-zone offset, so it would silently be read as UTC`,
            `add the offset of ${options.timeZone} at that time: write ${local}${offsetOfLocalTime(local, options.timeZone)}`,
          );
        }
        return splitMessage(issue.message, error);
      }
      default:
        return splitMessage(issue.message, error);
    }
  });
}

/** Our own messages read "problem; fix": split them into the two columns. */
function splitMessage(message: string, error: (problem: string, fix?: string) => ContentError[]): ContentError[] {
  const at = message.indexOf('; ');
  return at < 0 ? error(message) : error(message.slice(0, at), message.slice(at + 2));
}
