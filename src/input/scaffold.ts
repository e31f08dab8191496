/**
 * Writing and editing content files for `npm run new`: new incidents, updates,
 * resolutions and review skeletons. Frontmatter is edited as a YAML document, so the
 * author's comments, order and style survive; the body is never touched.
 */
import { Document, isMap, isSeq, parseDocument, type Scalar, type YAMLMap } from 'yaml';
import { FRONTMATTER, type Impact, type UpdateStatus } from './schema.ts';
import { monthLabel } from '../format/figures.ts';

/**
 * A file-name slug from a title.
 *
 * @example
 * slugify('Emails queued on the job server!') //=> 'emails-queued-on-the-job-server'
 */
export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'incident'
  );
}

export interface NewIncident {
  title: string;
  impact: Impact;
  components: string[];
  category?: string | undefined;
  /** The start, already written as a timestamp with an offset. */
  start: string;
  /** The first update's text. */
  body: string;
  /** When the file is written, as a timestamp with an offset: a maintenance planned for later is announced then. */
  written: string;
}

/** The first update's status for an impact: maintenance is announced, the rest investigated. */
export const firstStatus = (impact: Impact): UpdateStatus => (impact === 'maintenance' ? 'scheduled' : 'investigating');

/**
 * The sentences the scaffold writes (review skeletons) or once wrote (incident bodies) for
 * authors to replace. The content check refuses to publish a body that still holds one; in
 * a draft or in content dated later, and under `npm run dev`, it is a warning.
 */
export const PLACEHOLDERS = {
  incident: 'What happened, who was affected, and what we are doing about it. Fill this in as you learn more.',
  maintenance: 'What will be done, and what customers may notice.',
  kind: 'What happened, what caused it, and what we are changing.',
  kinds: 'Describe each kind of incident: what happened, what caused it, what we are changing.',
  deployments: 'What we learned from incidents caused by releases, and links to post-mortems.',
  work: 'The longer-running work on performance and reliability, and how far it has come.',
  next: 'What we plan for next month.',
  summary: 'One sentence for lists and feeds about',
} as const;

/**
 * A complete incident file, publishable as written: frontmatter with a first update, dated at
 * the start, or when the file is written if that is earlier (a maintenance planned for next
 * week is announced at once), and an empty body. A comment says what the body is for; nothing
 * in the file is text for customers that the author still has to replace.
 *
 * @example
 * incidentFile({ …, impact: 'maintenance', start: '2026-12-09T06:00:00+01:00', written: '2026-12-01T10:00:00+01:00' })
 * // first update: { at: 2026-12-01T10:00:00+01:00, status: scheduled, … }
 */
export function incidentFile(incident: NewIncident): string {
  const announced = Date.parse(incident.written) < Date.parse(incident.start) ? incident.written : incident.start;
  const doc = new Document({
    title: incident.title,
    impact: incident.impact,
    start: incident.start,
    components: incident.components,
    ...(incident.category ? { category: incident.category } : {}),
    updates: [{ at: announced, status: firstStatus(incident.impact), body: incident.body }],
  });
  doc.commentBefore = ` ${BODY_HINT[incident.impact === 'maintenance' ? 'maintenance' : 'incident']}`;
  return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n`;
}

/** What an incident file's body is for, as a YAML comment: never published. */
const BODY_HINT = {
  incident:
    'Customers read the updates below. Once it is resolved, write what happened, who was\n affected and what we are changing below the closing "---" (the incident page shows it).',
  maintenance:
    'Customers read the updates below. Below the closing "---" you may add what will be done\n and what customers may notice (the maintenance page shows it).',
} as const;

/**
 * The command for the next step of an incident whose latest update has `status`, or
 * undefined once it is resolved or completed.
 *
 * @example
 * nextCommand('2026-06-04-emails-delayed', 'investigating')
 * //=> 'npm run new -- update 2026-06-04-emails-delayed --status identified --body "…"'
 */
export function nextCommand(slug: string, status: UpdateStatus): string | undefined {
  const update = (next: UpdateStatus) => `npm run new -- update ${slug} --status ${next} --body "…"`;
  switch (status) {
    case 'investigating':
      return update('identified');
    case 'identified':
      return update('monitoring');
    case 'scheduled':
      return update('in-progress');
    case 'monitoring':
    case 'in-progress':
      return `npm run new -- resolve ${slug} --body "…"`;
    case 'resolved':
    case 'completed':
      return undefined;
  }
}

function splitFile(text: string): { head: string; yaml: string; rest: string } {
  const match = FRONTMATTER.exec(text);
  if (!match || match.index !== 0) throw new Error('the file has no frontmatter block at the top');
  // `rest` keeps the closing "---" line and everything after it.
  return { head: match[1]!, yaml: match[2]!, rest: text.slice(match[1]!.length + match[2]!.length) };
}

function editFrontmatter(text: string, edit: (doc: Document.Parsed) => void): string {
  const { head, yaml, rest } = splitFile(text);
  const doc = parseDocument(yaml);
  if (doc.errors.length > 0) throw new Error(`the frontmatter is not valid YAML: ${doc.errors[0]!.message}`);
  if (!isMap(doc.contents)) throw new Error('the frontmatter is not a list of fields');
  edit(doc);
  return `${head}${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}${rest}`;
}

/** Sets `key` in the map, placing a new key right after `after` when that key exists. */
function setAfter(map: YAMLMap, doc: Document, key: string, value: unknown, after: string): void {
  if (map.has(key)) {
    map.set(key, value);
    return;
  }
  const pair = doc.createPair(key, value);
  const index = map.items.findIndex((item) => (item.key as { value?: unknown } | null)?.value === after);
  if (index < 0) map.items.push(pair);
  else map.items.splice(index + 1, 0, pair);
}

export interface NewUpdate {
  at: string;
  status: UpdateStatus;
  body: string;
}

/** The file with one more update at the end of its timeline. */
export function appendUpdate(text: string, update: NewUpdate): string {
  return editFrontmatter(text, (doc) => {
    const updates = doc.get('updates', true);
    const item = { at: update.at, status: update.status, body: update.body };
    if (isSeq(updates)) updates.items.push(doc.createNode(item));
    else setAfter(doc.contents as YAMLMap, doc, 'updates', [item], 'category');
  });
}

/** The file with `end` set and a closing update (`resolved`, or `completed` for maintenance). */
export function resolveIncident(text: string, resolution: { at: string; body: string }): string {
  const { yaml } = splitFile(text);
  const maintenance = parseDocument(yaml).get('impact') === 'maintenance';
  const ended = editFrontmatter(text, (doc) => {
    if (doc.get('end') !== undefined) throw new Error('the incident already has an end; edit it by hand if it is wrong');
    setAfter(doc.contents as YAMLMap, doc, 'end', resolution.at, 'start');
  });
  return appendUpdate(ended, { at: resolution.at, status: maintenance ? 'completed' : 'resolved', body: resolution.body });
}

/**
 * A review skeleton for `month`: the structure of a monthly review, with every figure an
 * embedded component that the build fills in. Nothing in it is a typed number. It is a
 * draft (`draft: true`), so its placeholders block no publish while it is being written.
 */
export function reviewSkeleton(
  month: string,
  options: { siteName: string; categories: readonly string[]; published: string; hasTarget: boolean },
): string {
  const label = monthLabel(month);
  const monthName = label.split(' ')[0];
  const sections = options.categories.length
    ? options.categories
        .map(
          (category) =>
            `### ${category.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase())}\n\n` +
            `<IncidentCount category="${category}" words noun="incident" />, lasting <DurationRange category="${category}" />.\n` +
            `${PLACEHOLDERS.kind}\n\n<IncidentList category="${category}" />\n`,
        )
        .join('\n')
    : `${PLACEHOLDERS.kinds}\n`;
  const doc = new Document({
    month,
    title: `How ${options.siteName} performed in ${label}`,
    published: options.published,
    summary: `${PLACEHOLDERS.summary} ${label}.`,
    draft: true,
  });
  // A draft never blocks a publish: its placeholders are warnings until the line goes.
  (doc.get('draft', true) as Scalar).comment = ' remove this line to publish the review';
  return `---
${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---

## Uptime and incidents

In ${monthName} our average uptime was <Uptime />${options.hasTarget ? ', <Target verdict />' : ''}. Downtime came to
<Downtime compare="previous" />. We had <IncidentCount noun="incident" />, in
<CategoryCount noun="kind" />.

## What went wrong

${sections}
## Deployments and post-mortems

${PLACEHOLDERS.deployments}

## Speed and stability

${PLACEHOLDERS.work}

## What comes next

${PLACEHOLDERS.next}
`;
}
