import { describe, expect, it } from 'vitest';
import { incidentSchema } from './schema.ts';
import { parseDocument } from 'yaml';
import { PLACEHOLDERS, appendUpdate, incidentFile, nextCommand, resolveIncident, reviewSkeleton, slugify } from './scaffold.ts';
import { localTimestamp } from '../engine/time.ts';

const frontmatter = (text: string) => parseDocument(/^---\n([\s\S]*?)^---$/m.exec(text)![1]!).toJS();

describe('localTimestamp', () => {
  it('writes the instant in the site zone with its offset, to the minute', () => {
    expect(localTimestamp(new Date('2026-06-04T07:12:30Z'), 'Europe/Copenhagen')).toBe('2026-06-04T09:12:00+02:00');
    expect(localTimestamp(new Date('2026-12-04T07:12:30Z'), 'Europe/Copenhagen')).toBe('2026-12-04T08:12:00+01:00');
    expect(localTimestamp(new Date('2026-12-04T07:12:30Z'), 'UTC')).toBe('2026-12-04T07:12:00Z');
  });
});

describe('slugify', () => {
  it('keeps lowercase letters, digits and single hyphens', () => {
    expect(slugify('Emails queued on the job server!')).toBe('emails-queued-on-the-job-server');
    expect(slugify('Übersicht: Störung -- API')).toBe('ubersicht-storung-api');
  });
});

describe('incidentFile', () => {
  const text = incidentFile({
    title: 'API errors: some customers',
    impact: 'partial',
    components: ['api'],
    category: 'capacity',
    start: '2026-06-04T09:12:00+02:00',
    body: 'We are looking into it.',
    written: '2026-06-04T09:14:00+02:00',
  });

  it('writes frontmatter that the real schema accepts, with a first investigating update', () => {
    const parsed = incidentSchema.parse(frontmatter(text));
    expect(parsed).toMatchObject({ title: 'API errors: some customers', impact: 'partial', category: 'capacity' });
    expect(parsed.updates).toEqual([
      { at: new Date('2026-06-04T07:12:00Z'), status: 'investigating', body: 'We are looking into it.' },
    ]);
    expect(parsed.end).toBeUndefined();
  });

  it('writes nothing for customers that is still to be replaced: the body is empty', () => {
    expect(text.endsWith('body: We are looking into it.\n---\n')).toBe(true);
    for (const placeholder of Object.values(PLACEHOLDERS)) expect(text).not.toContain(placeholder);
  });

  it('announces a maintenance planned for next week when the file is written, as scheduled', () => {
    const maintenance = incidentFile({
      title: 'Upgrade',
      impact: 'maintenance',
      components: ['api'],
      start: '2026-12-09T06:00:00+01:00',
      body: 'Planned.',
      written: '2026-12-01T10:00:00+01:00',
    });
    expect(frontmatter(maintenance).start).toBe('2026-12-09T06:00:00+01:00');
    expect(frontmatter(maintenance).updates).toEqual([
      { at: '2026-12-01T10:00:00+01:00', status: 'scheduled', body: 'Planned.' },
    ]);
  });
});

describe('nextCommand', () => {
  it('names the next status of the timeline, then the resolution, then nothing', () => {
    const slug = '2026-06-04-emails-delayed';
    expect(nextCommand(slug, 'investigating')).toBe(
      'npm run new -- update 2026-06-04-emails-delayed --status identified --body "…"',
    );
    expect(nextCommand(slug, 'identified')).toBe(
      'npm run new -- update 2026-06-04-emails-delayed --status monitoring --body "…"',
    );
    expect(nextCommand(slug, 'monitoring')).toBe('npm run new -- resolve 2026-06-04-emails-delayed --body "…"');
    expect(nextCommand(slug, 'scheduled')).toBe(
      'npm run new -- update 2026-06-04-emails-delayed --status in-progress --body "…"',
    );
    expect(nextCommand(slug, 'in-progress')).toBe('npm run new -- resolve 2026-06-04-emails-delayed --body "…"');
    expect(nextCommand(slug, 'resolved')).toBeUndefined();
    expect(nextCommand(slug, 'completed')).toBeUndefined();
  });
});

describe('editing an incident', () => {
  const original = `---
# Written during the outage
title: API errors
impact: partial
start: 2026-06-04T09:12:00+02:00
components: [api, web-app]   # both affected
updates:
  - at: 2026-06-04T09:12:00+02:00
    status: investigating
    body: Looking.
---

Body text stays **exactly** as written.
`;

  it('appends an update and keeps comments, order, flow style and the body', () => {
    const updated = appendUpdate(original, {
      at: '2026-06-04T09:20:00+02:00',
      status: 'monitoring',
      body: 'A fix is out: watching.',
    });
    expect(updated).toBe(`---
# Written during the outage
title: API errors
impact: partial
start: 2026-06-04T09:12:00+02:00
components: [api, web-app] # both affected
updates:
  - at: 2026-06-04T09:12:00+02:00
    status: investigating
    body: Looking.
  - at: 2026-06-04T09:20:00+02:00
    status: monitoring
    body: "A fix is out: watching."
---

Body text stays **exactly** as written.
`);
  });

  it('resolves: sets end after start and adds a resolved update', () => {
    const resolved = frontmatter(resolveIncident(original, { at: '2026-06-04T09:40:00+02:00', body: 'Fixed.' }));
    expect(Object.keys(resolved)).toEqual(['title', 'impact', 'start', 'end', 'components', 'updates']);
    expect(resolved.end).toBe('2026-06-04T09:40:00+02:00');
    expect(resolved.updates.at(-1)).toEqual({ at: '2026-06-04T09:40:00+02:00', status: 'resolved', body: 'Fixed.' });
  });

  it('completes a maintenance instead of resolving it', () => {
    const maintenance = original.replace('impact: partial', 'impact: maintenance');
    expect(
      frontmatter(resolveIncident(maintenance, { at: '2026-06-04T09:40:00+02:00', body: 'Done.' })).updates.at(-1).status,
    ).toBe('completed');
  });

  it('refuses to resolve twice', () => {
    const once = resolveIncident(original, { at: '2026-06-04T09:40:00+02:00', body: 'Fixed.' });
    expect(() => resolveIncident(once, { at: '2026-06-04T09:50:00+02:00', body: 'Again.' })).toThrow('already has an end');
  });
});

describe('reviewSkeleton', () => {
  const text = reviewSkeleton('2026-06', {
    siteName: 'Tallyfox',
    categories: ['queued-emails'],
    published: '2026-07-08T10:00:00+02:00',
    hasTarget: true,
  });

  it('embeds components for every figure and types no number in the prose', () => {
    const body = text.slice(text.indexOf('---', 3) + 3);
    expect(body).toContain('<Uptime />');
    expect(body).toContain('<Downtime compare="previous" />');
    expect(body).toContain('<IncidentCount category="queued-emails" words noun="incident" />');
    expect(body).toContain('We had <IncidentCount noun="incident" />, in\n<CategoryCount noun="kind" />.');
    expect(body.replace(/<[^>]+>/g, '')).not.toMatch(/\d/);
  });

  it('has the sections of a monthly review', () => {
    expect([...text.matchAll(/^## (.+)$/gm)].map((m) => m[1])).toEqual([
      'Uptime and incidents',
      'What went wrong',
      'Deployments and post-mortems',
      'Speed and stability',
      'What comes next',
    ]);
    expect(frontmatter(text)).toEqual({
      month: '2026-06',
      title: 'How Tallyfox performed in June 2026',
      published: '2026-07-08T10:00:00+02:00',
      summary: 'One sentence for lists and feeds about June 2026.',
      draft: true,
    });
  });

  it('is a draft until its author removes the line, and says so', () => {
    expect(text).toContain('\ndraft: true # remove this line to publish the review\n');
  });
});
