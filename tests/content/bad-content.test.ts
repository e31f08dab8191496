/**
 * Broken content stops the build before anything is written: a non-zero exit, a message
 * naming the file and the field, and the previous dist/ left exactly as it was. Each case
 * is stopped by the content check, before Astro starts; that the unbroken fixture builds
 * is asserted in tests/build (the one file that runs Astro, so builds never overlap).
 */
import { appendFileSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, runBuild, tempDir, type BuildResult } from '../helpers/build.ts';

const INCIDENT = 'incidents/emails-queued.md';

interface Case {
  name: string;
  edit: (dir: string) => void;
  /** The file the message must name, relative to the content folder. */
  file: string;
  /** The field (or line) the message must name. */
  field: string | RegExp;
  /** `STATUSBOOK_NOW` for the build; '' builds at the wall clock. Default: the fixtures' instant. */
  now?: string;
}

const replace = (file: string, from: string | RegExp, to: string) => (dir: string) => {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit did nothing: ${String(from)} in ${file}`);
  writeFileSync(path, next);
};
const write = (file: string, text: string) => (dir: string) => {
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), text);
};

const REVIEW = 'reviews/2026-06.mdx';
const INCIDENT_TEXT = readFileSync(new URL(`../fixtures/minimal/${INCIDENT}`, import.meta.url), 'utf8');
const mdxIncident = (body: string) =>
  `---\ntitle: Broken body\nimpact: major\nstart: 2026-06-30T10:00:00Z\nend: 2026-06-30T11:00:00Z\ncomponents: [web-app]\n---\n\n${body}`;

const cases: Case[] = [
  // YAML and files
  { name: 'a YAML syntax error', edit: replace('site.yaml', 'name: Fixture Cloud', 'name: [Fixture Cloud'), file: 'site.yaml', field: /site\.yaml:\d+ — \(YAML\)/ },
  { name: 'a YAML syntax error in frontmatter', edit: replace(INCIDENT, 'title: Emails queued', 'title: Emails: queued'), file: INCIDENT, field: /emails-queued\.md:2 — \(YAML\)/ },
  { name: 'a missing site.yaml', edit: (dir) => rmSync(join(dir, 'site.yaml')), file: 'site.yaml', field: '(file)' },
  { name: 'components.yaml that is not a list', edit: write('components.yaml', 'web-app: Web application\n'), file: 'components.yaml', field: '(file)' },
  { name: 'a file without frontmatter', edit: write('incidents/no-frontmatter.md', 'Just text.\n'), file: 'incidents/no-frontmatter.md', field: '(frontmatter)' },
  { name: 'bytes that are not UTF-8', edit: (dir) => writeFileSync(join(dir, 'incidents/latin1.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0xe9, 0x0a])), file: 'incidents/latin1.md', field: '(file)' },
  { name: 'a huge file (5 MB body)', edit: write('incidents/huge.md', `${INCIDENT_TEXT}\n${'log line '.repeat(600_000)}`), file: 'incidents/huge.md', field: '(file)' },
  { name: 'a symbolic link loop', edit: (dir) => symlinkSync('..', join(dir, 'incidents/loop')), file: 'incidents/loop', field: '(folder)' },
  { name: 'a slug with uppercase letters', edit: write('incidents/Bad-Name.md', INCIDENT_TEXT), file: 'incidents/Bad-Name.md', field: '(file name)' },
  { name: 'a slug with spaces', edit: write('incidents/emails queued again.md', INCIDENT_TEXT), file: 'incidents/emails queued again.md', field: '(file name)' },
  { name: 'two incident files with one slug', edit: write('incidents/2026/emails-queued.md', INCIDENT_TEXT), file: 'incidents/emails-queued.md', field: '(file name)' },
  // Site and components
  { name: 'a missing site url', edit: replace('site.yaml', 'url: https://status.fixture.example\n', ''), file: 'site.yaml', field: 'url' },
  { name: 'an unknown time zone', edit: replace('site.yaml', 'Europe/Copenhagen', 'Europe/Copenhagn'), file: 'site.yaml', field: 'timezone' },
  { name: 'an uptime target written as text', edit: replace('site.yaml', 'uptimeTarget: 99.9', 'uptimeTarget: "99.9%"'), file: 'site.yaml', field: 'uptimeTarget' },
  { name: 'a weight above 1', edit: (dir) => appendFileSync(join(dir, 'site.yaml'), 'weights:\n  major: 2\n'), file: 'site.yaml', field: 'weights.major' },
  { name: 'a duplicate component id', edit: replace('components.yaml', 'id: email', 'id: web-app'), file: 'components.yaml', field: '[1].id' },
  { name: 'a component since without an offset', edit: replace('components.yaml', '2026-05-01T00:00:00+02:00', '2026-05-01T00:00:00'), file: 'components.yaml', field: '[1].since' },
  // Incident frontmatter
  { name: 'an impact of the wrong type', edit: replace(INCIDENT, 'impact: partial', 'impact: 3'), file: INCIDENT, field: 'impact' },
  { name: 'an unknown impact', edit: replace(INCIDENT, 'impact: partial', 'impact: partal'), file: INCIDENT, field: 'impact' },
  { name: 'a missing title', edit: replace(INCIDENT, 'title: Emails queued\n', ''), file: INCIDENT, field: 'title' },
  { name: 'a draft flag that is not true or false', edit: replace(INCIDENT, 'category: queued-emails', 'category: queued-emails\ndraft: yes'), file: INCIDENT, field: 'draft' },
  { name: 'a category with spaces', edit: replace(INCIDENT, 'category: queued-emails', 'category: queued emails'), file: INCIDENT, field: 'category' },
  { name: 'a post-mortem that is not a URL', edit: replace(INCIDENT, 'category: queued-emails', 'category: queued-emails\npostmortem: see the wiki'), file: INCIDENT, field: 'postmortem' },
  { name: 'an unknown component id', edit: replace(INCIDENT, '  - email\n', '  - emial\n'), file: INCIDENT, field: 'components[0]' },
  { name: 'a component object without an id', edit: replace(INCIDENT, '  - id: web-app\n    impact: degraded\n', '  - impact: degraded\n'), file: INCIDENT, field: 'components[1].id' },
  { name: 'a component listed twice', edit: replace(INCIDENT, '  - id: web-app\n', '  - id: email\n'), file: INCIDENT, field: 'components[1]' },
  { name: 'an empty components list', edit: replace(INCIDENT, /components:\n( {2}.*\n)+/, 'components: []\n'), file: INCIDENT, field: 'components' },
  { name: 'an end before the start', edit: replace(INCIDENT, 'end: 2026-06-04T09:24:00+02:00', 'end: 2026-06-04T08:24:00+02:00'), file: INCIDENT, field: 'end' },
  { name: 'a component window outside its incident', edit: replace(INCIDENT, 'start: 2026-06-04T09:15:00+02:00', 'start: 2026-06-04T08:15:00+02:00'), file: INCIDENT, field: 'components[1].start' },
  { name: 'a component that recovers before it is hit', edit: replace(INCIDENT, 'end: 2026-06-04T09:20:00+02:00', 'end: 2026-06-04T09:14:00+02:00'), file: INCIDENT, field: 'components[1].end' },
  { name: 'an unquoted timestamp without an offset', edit: replace(INCIDENT, 'start: 2026-06-04T09:12:00+02:00', 'start: 2026-06-04T09:12:00'), file: INCIDENT, field: 'start' },
  { name: 'a quoted timestamp without an offset', edit: replace(INCIDENT, 'end: 2026-06-04T09:24:00+02:00', 'end: "2026-06-04T09:24:00"'), file: INCIDENT, field: 'end' },
  { name: 'an impossible date (30 February)', edit: replace(INCIDENT, 'start: 2026-06-04T09:12:00+02:00', 'start: 2026-02-30T09:12:00+01:00'), file: INCIDENT, field: 'start' },
  // At the wall clock a future start is a typo; a replay hides it instead (tests/build).
  { name: 'an incident starting after the wall clock', edit: replace(INCIDENT, /2026-06-04T09:(\d\d):00\+02:00/g, '2099-12-04T09:$1:00+01:00'), file: INCIDENT, field: 'start', now: '' },
  { name: 'an unknown update status', edit: replace(INCIDENT, 'status: investigating', 'status: investigatng'), file: INCIDENT, field: 'updates[0].status' },
  { name: 'an update without a body', edit: replace(INCIDENT, '    body: We are looking into delayed emails.\n', ''), file: INCIDENT, field: 'updates[0].body' },
  // Reviews
  { name: 'two reviews for one month', edit: write('reviews/june-again.md', '---\nmonth: 2026-06\ntitle: Again\npublished: 2026-07-09T10:00:00+02:00\n---\n'), file: 'reviews/june-again.md', field: 'month' },
  { name: 'a malformed review month', edit: replace(REVIEW, 'month: 2026-06', 'month: June 2026'), file: REVIEW, field: 'month' },
  { name: 'a review month 13', edit: replace(REVIEW, 'month: 2026-06', 'month: 2026-13'), file: REVIEW, field: 'month' },
  { name: 'a review published without an offset', edit: replace(REVIEW, 'published: 2026-07-08T10:00:00+02:00', 'published: 2026-07-08T10:00:00'), file: REVIEW, field: 'published' },
  // MDX bodies
  { name: 'an MDX syntax error', edit: write('incidents/broken-body.mdx', mdxIncident('Text.\n\nAn unclosed expression { here.\n')), file: 'incidents/broken-body.mdx', field: /broken-body\.mdx:11 — \(MDX\)/ },
  { name: 'an unclosed MDX tag', edit: write('incidents/unclosed.mdx', mdxIncident('<div>\n\nNever closed.\n')), file: 'incidents/unclosed.mdx', field: '(MDX)' },
  { name: 'an MDX component that does not exist in a review', edit: replace(REVIEW, 'Uptime was <Uptime />.', 'Uptime was <Uptme />.'), file: REVIEW, field: /2026-06\.mdx:7 — \(MDX\) — <Uptme>.* — did you mean <Uptime \/>\?/ },
  { name: 'an MDX component in an incident body', edit: write('incidents/chart.mdx', mdxIncident('<Chart data="x" />\n')), file: 'incidents/chart.mdx', field: /chart\.mdx:9 — \(MDX\)/ },
];

describe('bad content', () => {
  let distBefore: Map<string, string>;
  let out: string;

  beforeAll(() => {
    out = join(tempDir(), 'dist');
    mkdirSync(join(out, 'api'), { recursive: true });
    writeFileSync(join(out, 'index.html'), '<p>the site as published before</p>');
    writeFileSync(join(out, 'api/uptime.json'), '{"months":[]}');
    distBefore = snapshot(out);
  });

  it('has at least 30 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('$name stops the build, naming the file and the field', ({ edit, file, field, now }) => {
    const content = copyFixture('minimal');
    edit(content);
    const result: BuildResult = runBuild({ content, out, ...(now === undefined ? {} : { now }) });
    expect(result.status, result.output).not.toBe(0);
    const shown = relative(process.cwd(), join(content, file));
    const line = result.output.split('\n').find((l) => l.includes(shown) && (typeof field === 'string' ? l.includes(` — ${field} — `) : field.test(l)));
    expect(line, `no line names ${shown} and ${String(field)}:\n${result.output}`).toBeDefined();
    // A message says what to write instead: file — field — problem — fix.
    expect(line!.split(' — ').length).toBeGreaterThanOrEqual(4);
    expect(snapshot(out)).toEqual(distBefore);
    rmSync(join(content, '..'), { recursive: true, force: true });
  });

});

function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(join(entry.parentPath, entry.name), readFileSync(join(entry.parentPath, entry.name), 'utf8'));
  }
  return files;
}
