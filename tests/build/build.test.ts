/**
 * Real builds (Astro included), one after another in this file: the sample site's
 * figures and determinism, and the minimal fixture the bad-content cases start from.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { UptimeJson } from '../../src/outputs/api.ts';
import { headersFile } from '../../src/outputs/headers.ts';
import { ROOT, copyFixture, runBuild, tempDir } from '../helpers/build.ts';
import { TEST_SITES } from '../helpers/sites.ts';

const NOW = TEST_SITES.sample.now;
const text = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&#39;', "'")
    .replace(/\s+/g, ' ');

describe('the sample site', () => {
  // Built by tests/global-setup.ts with STATUSBOOK_NOW=2026-11-30T12:00:00Z.
  const out = TEST_SITES.sample.out;
  let json: UptimeJson;
  let raw: string;

  beforeAll(() => {
    raw = readFileSync(join(out, 'api/uptime.json'), 'utf8');
    json = JSON.parse(raw) as UptimeJson;
  });

  const month = (key: string) => json.months.find((m) => m.month === key)!;

  it('gives the header logo its intrinsic size (from logo.svg), so the page reserves its space', () => {
    const logo = /<img[^>]*class="brand__logo"[^>]*>/.exec(readFileSync(join(out, 'index.html'), 'utf8'))?.[0];
    expect(logo).toMatch(/ width="32" height="32"/);
  });

  it('writes uptime.json in the shape of the contract', () => {
    expect(Object.keys(json)).toEqual(['generatedAt', 'asOf', 'timezone', 'target', 'weights', 'months']);
    expect(json.asOf).toBe('2026-11-30T12:00:00.000Z');
    expect(json.timezone).toBe('Europe/Copenhagen');
    expect(json.target).toBe(99.9);
    expect(json.weights).toEqual({ major: 1, partial: 0.3, degraded: 0, maintenance: 0 });
    expect(json.months.map((m) => m.month)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(Object.keys(month('2026-06'))).toEqual([
      'month',
      'minutes',
      'uptime',
      'downtimeMinutes',
      'incidents',
      'maintenances',
      'budget',
      'components',
    ]);
  });

  it('reproduces June 2026: 99.98% against 99.9%, 2 minutes of downtime, 13 incidents', () => {
    const june = month('2026-06');
    expect(june.minutes).toBe(43_200);
    expect(june.uptime).toBeCloseTo(99.98834876543209, 10);
    expect(Math.floor(june.uptime * 100) / 100).toBe(99.98);
    expect(june.downtimeMinutes).toBe(2);
    expect(june.incidents).toBe(13);
    expect(june.maintenances).toBe(1);
    expect(june.components['imports']).toEqual({
      minutes: 43_200,
      uptime: june.components['imports']!.uptime,
      major: 2,
      partial: 0,
      degraded: 0,
      maintenance: 0,
      budget: june.components['imports']!.budget,
    });
    // 2 of the (1 − 0.999) × 43,200 = 43.2 minutes the target allows (docs/authoring.md's example).
    expect(june.components['imports']!.budget).toMatchObject({ fullMinutes: 43_200, usedMinutes: 2 });
    expect(june.budget!.allowedMinutes).toBeCloseTo(43.2, 9);
    expect(june.components['email']).toMatchObject({ partial: 76, major: 0 });
  });

  it('reproduces May 2026: 4 minutes of downtime', () => {
    expect(Math.round(month('2026-05').downtimeMinutes)).toBe(4);
    expect(month('2026-05').incidents).toBe(7);
  });

  it('cuts months in the site zone across DST and leaves out components before `since`', () => {
    expect(month('2026-03').minutes).toBe(44_580);
    expect(month('2026-10').minutes).toBe(44_700);
    expect(month('2026-11').minutes).toBe(42_540);
    expect(Object.keys(month('2026-02').components)).not.toContain('webhooks');
    expect(month('2026-03').components['webhooks']!.minutes).toBe(22_440);
  });

  it('shows the computed June figures on /reviews/2026-06/', () => {
    const page = text(readFileSync(join(out, 'reviews/2026-06/index.html'), 'utf8'));
    expect(page).toContain('Average uptime 99.98% Target met (99.9% target)');
    expect(page).toContain('Downtime 2 minutes 4 minutes in May 2026 (down 2 minutes)');
    expect(page).toContain('Incidents 13 7 in May 2026 (up 6)');
    // The written review lists its incidents itself; a generated report lists them by category.
    expect(page).not.toContain('Incidents by category');
    const july = text(readFileSync(join(out, 'reviews/2026-07/index.html'), 'utf8'));
    expect(july).toMatch(/Incidents by category Peak slowdowns \(1\) .* Queued emails \(1\)/);
    expect(page).toContain('up 99.98% of the time in June, above our target of 99.9%');
    expect(page).toContain('2 minutes, down from 4 minutes in May 2026');
    expect(page).toContain('the delays lasted 9 to 15 minutes');
    // Section 9: 5.0333 of 99.9%'s 43.2 minutes is 11.65%, truncated to 11%; email's 22.8 minutes is 52.7%.
    expect(page).toMatch(
      /so we used 11% of June’s error budget \( 5 of 43 minutes \); email delivery alone used 52% of its own\./,
    );
  });

  it("shows June's error budgets on its history page and a month's in its generated report", () => {
    const history = text(readFileSync(join(out, 'history/2026-06/index.html'), 'utf8'));
    // The site: 5.0333 of (1 − 0.999) × 43,200 = 43.2 minutes, 11.65% used (cut to 11%), 88.35% left (cut to 88%).
    expect(history).toContain("Used 11% of June's error budget (5 of 43 minutes); 38 minutes left.");
    expect(history).toContain('All components 99.9% 11% 5 of 43 minutes 88% left');
    // Email delivery: 76 minutes of partial outage × 0.3 = 22.8 of 43.2, 52.8% used, 47.2% left.
    expect(history).toContain('Email delivery 99.9% 52% 23 of 43 minutes 47% left');
    // Bank and file imports: 2 minutes of major outage, 4.6% used, 95.4% left.
    expect(history).toContain('Bank and file imports 99.9% 4% 2 of 43 minutes 95% left');
    // July has no written review: its generated report says its budget too, of 0.1% × 44,640 = 44.64 minutes.
    const july = text(readFileSync(join(out, 'reviews/2026-07/index.html'), 'utf8'));
    expect(july).toMatch(/Error budget Used \d+% of July's error budget \(\d+ of 45 minutes\); \d+ minutes left\./);
    // /uptime/ shows the as-of month, with its pace, and the month before.
    const uptime = text(readFileSync(join(out, 'uptime/index.html'), 'utf8'));
    expect(uptime).toMatch(
      /November 2026 so far All components · 99\.9% target Used \d+% of November's error budget .* At this pace/,
    );
    expect(uptime).toContain('October 2026 All components');
  });

  it('lists the reviews and leaves drafts out', () => {
    const index = text(readFileSync(join(out, 'reviews/index.html'), 'utf8'));
    expect(index).toMatch(
      /June 2026 99\.98% ✓ Met 2 minutes 13 1 How Tallyfox performed in June 2026 May 2026 \d+\.\d\d% ✓ Met 4 minutes 7 0/,
    );
    expect(() => readFileSync(join(out, 'incidents/2026-11-27-draft-report-delays/index.html'))).toThrow();
    expect(readFileSync(join(out, 'incidents/2026-06-10-import-server-errors/index.html'), 'utf8')).toContain(
      'Server errors when importing',
    );
  });

  it('gives byte-identical uptime.json for the same content and as-of, apart from generatedAt', () => {
    const again = join(tempDir(), 'dist');
    expect(runBuild({ content: join(ROOT, 'content'), out: again, now: NOW }).status).toBe(0);
    const strip = (s: string) => s.replace(/"generatedAt": "[^"]+"/, '');
    expect(strip(readFileSync(join(again, 'api/uptime.json'), 'utf8'))).toBe(strip(raw));
  });
});

describe('files for hosts and schedulers', () => {
  it('writes _headers and next-change.json', () => {
    const out = TEST_SITES.sample.out;
    expect(readFileSync(join(out, '_headers'), 'utf8')).toBe(headersFile('/'));
    expect(JSON.parse(readFileSync(join(out, 'api/next-change.json'), 'utf8'))).toEqual({
      at: '2026-11-30T23:00:00.000Z',
      reason: 'the day ends (local midnight in Europe/Copenhagen)',
      asOf: '2026-11-30T12:00:00.000Z',
    });
  });
});

describe('the minimal fixture', () => {
  it('builds, so each bad-content case (tests/content) fails for its own reason', () => {
    const result = runBuild({ content: copyFixture('minimal'), out: join(tempDir(), 'dist') });
    expect(result.status, result.output).toBe(0);
  });
});

describe('a review asking for a figure that does not exist', () => {
  it('is stopped by the content check, naming the file and line, and leaves the previous dist/ untouched', () => {
    const content = copyFixture('minimal');
    writeFileSync(
      join(content, 'reviews/2026-06.mdx'),
      '---\nmonth: 2026-06\ntitle: June\npublished: 2026-07-08T10:00:00+02:00\n---\n\n<IncidentCount category="no-such-category" />\n',
    );
    const out = join(tempDir(), 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'previous site');
    const result = runBuild({ content, out });
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toMatch(/reviews\/2026-06\.mdx:7 — <IncidentCount> — no incident has the category "no-such-category"/);
    expect(result.output).toContain('was left unchanged');
    expect(readdirSync(out)).toEqual(['index.html']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous site');
  });
});

describe('incident bodies', () => {
  it('are rendered as Markdown unless they use MDX syntax, which MDX then compiles', () => {
    const content = copyFixture('minimal');
    const frontmatter = (title: string, day: string) =>
      `---\ntitle: ${title}\nimpact: partial\nstart: 2026-06-${day}T10:00:00Z\nend: 2026-06-${day}T11:00:00Z\ncomponents: [web-app]\n---\n\n`;
    writeFileSync(
      join(content, 'incidents/rich.mdx'),
      `${frontmatter('Rich', '28')}Down for an hour.\n\n<details><summary>The log</summary>Down for 60 minutes.</details>\n`,
    );
    writeFileSync(
      join(content, 'incidents/plain.mdx'),
      `${frontmatter('Plain', '29')}Plain *text*. {/* not shown */}\n\n{/* nor this */}\n`,
    );
    const out = join(tempDir(), 'dist');
    const result = runBuild({ content, out });
    expect(result.status, result.output).toBe(0);
    expect(result.output).not.toContain('WARN');
    expect(readFileSync(join(out, 'incidents/rich/index.html'), 'utf8')).toContain(
      '<details><summary>The log</summary>Down for 60 minutes.</details>',
    );
    const plain = readFileSync(join(out, 'incidents/plain/index.html'), 'utf8');
    expect(plain).toContain('Plain <em>text</em>.');
    expect(plain).not.toContain('not shown');
    expect(plain).not.toContain('nor this');
  });

  it('have no Details heading when empty or only comments, and no MDX body is no warning', () => {
    const content = copyFixture('minimal');
    const file = join(content, 'incidents/emails-queued.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Emails were delayed.', '<!-- written later -->\n\n'));
    const out = join(tempDir(), 'dist');
    const result = runBuild({ content, out });
    expect(result.status, result.output).toBe(0);
    expect(result.output).not.toContain('incidentsMdx');
    expect(result.output).not.toContain('WARN');
    const page = readFileSync(join(out, 'incidents/emails-queued/index.html'), 'utf8');
    expect(page).toContain('We are looking into delayed emails.');
    expect(page).not.toContain('Details');
  });
});
