/**
 * A cState site (a Hugo site with the cState theme) → our content. Reads `config.yml`
 * (`params.systems`, each with a `category`; `params.categories`) and the frontmatter and
 * text of `content/issues/*.md` (`severity` down / disrupted / notice, `affected`,
 * `resolved`, `resolvedWhen`, `informational`).
 *
 * cState writes dates without an offset; Hugo reads them in the config's `timeZone`
 * (UTC without one), and so does this.
 */
import { TZDate } from '@date-fns/tz';
import { LineCounter, parseDocument } from 'yaml';
import { excerpt, type ContentError } from '../input/errors.ts';
import { isTimeZone, parseTimestamp, plainText, type Component, type Impact } from '../input/schema.ts';
import { splitPage } from '../input/load.ts';
import {
  assignIds,
  ImportError,
  settleIncident,
  type ImportedComponent,
  type ImportedIncident,
  type ImportResult,
  type Loss,
} from './content.ts';

export interface CstateFiles {
  /** `config.yml`: its path as shown in messages, and its text. */
  config: { file: string; text: string };
  /** Every `content/issues/*.md`. */
  issues: ReadonlyArray<{ file: string; text: string }>;
}

export interface CstateOptions {
  timeZone: string;
  now: Date;
  existing: readonly Component[];
  /** site.yaml's `longIncidentDays`, when it sets one. */
  longIncidentDays?: number | undefined;
}

/** cState's severities; an informational post is a notice whatever its severity. */
export const SEVERITY_TO_IMPACT: Readonly<Record<string, Impact>> = { down: 'major', disrupted: 'partial', notice: 'none' };

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?$/;

/**
 * A Hugo front-matter date: with an offset as written, without one in `timeZone`.
 *
 * @example
 * hugoDate('2017-12-17 16:24:00', 'Europe/Copenhagen') //=> Date 2017-12-17T15:24:00Z
 * hugoDate('2024-12-27T09:43:40.482Z', 'UTC')          //=> Date 2024-12-27T09:43:40.482Z
 */
export function hugoDate(value: unknown, timeZone: string): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string') return undefined;
  const local = LOCAL_DATE.exec(value.trim());
  if (local) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '0'] = local;
    const ms = Math.round(Number(`0.${fraction}`) * 1000);
    const date = new TZDate(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms, timeZone);
    return Number.isNaN(date.getTime()) ? undefined : new Date(date.getTime());
  }
  const parsed = parseTimestamp(value);
  return typeof parsed === 'string' ? undefined : parsed;
}

interface Yaml {
  data: Record<string, unknown>;
  lineOf: (key: string) => number | undefined;
}

/** YAML text starting on line `firstLine + 1` of `file`, or a problem naming the line. */
function readYaml(text: string, file: string, firstLine: number, problems: ContentError[]): Yaml | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    problems.push({
      file,
      line: lineCounter.linePos(error.pos[0]).line + firstLine,
      field: '(YAML)',
      problem: `is not valid YAML: ${excerpt(error.message.split('\n')[0] ?? error.message)}`,
      fix: 'fix the YAML in the cState site (Hugo would refuse it too), then import again',
    });
    return undefined;
  }
  const data = doc.toJS({ maxAliasCount: 100 }) as unknown;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    problems.push({
      file,
      line: firstLine + 1,
      field: '(YAML)',
      problem: 'is not a list of fields',
      fix: 'write fields as "name: value" lines',
    });
    return undefined;
  }
  const lineOf = (key: string) => {
    const node = doc.get(key, true) as { range?: [number, number, number] } | undefined;
    return node?.range ? lineCounter.linePos(node.range[0]).line + firstLine : undefined;
  };
  return { data: data as Record<string, unknown>, lineOf };
}

const textOf = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? plainText(String(value)) : undefined;

/** Hugo shortcodes (`{{< track "…" >}}`) only cState's theme can render. */
const SHORTCODE = /\{\{[<%][\s\S]*?[%>]\}\}/g;

/** The systems and issues of a cState site as our components and incidents, with every loss noted. */
export function mapCstate(files: CstateFiles, options: CstateOptions): ImportResult {
  const problems: ContentError[] = [];
  const losses: Loss[] = [];
  const notices: string[] = [];
  const config = readYaml(files.config.text, files.config.file, 0, problems);
  if (!config) throw new ImportError(problems);
  const zoneSetting = textOf(config.data['timeZone']);
  const sourceZone = zoneSetting && isTimeZone(zoneSetting) ? zoneSetting : 'UTC';
  if (!zoneSetting)
    notices.push(`${files.config.file} sets no timeZone: dates without an offset are read as UTC, as Hugo reads them.`);

  const params = (config.data['params'] ?? {}) as Record<string, unknown>;
  const untitled = new Set(
    (Array.isArray(params['categories']) ? params['categories'] : [])
      .filter((c: Record<string, unknown>) => c?.['untitled'] === true)
      .map((c: Record<string, unknown>) => String(c['name'])),
  );
  const systems = (Array.isArray(params['systems']) ? params['systems'] : [])
    .map((s: Record<string, unknown>) => ({
      name: textOf(s?.['name']),
      description: textOf(s?.['description']),
      category: textOf(s?.['category']),
    }))
    .filter((s): s is { name: string; description: string | undefined; category: string | undefined } => Boolean(s.name));
  if (systems.length === 0) {
    problems.push({
      file: files.config.file,
      line: config.lineOf('params'),
      field: 'params.systems',
      problem: 'lists no systems',
      fix: 'point the import at the cState site folder, the one holding config.yml with params.systems',
    });
    throw new ImportError(problems);
  }
  const ids = assignIds(
    systems.map((s) => s.name),
    options.existing,
  );
  const components = systems.map((s): ImportedComponent => ({
    id: ids.get(s.name)!,
    name: s.name,
    description: s.description,
    group: s.category && !untitled.has(s.category) ? s.category : undefined,
  }));
  const byName = new Map(systems.map((s) => [s.name.toLowerCase(), ids.get(s.name)!]));
  const allIds = [...new Set([...options.existing.map((c) => c.id), ...components.map((c) => c.id)])];

  const incidents: ImportedIncident[] = [];
  for (const { file, text } of files.issues) {
    const incident = mapIssue(file, text, { zone: sourceZone, byName, problems, losses });
    if (incident)
      incidents.push(settleIncident(incident, { now: options.now, allIds, losses, longIncidentDays: options.longIncidentDays }));
  }
  if (problems.length > 0) throw new ImportError(problems);
  return { components, incidents, losses, notices };
}

function mapIssue(
  file: string,
  text: string,
  context: { zone: string; byName: ReadonlyMap<string, string>; problems: ContentError[]; losses: Loss[] },
): ImportedIncident | undefined {
  const { problems } = context;
  const note = (what: string) => context.losses.push({ item: file, note: what });
  const page = splitPage(text);
  if (!page) {
    problems.push({
      file,
      line: 1,
      field: '(frontmatter)',
      problem: 'has no frontmatter block at the top',
      fix: 'start the issue with a "---" line, its fields (title, date, severity, affected), then another "---" line',
    });
    return undefined;
  }
  const yaml = readYaml(page.frontmatter, file, 1, problems);
  if (!yaml) return undefined;
  const { data, lineOf } = yaml;
  const fail = (field: string, problem: string, fix: string) => {
    problems.push({ file, line: lineOf(field) ?? 2, field, problem, fix });
    return undefined;
  };
  if (data['draft'] === true) {
    note('is a draft: not imported');
    return undefined;
  }
  const title = textOf(data['title'])?.trim();
  if (!title) return fail('title', 'is missing', 'give the issue a title: line, e.g. title: Sign-in errors');
  const start = hugoDate(data['date'], context.zone);
  if (!start) {
    return fail(
      'date',
      `"${excerpt(String(data['date'] ?? ''))}" is not a date`,
      'write it as cState does, e.g. date: 2026-06-04 09:12:00',
    );
  }
  const informational = data['informational'] === true;
  const severity = textOf(data['severity']);
  let impact: Impact | undefined = informational ? 'none' : severity ? SEVERITY_TO_IMPACT[severity] : undefined;
  if (!impact) {
    note(`severity "${severity ?? ''}" has no counterpart: imported as none (listed, never counted)`);
    impact = 'none';
  }
  let end: Date | undefined;
  if (data['resolvedWhen'] !== undefined && data['resolvedWhen'] !== null && data['resolvedWhen'] !== '') {
    end = hugoDate(data['resolvedWhen'], context.zone);
    if (!end) {
      return fail(
        'resolvedWhen',
        `"${excerpt(String(data['resolvedWhen']))}" is not a date`,
        'write it like the date, e.g. resolvedWhen: 2026-06-04 09:40:00',
      );
    }
    if (end < start) {
      note('resolvedWhen is before its date: imported as ending when it began');
      end = start;
    }
  } else if (data['resolved'] === true || impact === 'none') {
    if (!informational) note('has no resolvedWhen: imported as ending when it began');
    end = start;
  }
  const affected = Array.isArray(data['affected']) ? data['affected'] : data['affected'] ? [data['affected']] : [];
  const components = affected.flatMap((name) => {
    const id = context.byName.get(String(name).toLowerCase());
    if (!id) note(`affected system "${String(name)}" is not in config.yml: left out`);
    return id ? [{ id }] : [];
  });
  const shortcodes = page.body.match(SHORTCODE);
  if (shortcodes) note(`its text has ${shortcodes.length} Hugo shortcode(s), removed (e.g. ${excerpt(shortcodes[0]!, 40)})`);
  const body = plainText(page.body.replace(SHORTCODE, ''))
    .replace(/[ \t]+$/gm, '')
    .trim();
  return {
    item: file,
    title,
    impact,
    start,
    end,
    components: [...new Map(components.map((c) => [c.id, c])).values()],
    updates: [],
    body,
  };
}
