/**
 * `npm run new -- <what>`: writes content for you, interactively or from flags.
 *
 *   npm run new -- incident                      asks for title, impact, components, category, start
 *   npm run new -- incident --title "API errors" --impact partial --components api,web-app
 *                  [--category c] [--start ISO] [--body text]
 *   npm run new -- update <slug> --status monitoring --body "text" [--at ISO]
 *   npm run new -- resolve <slug> [--body text] [--at ISO]
 *   npm run new -- review 2026-06
 *
 * After writing, the whole content folder is checked exactly as `npm run build` checks it, at
 * the clock: when the result would not publish, the folder is left as it was, the check's
 * messages are printed and the exit code is 1. Then it prints the command for the next step.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import * as prompt from '@clack/prompts';
import {
  IMPACTS,
  MONTH,
  SLUG,
  UNCATEGORISED,
  UPDATE_STATUSES,
  parseTimestamp,
  type Impact,
  type UpdateStatus,
} from '../src/input/schema.ts';
import { contentDirectory } from '../src/input/environment.ts';
import { loadContent } from '../src/input/load.ts';
import { checkContent } from '../src/input/check.ts';
import { didYouMean, formatError, formatErrors } from '../src/input/errors.ts';
import { IMPACT_LABELS } from '../src/model/vocabulary.ts';
import {
  appendUpdate,
  firstStatus,
  incidentFile,
  nextCommand,
  resolveIncident,
  reviewSkeleton,
  slugify,
} from '../src/input/scaffold.ts';
import { buildSiteModel } from '../src/model/site.ts';
import { localTimestamp, monthOf } from '../src/engine/time.ts';
import { parseCommandLine, UsageError } from './args.ts';

const USAGE = `Usage:
  npm run new -- incident [--title T --impact I --components a,b [--category C] [--start ISO] [--body B]]
  npm run new -- update <slug> --status <status> --body <text> [--at ISO]
  npm run new -- resolve <slug> [--body <text>] [--at ISO]
  npm run new -- review <YYYY-MM>`;

const { values: flags, positionals } = parseCommandLine(
  'npm run new -- incident | update <slug> | resolve <slug> | review <YYYY-MM> (npm run new -- --help lists the options)',
  {
    allowPositionals: true,
    options: {
      title: { type: 'string' },
      impact: { type: 'string' },
      components: { type: 'string' },
      category: { type: 'string' },
      start: { type: 'string' },
      at: { type: 'string' },
      status: { type: 'string' },
      body: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  },
);

const dir = contentDirectory();
const loaded = loadContent(dir);
if (!loaded.content) {
  console.error(formatErrors(loaded.errors));
  process.exit(1);
}
const content = loaded.content;
const zone = content.site.timezone;
const now = () => localTimestamp(new Date(), zone);
const show = (path: string) => relative(process.cwd(), path);

function timestampFlag(value: string | undefined, name: string): string {
  if (value === undefined) return now();
  const parsed = parseTimestamp(value);
  if (typeof parsed === 'string') throw new UsageError(`--${name} ${parsed}`);
  return value;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], name: string): T {
  if (value && (allowed as readonly string[]).includes(value)) return value as T;
  const guess = value ? didYouMean(value, allowed) : undefined;
  throw new UsageError(`--${name} must be one of ${allowed.join(', ')}${guess ? ` (did you mean "${guess}"?)` : ''}`);
}

function incidentPath(slug: string): string {
  const matches = content.incidents.filter((incident) => incident.slug === slug);
  if (matches.length === 1) return matches[0]!.source.file;
  const guess = didYouMean(
    slug,
    content.incidents.map((incident) => incident.slug),
  );
  throw new UsageError(`No incident "${slug}" in ${dir}/incidents/${guess ? `; did you mean "${guess}"?` : ''}`);
}

/**
 * Writes `text` to `path`, then runs the build's content check on the whole folder at the
 * clock. When the result would not publish, the folder is put back as it was and the
 * check's messages are the error; its warnings about the file are printed.
 */
function writeChecked(path: string, text: string, verb: string): void {
  const previous = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  // The first folder this creates (e.g. a new year's), so that a refusal can remove it again.
  const createdFolder = mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  // What `npm run build` would check next: the environment, then every file, at the clock.
  const { errors, warnings } = checkContent({ ...process.env, STATUSBOOK_NOW: '' });
  if (errors.length > 0) {
    // Leave the content folder exactly as it was: no empty file, no new folder.
    if (previous !== undefined) writeFileSync(path, previous);
    else rmSync(createdFolder ?? path, { recursive: true, force: true });
    throw new UsageError(
      `${formatErrors(errors)}\n${previous === undefined ? 'No file was written.' : 'The file was not changed.'}`,
    );
  }
  console.log(`${verb} ${show(path)}`);
  for (const warning of warnings) if (warning.file === show(path)) console.warn(`warning: ${formatError(warning)}`);
}

/** Prints what to run next, if anything. */
function next(command: string | undefined): void {
  if (command) console.log(`Next: ${command}`);
}

async function ask<T>(value: Promise<T>): Promise<Exclude<T, symbol>> {
  const answer = await value;
  if (prompt.isCancel(answer)) {
    prompt.cancel('Nothing was written.');
    process.exit(130);
  }
  return answer as Exclude<T, symbol>;
}

async function newIncident(): Promise<void> {
  const componentIds = content.components.map((c) => c.id);
  const categories = [...new Set(content.incidents.map((i) => i.category).filter((c) => c !== undefined))].sort();
  const interactive = flags.title === undefined && process.stdin.isTTY;
  let title: string, impact: Impact, components: string[], category: string | undefined, start: string, body: string;
  if (interactive) {
    prompt.intro('New incident');
    title = await ask(
      prompt.text({
        message: 'Title, as customers will read it',
        placeholder: 'Emails queued on the job server',
        validate: (v) => (v?.trim() ? undefined : 'A title is required'),
      }),
    );
    impact = await ask(
      prompt.select<Impact>({
        message: 'Impact',
        initialValue: 'partial',
        options: IMPACTS.map((value) => ({ value, label: IMPACT_LABELS[value], hint: value })),
      }),
    );
    components = await ask(
      prompt.multiselect<string>({
        message: 'Affected components (space to select)',
        options: content.components.map((c) => ({ value: c.id, label: c.name, hint: c.id })),
        required: true,
      }),
    );
    const typed = await ask(
      prompt.text({
        message: 'Category (optional)',
        placeholder: categories.length ? `e.g. ${categories.slice(0, 4).join(', ')}` : 'queued-emails',
        validate: (v) => (!v || SLUG.test(v) ? undefined : 'Lowercase letters, digits and hyphens'),
      }),
    );
    category = typed?.trim() || undefined;
    start = await ask(
      prompt.text({
        message: `Start (${zone})`,
        initialValue: now(),
        validate: (v) => {
          const p = parseTimestamp(v ?? '');
          return typeof p === 'string' ? p : undefined;
        },
      }),
    );
    body = await ask(
      prompt.text({
        message: `First update (${firstStatus(impact)})`,
        initialValue:
          impact === 'maintenance' ? 'We will carry out planned maintenance.' : 'We are investigating reports of problems.',
      }),
    );
  } else {
    if (!flags.title) throw new UsageError('--title is required when not asking interactively');
    title = flags.title;
    impact = oneOf(flags.impact, IMPACTS, 'impact');
    components = (flags.components ?? '')
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean);
    if (components.length === 0) throw new UsageError(`--components is required: one or more of ${componentIds.join(', ')}`);
    for (const id of components) {
      if (!componentIds.includes(id)) {
        const guess = didYouMean(id, componentIds);
        throw new UsageError(
          `--components: "${id}" is not a component${guess ? `; did you mean "${guess}"?` : `; use ${componentIds.join(', ')}`}`,
        );
      }
    }
    category = flags.category;
    start = timestampFlag(flags.start, 'start');
    body =
      flags.body ??
      (impact === 'maintenance' ? 'We will carry out planned maintenance.' : 'We are investigating reports of problems.');
  }
  const day = monthOf(Date.parse(start), zone).slice(0, 4);
  const date = localTimestamp(new Date(Date.parse(start)), zone).slice(0, 10);
  let slug = `${date}-${slugify(title)}`;
  for (let n = 2; content.incidents.some((i) => i.slug === slug); n++) slug = `${date}-${slugify(title)}-${n}`;
  const path = join(dir, 'incidents', day, `${slug}.mdx`);
  writeChecked(path, incidentFile({ title, impact, components, category, start, body, written: now() }), 'Wrote');
  const command = nextCommand(slug, firstStatus(impact));
  if (interactive) prompt.outro(`Next: ${command}`);
  else next(command);
}

function update(slug: string | undefined): void {
  if (!slug) throw new UsageError('Name the incident: npm run new -- update <slug> --status … --body …');
  const path = incidentPath(slug);
  const status = oneOf<UpdateStatus>(flags.status, UPDATE_STATUSES, 'status');
  if (!flags.body) throw new UsageError('--body is required: what customers are told');
  writeChecked(
    path,
    appendUpdate(readFileSync(path, 'utf8'), { at: timestampFlag(flags.at, 'at'), status, body: flags.body }),
    'Updated',
  );
  next(nextCommand(slug, status) ?? postmortemHint(path));
}

/** After the last update: where the account of what happened and the post-mortem link go. */
function postmortemHint(path: string): string {
  return `write what happened below the closing "---" of ${show(path)}, and add "postmortem: https://…" to its frontmatter once the post-mortem is written`;
}

function resolve(slug: string | undefined): void {
  if (!slug) throw new UsageError('Name the incident: npm run new -- resolve <slug>');
  const path = incidentPath(slug);
  const text = readFileSync(path, 'utf8');
  const body = flags.body ?? 'This incident has been resolved.';
  let resolved: string;
  try {
    resolved = resolveIncident(text, { at: timestampFlag(flags.at, 'at'), body });
  } catch (error) {
    throw new UsageError(`${show(path)}: ${(error as Error).message}`);
  }
  writeChecked(path, resolved, 'Resolved');
  next(postmortemHint(path));
}

function review(month: string | undefined): void {
  if (!month || !MONTH.test(month)) throw new UsageError('Name the month as YYYY-MM: npm run new -- review 2026-06');
  const existing = content.reviews.find((r) => r.month === month);
  if (existing) throw new UsageError(`${month} already has a review: ${existing.source.file}`);
  const model = buildSiteModel(content, new Date());
  const report = model.reportByMonth.get(month);
  const categories = (report?.categories ?? []).map((c) => c.category).filter((c) => c !== UNCATEGORISED);
  const path = join(dir, 'reviews', `${month}.mdx`);
  if (existsSync(path)) throw new UsageError(`${show(path)} already exists`);
  writeChecked(
    path,
    reviewSkeleton(month, {
      siteName: content.site.name,
      categories,
      published: now(),
      hasTarget: content.site.uptimeTarget !== undefined,
    }),
    'Wrote',
  );
  console.log(
    `It is a draft: its placeholders block no publish, and \`npm run dev\` previews it. Write it, then remove the line "draft: true" from ${show(path)} to publish it (on its "published:" date).`,
  );
}

try {
  const [what, target] = positionals;
  if (flags.help || !what) {
    console.log(USAGE);
  } else if (what === 'incident') {
    await newIncident();
  } else if (what === 'update') {
    update(target);
  } else if (what === 'resolve') {
    resolve(target);
  } else if (what === 'review') {
    review(target);
  } else {
    throw new UsageError(`Unknown "${what}".\n${USAGE}`);
  }
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(error.message);
  process.exit(1);
}
