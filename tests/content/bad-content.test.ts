/**
 * Broken content stops the build before anything is written: a non-zero exit, a message
 * naming the file and the field, and the previous dist/ left exactly as it was. Each case
 * is stopped by the content check, before Astro starts; that the unbroken fixture builds
 * is asserted in tests/build (the one file that runs Astro, so builds never overlap).
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/input/check.ts';
import { formatError } from '../../src/input/errors.ts';
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
  /** `STATUSBOOK_BASE` for the build. */
  base?: string;
  /** `STATUSBOOK_CONTENT` names this path inside the copied content folder instead of the folder. */
  contentPath?: string;
  /** The problem must be the only one reported: one problem, one message. */
  only?: boolean;
}

/** For problems that are not in a file: the environment variable is named instead. */
const ENVIRONMENT = '(environment)';

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
  { name: 'a logo site.yaml names but the folder lacks', edit: (dir) => appendFileSync(join(dir, 'site.yaml'), 'logo: logo.svg\n'), file: 'site.yaml', field: 'logo' },
  { name: 'an SVG logo with a script', edit: (dir) => { appendFileSync(join(dir, 'site.yaml'), 'logo: logo.svg\n'); writeFileSync(join(dir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'); }, file: 'site.yaml', field: 'logo' },
  { name: 'an SVG logo loading another file', edit: (dir) => { appendFileSync(join(dir, 'site.yaml'), 'logo: logo.svg\n'); writeFileSync(join(dir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><image href="https://tracker.example/x.png"/></svg>'); }, file: 'site.yaml', field: 'logo' },
  { name: 'a PNG logo that is not a PNG', edit: (dir) => { appendFileSync(join(dir, 'site.yaml'), 'logo: logo.png\n'); writeFileSync(join(dir, 'logo.png'), '<svg/>'); }, file: 'site.yaml', field: 'logo' },
  { name: 'an image site.yaml does not name', edit: write('banner.png', 'not read'), file: 'banner.png', field: '(file)' },
  { name: 'a support link with a javascript: URL', edit: (dir) => appendFileSync(join(dir, 'site.yaml'), 'links:\n  support: "javascript:alert(1)"\n'), file: 'site.yaml', field: 'links.support' },
  { name: 'a weight above 1', edit: (dir) => appendFileSync(join(dir, 'site.yaml'), 'weights:\n  major: 2\n'), file: 'site.yaml', field: 'weights.major' },
  { name: 'a duplicate component id', edit: replace('components.yaml', 'id: email', 'id: web-app'), file: 'components.yaml', field: '[1].id' },
  { name: 'a component target of 100', edit: replace('components.yaml', '  name: Email delivery\n', '  name: Email delivery\n  target: 100\n'), file: 'components.yaml', field: '[1].target' },
  { name: 'a component target written as text', edit: replace('components.yaml', '  name: Email delivery\n', '  name: Email delivery\n  target: "99.95%"\n'), file: 'components.yaml', field: '[1].target' },
  { name: 'a component id that collides with a budget badge', edit: (dir) => appendFileSync(join(dir, 'components.yaml'), '- id: web-app-budget-30d\n  name: Collides\n'), file: 'components.yaml', field: '[2].id' },
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
  { name: 'an end before the start', edit: replace(INCIDENT, 'end: 2026-06-04T09:24:00+02:00', 'end: 2026-06-04T08:24:00+02:00'), file: INCIDENT, field: 'end', only: true },
  { name: 'a component window outside its incident', edit: replace(INCIDENT, 'start: 2026-06-04T09:15:00+02:00', 'start: 2026-06-04T08:15:00+02:00'), file: INCIDENT, field: 'components[1].start' },
  { name: 'a component that recovers before it is hit', edit: replace(INCIDENT, 'end: 2026-06-04T09:20:00+02:00', 'end: 2026-06-04T09:14:00+02:00'), file: INCIDENT, field: 'components[1].end' },
  { name: 'an unquoted timestamp without an offset', edit: replace(INCIDENT, 'start: 2026-06-04T09:12:00+02:00', 'start: 2026-06-04T09:12:00'), file: INCIDENT, field: 'start' },
  { name: 'a quoted timestamp without an offset', edit: replace(INCIDENT, 'end: 2026-06-04T09:24:00+02:00', 'end: "2026-06-04T09:24:00"'), file: INCIDENT, field: 'end' },
  { name: 'an impossible date (30 February)', edit: replace(INCIDENT, 'start: 2026-06-04T09:12:00+02:00', 'start: 2026-02-30T09:12:00+01:00'), file: INCIDENT, field: 'start' },
  // At the wall clock a future start is a typo; a replay hides it instead (tests/build).
  { name: 'an incident starting after the wall clock', edit: replace(INCIDENT, /2026-06-04T09:(\d\d):00\+02:00/g, '2099-12-04T09:$1:00+01:00'), file: INCIDENT, field: 'start', now: '' },
  { name: 'an unknown update status', edit: replace(INCIDENT, 'status: investigating', 'status: investigatng'), file: INCIDENT, field: 'updates[0].status' },
  { name: 'an update without a body', edit: replace(INCIDENT, '    body: We are looking into delayed emails.\n', ''), file: INCIDENT, field: 'updates[0].body' },
  // Content that attacks the build (issue: MDX runs code, year typos, special files, ignored files)
  { name: 'an MDX import of the environment', edit: write('incidents/env.mdx', mdxIncident("import env from '/proc/self/environ?raw'\n\n{env}\n")), file: 'incidents/env.mdx', field: /env\.mdx:9 — \(MDX\) — .*import or export/ },
  { name: 'an MDX import of /etc/passwd', edit: write('incidents/passwd.mdx', mdxIncident("import passwd from '/etc/passwd?raw';\n\n<pre>{passwd}</pre>\n")), file: 'incidents/passwd.mdx', field: /passwd\.mdx:9 — \(MDX\)/ },
  { name: 'an MDX export running a command', edit: write('incidents/exec.mdx', mdxIncident("export const x = require('child_process').execSync('id');\n\n{x}\n")), file: 'incidents/exec.mdx', field: /exec\.mdx:9 — \(MDX\)/ },
  { name: 'an MDX expression', edit: write('incidents/expr.mdx', mdxIncident('Down for {60 * 2} minutes.\n')), file: 'incidents/expr.mdx', field: /expr\.mdx:9 — \(MDX\) — \{60 \* 2\} is an expression/ },
  { name: 'export const frontmatter in a review', edit: (dir) => appendFileSync(join(dir, REVIEW), '\nexport const frontmatter = { title: "x" };\n'), file: REVIEW, field: /2026-06\.mdx:9 — \(MDX\)/ },
  { name: 'layout: in frontmatter', edit: replace(INCIDENT, 'category: queued-emails', 'category: queued-emails\nlayout: ../../src/layouts/Base.astro'), file: INCIDENT, field: 'layout' },
  { name: 'an unknown frontmatter field', edit: replace(INCIDENT, 'category: queued-emails', 'catgory: queued-emails'), file: INCIDENT, field: 'catgory' },
  { name: 'a start in the year 1026', edit: replace(INCIDENT, 'start: 2026-06-04T09:12:00+02:00', 'start: 1026-06-04T09:12:00+02:00'), file: INCIDENT, field: 'start' },
  { name: 'a component since 1800', edit: replace('components.yaml', '2026-05-01T00:00:00+02:00', '1800-05-01T00:00:00+01:00'), file: 'components.yaml', field: '[1].since' },
  {
    name: 'an incident in 1900 in Asia/Kolkata',
    edit: (dir) => {
      replace('site.yaml', 'Europe/Copenhagen', 'Asia/Kolkata')(dir);
      replace(INCIDENT, /2026-06-04T09:(\d\d):00\+02:00/g, '1900-06-04T09:$1:00+05:30')(dir);
    },
    file: INCIDENT,
    field: 'start',
  },
  { name: 'an update in the year 2062 (at the clock)', edit: replace(INCIDENT, 'at: 2026-06-04T09:15:00+02:00', 'at: 2062-06-04T09:15:00+02:00'), file: INCIDENT, field: 'updates[0].at', now: '' },
  { name: 'a symbolic link to /dev/zero', edit: (dir) => symlinkSync('/dev/zero', join(dir, 'incidents/zero.md')), file: 'incidents/zero.md', field: '(file)' },
  { name: 'a symbolic link out of the content folder', edit: (dir) => symlinkSync('/etc/hostname', join(dir, 'incidents/host.md')), file: 'incidents/host.md', field: '(file)' },
  { name: 'a FIFO', edit: (dir) => execFileSync('mkfifo', [join(dir, 'incidents/fifo.md')]), file: 'incidents/fifo.md', field: '(file)' },
  { name: 'an upper-case extension (x.MD)', edit: write('incidents/outage.MD', INCIDENT_TEXT), file: 'incidents/outage.MD', field: '(file)' },
  { name: 'a review in a sub-folder', edit: write('reviews/2026/2026-05.mdx', '---\nmonth: 2026-05\ntitle: May\npublished: 2026-06-08T10:00:00+02:00\n---\n'), file: 'reviews/2026', field: '(folder)' },
  { name: 'a stray file in content/', edit: write('notes.txt', 'todo\n'), file: 'notes.txt', field: '(file)' },
  { name: 'reviews x.md and x.mdx for two months', edit: write('reviews/2026-06.md', '---\nmonth: 2026-05\ntitle: May\npublished: 2026-06-08T10:00:00+02:00\n---\n'), file: REVIEW, field: '(file name)' },
  { name: 'a component id that collides with a badge', edit: (dir) => appendFileSync(join(dir, 'components.yaml'), '- id: web-app-uptime-30d\n  name: Collides\n'), file: 'components.yaml', field: '[2].id' },
  { name: 'a YAML alias bomb', edit: write('components.yaml', `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n`), file: 'components.yaml', field: '(YAML)' },
  { name: 'a components.yaml that is one long line of text', edit: write('components.yaml', `${'lorem ipsum '.repeat(120)}\n`), file: 'components.yaml', field: '(file)' },
  { name: 'a webhook URL written into site.yaml (a secret in the repository)', edit: (dir) => appendFileSync(join(dir, 'site.yaml'), 'notifications:\n  channels:\n    - { type: slack, url: "https://hooks.slack.com/services/T0/B0/secret" }\n'), file: 'site.yaml', field: 'notifications.channels[0].url' },
  { name: 'an unknown notification channel', edit: (dir) => appendFileSync(join(dir, 'site.yaml'), 'notifications:\n  channels:\n    - { type: pager, url: PAGER_URL }\n'), file: 'site.yaml', field: /notifications\.channels\[0\]/ },
  // Unfinished content
  { name: "an incident still holding the scaffold's placeholder", edit: (dir) => appendFileSync(join(dir, INCIDENT), '\nWhat happened, who was affected, and what we are doing about it. Fill this in as you learn more.\n'), file: INCIDENT, field: /emails-queued\.md:21 — \(body\) — still has the scaffold's placeholder/ },
  { name: "a review summary still the scaffold's placeholder", edit: replace(REVIEW, 'published: 2026-07-08T10:00:00+02:00', 'published: 2026-07-08T10:00:00+02:00\nsummary: One sentence for lists and feeds about June 2026.'), file: REVIEW, field: 'summary' },
  // Content that attacks readers
  { name: 'a javascript: post-mortem', edit: replace(INCIDENT, 'category: queued-emails', 'category: queued-emails\npostmortem: javascript:alert(1)'), file: INCIDENT, field: 'postmortem' },
  { name: 'a JaVaScRiPt: post-mortem', edit: replace(INCIDENT, 'category: queued-emails', 'category: queued-emails\npostmortem: JaVaScRiPt:alert(document.cookie)'), file: INCIDENT, field: 'postmortem' },
  { name: 'a java<TAB>script: post-mortem', edit: replace(INCIDENT, 'category: queued-emails', 'category: queued-emails\npostmortem: "java\\tscript:alert(1)"'), file: INCIDENT, field: 'postmortem' },
  { name: 'a javascript: site url', edit: replace('site.yaml', 'url: https://status.fixture.example', 'url: javascript:alert(1)'), file: 'site.yaml', field: 'url' },
  { name: 'a data: site url', edit: replace('site.yaml', 'url: https://status.fixture.example', 'url: "data:text/html,<script>alert(1)</script>"'), file: 'site.yaml', field: 'url' },
  { name: 'a script tag in an MDX body', edit: write('incidents/script.mdx', mdxIncident('<script>alert(1)</script>\n')), file: 'incidents/script.mdx', field: /script\.mdx:9 — \(MDX\) — <script> is not allowed/ },
  { name: 'an event handler in an MDX body', edit: write('incidents/onerror.mdx', mdxIncident('<img src="https://x.example/a.png" onError="alert(1)" />\n')), file: 'incidents/onerror.mdx', field: /onerror\.mdx:9 — \(MDX\) — onError on <img>/ },
  { name: 'a javascript: link in an MDX body', edit: write('incidents/link.mdx', mdxIncident('[reset your password](javascript:alert(1))\n')), file: 'incidents/link.mdx', field: /link\.mdx:9 — \(MDX\) — links to "javascript:alert\(1\)"/ },
  // Review components, checked before Astro runs
  { name: 'a review component with a bad category', edit: replace(REVIEW, 'Uptime was <Uptime />.', '<IncidentCount category="queued-emial" />'), file: REVIEW, field: /2026-06\.mdx:7 — <IncidentCount> — .*did you mean "queued-emails"/ },
  { name: 'a review component with an expression prop', edit: replace(REVIEW, 'Uptime was <Uptime />.', '<IncidentCount category={"queued-emails"} />'), file: REVIEW, field: /2026-06\.mdx:7 — \(MDX\)/ },
  { name: '<Target /> without an uptime target', edit: (dir) => { replace('site.yaml', 'uptimeTarget: 99.9\n', '')(dir); replace(REVIEW, 'Uptime was <Uptime />.', '<Target verdict />')(dir); }, file: REVIEW, field: '<Target>' },
  { name: '<ErrorBudget /> without an uptime target', edit: (dir) => { replace('site.yaml', 'uptimeTarget: 99.9\n', '')(dir); replace(REVIEW, 'Uptime was <Uptime />.', 'We used <ErrorBudget /> of the budget.')(dir); }, file: REVIEW, field: '<ErrorBudget>' },
  { name: 'a review component for a component not tracked yet', edit: write('reviews/2026-04.mdx', '---\nmonth: 2026-04\ntitle: April\npublished: 2026-05-08T10:00:00+02:00\n---\n\n<Uptime component="email" />\n'), file: 'reviews/2026-04.mdx', field: '<Uptime>' },
  { name: '<Downtime compare="nonsense" />', edit: replace(REVIEW, 'Uptime was <Uptime />.', '<Downtime compare="nonsense" />'), file: REVIEW, field: /2026-06\.mdx:7 — \(MDX\) — <Downtime compare="nonsense"> is not a choice/ },
  // The environment
  { name: 'STATUSBOOK_NOW that is not a date', edit: () => undefined, file: ENVIRONMENT, field: 'STATUSBOOK_NOW', now: 'yesterday' },
  { name: 'STATUSBOOK_NOW as a date only', edit: () => undefined, file: ENVIRONMENT, field: 'STATUSBOOK_NOW', now: '2026-11-18' },
  { name: 'STATUSBOOK_NOW as an epoch', edit: () => undefined, file: ENVIRONMENT, field: 'STATUSBOOK_NOW', now: '1763471700' },
  { name: 'STATUSBOOK_NOW without an offset', edit: () => undefined, file: ENVIRONMENT, field: 'STATUSBOOK_NOW', now: '2026-11-18T13:15:00' },
  { name: 'STATUSBOOK_NOW in the year 9999', edit: () => undefined, file: ENVIRONMENT, field: 'STATUSBOOK_NOW', now: '9999-01-01T00:00:00Z' },
  { name: 'STATUSBOOK_BASE to another host', edit: () => undefined, file: ENVIRONMENT, field: 'STATUSBOOK_BASE', base: '//evil.example' },
  { name: 'STATUSBOOK_BASE going up', edit: () => undefined, file: ENVIRONMENT, field: 'STATUSBOOK_BASE', base: '../x' },
  { name: 'STATUSBOOK_BASE as javascript:', edit: () => undefined, file: ENVIRONMENT, field: 'STATUSBOOK_BASE', base: 'javascript:alert(1)' },
  // Reviews
  { name: 'two reviews for one month', edit: write('reviews/june-again.md', '---\nmonth: 2026-06\ntitle: Again\npublished: 2026-07-09T10:00:00+02:00\n---\n'), file: 'reviews/june-again.md', field: 'month' },
  { name: 'a malformed review month', edit: replace(REVIEW, 'month: 2026-06', 'month: June 2026'), file: REVIEW, field: 'month' },
  { name: 'a review month 13', edit: replace(REVIEW, 'month: 2026-06', 'month: 2026-13'), file: REVIEW, field: 'month' },
  { name: 'a review published without an offset', edit: replace(REVIEW, 'published: 2026-07-08T10:00:00+02:00', 'published: 2026-07-08T10:00:00'), file: REVIEW, field: 'published' },
  // A typo rewrites history (issue 18): a year slip, impossible timelines
  { name: 'a file named for 2026-12-01 whose start slipped to 2025', edit: write('incidents/2026/2026-12-01-exports-failing.mdx', '---\ntitle: Exports failing\nimpact: major\nstart: 2025-12-01T22:40:00+01:00\ncomponents: [web-app]\n---\n\nExports fail.\n'), file: 'incidents/2026/2026-12-01-exports-failing.mdx', field: /2026-12-01-exports-failing\.mdx:4 — start — is on 2025-12-01 .* file name says 2026-12-01/, now: '', only: true },
  { name: 'an incident ongoing for a year (at the clock)', edit: write('incidents/exports-failing.mdx', '---\ntitle: Exports failing\nimpact: major\nstart: 2025-12-01T22:40:00+01:00\ncomponents: [web-app]\n---\n\nExports fail.\n'), file: 'incidents/exports-failing.mdx', field: /exports-failing\.mdx:4 — start — .*longRunning: true/, now: '', only: true },
  { name: 'an incident that lasted ten days', edit: replace(INCIDENT, 'end: 2026-06-04T09:24:00+02:00', 'end: 2026-06-14T09:24:00+02:00'), file: INCIDENT, field: /emails-queued\.md:4 — start — lasts 10 days/ },
  { name: 'an incident longer than longIncidentDays: 0.5', edit: (dir) => { appendFileSync(join(dir, 'site.yaml'), 'longIncidentDays: 0.5\n'); replace(INCIDENT, 'end: 2026-06-04T09:24:00+02:00', 'end: 2026-06-05T09:24:00+02:00')(dir); }, file: INCIDENT, field: /emails-queued\.md:4 — start — .*0\.5 days/ },
  { name: 'longIncidentDays that is not positive', edit: (dir) => appendFileSync(join(dir, 'site.yaml'), 'longIncidentDays: 0\n'), file: 'site.yaml', field: 'longIncidentDays' },
  { name: 'a misspelt longRunning', edit: replace(INCIDENT, 'category: queued-emails', 'category: queued-emails\nlongRuning: true'), file: INCIDENT, field: /longRuning — .*did you mean longRunning/ },
  { name: 'an update before the incident starts', edit: replace(INCIDENT, 'at: 2026-06-04T09:15:00+02:00', 'at: 2026-06-04T09:05:00+02:00'), file: INCIDENT, field: /emails-queued\.md:14 — updates\[0\]\.at — .*before the incident's start/ },
  { name: 'an update after the incident ends', edit: replace(INCIDENT, 'at: 2026-06-04T09:15:00+02:00', 'at: 2026-06-04T09:35:00+02:00'), file: INCIDENT, field: /updates\[0\]\.at — .*after the incident's end/ },
  { name: 'monitoring after resolved', edit: replace(INCIDENT, '    body: We are looking into delayed emails.\n', '    body: We are looking into delayed emails.\n  - at: 2026-06-04T09:20:00+02:00\n    status: resolved\n    body: Fixed.\n  - at: 2026-06-04T09:22:00+02:00\n    status: monitoring\n    body: Watching.\n'), file: INCIDENT, field: /updates\[2\]\.status — "monitoring" follows the "resolved" update .* write reopened: true on the update that reopens it, and move end to the final resolution/, only: true },
  { name: 'reopened: true with nothing resolved before it', edit: replace(INCIDENT, '    status: investigating\n', '    status: investigating\n    reopened: true\n'), file: INCIDENT, field: 'updates[0].reopened' },
  // Body links to pages the site does not have
  { name: 'a Markdown link to a misspelt incident page', edit: (dir) => appendFileSync(join(dir, INCIDENT), '\nSee the [post-mortem](/incidnets/emails-queued/).\n'), file: INCIDENT, field: /emails-queued\.md:21 — \(body\) — links to \/incidnets\/emails-queued\/.* — did you mean \/incidents\/emails-queued\/\?/, only: true },
  { name: 'an MDX link to a misspelt history month', edit: write('incidents/linked.mdx', mdxIncident('See [June](/history/2026-6/).\n')), file: 'incidents/linked.mdx', field: /linked\.mdx:9 — \(body\) — .*did you mean \/history\/2026-06\/\?/ },
  { name: 'a relative link to an incident that does not exist', edit: (dir) => appendFileSync(join(dir, INCIDENT), '\nSee [the other one](../emails-queud/).\n'), file: INCIDENT, field: /did you mean \/incidents\/emails-queued\/\?/ },
  { name: 'a link without the base path', edit: (dir) => appendFileSync(join(dir, INCIDENT), '\nSee [the review](/reviews/2026-06/).\n'), file: INCIDENT, field: /did you mean \/status\/reviews\/2026-06\/\?/, base: '/status' },
  { name: "a link to the site's own URL with a typo", edit: replace(REVIEW, 'Uptime was <Uptime />.', 'Uptime was <Uptime />. See [the list](https://status.fixture.example/revews/).'), file: REVIEW, field: /did you mean \/reviews\/\?/ },
  // Messages: one problem, one message, at its line
  { name: 'an unclosed quote in the title', edit: replace(INCIDENT, 'title: Emails queued', 'title: "Emails queued'), file: INCIDENT, field: /emails-queued\.md:2 — \(YAML\) — the quote \("\) that opens here is not closed/, only: true },
  { name: 'a tab inside updates', edit: replace(INCIDENT, '    status: investigating', '\t    status: investigating'), file: INCIDENT, field: /emails-queued\.md:15 — \(YAML\) — a tab indents this line; YAML indents with spaces/, only: true },
  { name: 'an empty frontmatter block', edit: write('incidents/empty.md', '---\n---\n\nBody.\n'), file: 'incidents/empty.md', field: /empty\.md:2 — \(frontmatter\) — is empty — .*title, impact, start, components/, only: true },
  { name: 'STATUSBOOK_CONTENT naming a file', edit: () => undefined, file: ENVIRONMENT, field: 'STATUSBOOK_CONTENT', contentPath: 'site.yaml', only: true },
  { name: 'a start without an offset in winter', edit: replace(INCIDENT, 'start: 2026-06-04T09:12:00+02:00', 'start: 2026-12-01T22:50:00'), file: INCIDENT, field: /start — .* write 2026-12-01T22:50:00\+01:00$/ },
  { name: 'a since without an offset in summer', edit: replace('components.yaml', '2026-05-01T00:00:00+02:00', '2026-05-01T00:00:00'), file: 'components.yaml', field: /\[1\]\.since — .* write 2026-05-01T00:00:00\+02:00$/ },
  { name: 'a published without an offset on a UTC site', edit: (dir) => { replace('site.yaml', 'Europe/Copenhagen', 'UTC')(dir); replace(REVIEW, 'published: 2026-07-08T10:00:00+02:00', 'published: 2026-07-08T10:00:00')(dir); }, file: REVIEW, field: /published — .* write 2026-07-08T10:00:00Z$/ },
  // MDX bodies
  { name: 'an MDX syntax error', edit: write('incidents/broken-body.mdx', mdxIncident('Text.\n\nAn unclosed expression { here.\n')), file: 'incidents/broken-body.mdx', field: /broken-body\.mdx:11 — \(MDX\)/ },
  { name: 'an unclosed MDX tag', edit: write('incidents/unclosed.mdx', mdxIncident('<div>\n\nNever closed.\n')), file: 'incidents/unclosed.mdx', field: '(MDX)' },
  { name: 'an MDX component that does not exist in a review', edit: replace(REVIEW, 'Uptime was <Uptime />.', 'Uptime was <Uptme />.'), file: REVIEW, field: /2026-06\.mdx:7 — \(MDX\) — <Uptme>.* — did you mean <Uptime \/>\?/ },
  { name: 'an MDX component in an incident body', edit: write('incidents/chart.mdx', mdxIncident('<Chart data="x" />\n')), file: 'incidents/chart.mdx', field: /chart\.mdx:9 — \(MDX\)/ },
];

/** The instant the fixtures are checked at, as runBuild's default. */
const FIXTURE_NOW = '2026-11-30T12:00:00Z';

/**
 * Cases that also run the whole build in a subprocess: one of each kind of failure (YAML,
 * bytes, files, the clock, the environment, MDX, a logo, a scaffold placeholder), for exit
 * codes and dist/ safety.
 */
const SUBPROCESS = new Set([
  'a YAML syntax error',
  'bytes that are not UTF-8',
  'a symbolic link loop',
  'an incident starting after the wall clock',
  'STATUSBOOK_NOW that is not a date',
  'STATUSBOOK_BASE to another host',
  'an MDX syntax error',
  'an SVG logo with a script',
  "an incident still holding the scaffold's placeholder",
]);

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

  it('has at least 90 cases', () => {
    console.log(`bad-content cases: ${cases.length}`);
    expect(cases.length).toBeGreaterThanOrEqual(90);
  });

  /** The one line that names the file and the field, among `lines`. */
  const lineFor = (lines: readonly string[], content: string, file: string, field: string | RegExp) => {
    const shown = file === ENVIRONMENT ? file : relative(process.cwd(), join(content, file));
    const line = lines.find((l) => l.includes(shown) && (typeof field === 'string' ? l.includes(` — ${field} — `) : field.test(l)));
    expect(line, `no line names ${shown} and ${String(field)}:\n${lines.join('\n')}`).toBeDefined();
    // A message says what to write instead: file — field — problem — fix, on one readable line.
    expect(line!.split(' — ').length).toBeGreaterThanOrEqual(4);
    expect(line!.length, line).toBeLessThan(400);
  };

  // Most cases run the content check in this process (what the build runs first, in milliseconds each).
  it.each(cases.filter((c) => !SUBPROCESS.has(c.name)))('$name is refused by the content check, naming the file and the field', ({ edit, file, field, now, base, contentPath, only }) => {
    const content = copyFixture('minimal');
    edit(content);
    const env = { STATUSBOOK_CONTENT: contentPath ? join(content, contentPath) : content, STATUSBOOK_BASE: base ?? '', ...(now === '' ? {} : { STATUSBOOK_NOW: now ?? FIXTURE_NOW }) };
    const { errors, content: checked } = checkContent(env);
    expect(checked).toBeUndefined();
    lineFor(errors.map(formatError), content, file, field);
    if (only) expect(errors.map(formatError)).toHaveLength(1);
    rmSync(join(content, '..'), { recursive: true, force: true });
  });

  // A few run the real build: a non-zero exit, no stack trace, and the published dist/ untouched.
  it.each(cases.filter((c) => SUBPROCESS.has(c.name)))('$name stops the build, naming the file and the field', ({ edit, file, field, now, base }) => {
    const content = copyFixture('minimal');
    edit(content);
    const result: BuildResult = runBuild({ content, out, ...(now === undefined ? {} : { now }), ...(base === undefined ? {} : { base }) });
    expect(result.status, result.output).not.toBe(0);
    expect(result.output, 'no stack trace').not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
    lineFor(result.output.split('\n'), content, file, field);
    expect(snapshot(out)).toEqual(distBefore);
    rmSync(join(content, '..'), { recursive: true, force: true });
  });

  it('runs every kind of case through the real build at least once', () => {
    expect([...SUBPROCESS].every((name) => cases.some((c) => c.name === name))).toBe(true);
    expect(SUBPROCESS.size).toBeGreaterThanOrEqual(8);
  });
});

function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(join(entry.parentPath, entry.name), readFileSync(join(entry.parentPath, entry.name), 'utf8'));
  }
  return files;
}
