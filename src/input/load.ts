/**
 * Reads `content/` from disk and parses every file through the schemas in
 * `src/input/schema.ts`, collecting every error with its file, line and field rather than
 * stopping at the first. Used by the content check that runs before each build and by
 * the build's model, so both see exactly the same data.
 *
 * YAML is read as YAML 1.2, where an unquoted timestamp stays text: the schema then
 * sees `2026-06-04T09:12:00` as written and can reject the missing offset.
 */
import { lstatSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import {
  FRONTMATTER,
  LOGO_FILE,
  REVIEW_COMPONENTS,
  componentsSchema,
  incidentSchema,
  reviewSchema,
  siteSchema,
} from './schema.ts';
import { logoProblem } from './logo.ts';
import { PLACEHOLDERS } from './scaffold.ts';
import { isPublishedAt } from '../engine/as-of.ts';
import { checkMarkdownBody, checkMdxBody, unclosedLinks } from './mdx.ts';
import { excerpt, type ContentError, type Source } from './errors.ts';
import { describeIssues, type DescribeOptions } from './issues.ts';
import {
  validateContent,
  type LoadedContent,
  type LoadedIncident,
  type BodyLink,
  type ComponentUse,
  type LoadedReview,
  type ValidateOptions,
} from './validate.ts';

export interface LoadResult {
  /** What parsed, once site.yaml and components.yaml did: files with errors are left out. */
  content?: LoadedContent | undefined;
  errors: ContentError[];
  /** What builds but not as written (e.g. HTML the sanitizer strips from a Markdown body). */
  warnings: ContentError[];
}

export interface ValidResult {
  /** The content, only when there is no error at all. */
  content?: LoadedContent | undefined;
  /** What parsed, errors or not (e.g. for warnings). */
  parsed?: LoadedContent | undefined;
  errors: ContentError[];
  warnings: ContentError[];
}

const PAGE_EXTENSIONS = /\.(md|mdx)$/;
/** Larger files are almost always a pasted log; they would slow every build. */
export const MAX_FILE_BYTES = 1024 * 1024;
const REVIEW_ALLOWED: ReadonlySet<string> = new Set(REVIEW_COMPONENTS);
/** Incident pages pass no components to their bodies. */
const NO_COMPONENTS: ReadonlySet<string> = new Set();

/**
 * Loads the content folder `dir` through the schemas (cross-file rules live in
 * `src/input/validate.ts`). Returns what parsed together with every error found.
 */
export interface LoadOptions extends ValidateOptions {
  /** Parse MDX bodies for syntax errors and unknown components (default true). */
  checkBodies?: boolean;
  /**
   * What the scaffold's placeholder sentences are. `'published'` (default): errors in what a
   * build at `asOf` publishes, warnings in the rest (drafts, scheduled reviews, maintenance
   * not yet announced) until it would appear; see `isPublishedAt`. `'warning'`: warnings
   * everywhere (the dev server's preview, while the author is still writing).
   */
  placeholders?: 'published' | 'warning';
  /** The build's instant, for `placeholders: 'published'`; without it every placeholder is an error. */
  asOf?: Date | undefined;
}

export function loadContent(dir: string, { checkBodies = true, placeholders = 'published', asOf }: LoadOptions = {}): LoadResult {
  const errors: ContentError[] = [];
  const warnings: ContentError[] = [];
  const root = resolve(dir);
  const show = (path: string) => relative(process.cwd(), path) || path;

  const readYaml = <S extends z.ZodType>(path: string, schema: S, options?: DescribeOptions) => {
    const parsed = parseYamlFile(path, show(path), 0, errors);
    return parsed && validate(schema, parsed.data, parsed.source, errors, options);
  };

  const files = scanContent(root, show, errors);
  // Without a folder every file would be "missing": the one problem is the folder.
  if (!files) return { errors, warnings };
  /** Placeholders block a publish only in what would be published (or in a file that does not parse). */
  const unfinished = (found: readonly ContentError[], item: LoadedIncident | LoadedReview | undefined) => {
    if (placeholders === 'warning') warnings.push(...found);
    else if (item === undefined || asOf === undefined || isPublishedAt(item, asOf)) errors.push(...found);
    else {
      const why = item.draft ? 'not published while it is a draft' : 'not published yet';
      warnings.push(...found.map((error) => ({ ...error, problem: `${error.problem} (${why}: an error once it is)` })));
    }
  };
  const siteFile = join(root, 'site.yaml');
  const componentsFile = join(root, 'components.yaml');
  for (const required of [siteFile, componentsFile]) {
    if (!files.yaml.has(required)) {
      errors.push({
        file: show(required),
        field: '(file)',
        problem: 'is missing',
        fix: `create it; see docs/authoring.md for its fields`,
      });
    }
  }
  const site = files.yaml.has(siteFile) ? readYaml(siteFile, siteSchema) : undefined;
  // Messages about a timestamp without an offset suggest the site zone's offset at that time.
  const zone: DescribeOptions = { timeZone: site?.value.timezone };
  const components = files.yaml.has(componentsFile) ? readYaml(componentsFile, componentsSchema, zone) : undefined;

  const incidents: LoadedIncident[] = [];
  for (const path of files.incidents) {
    const page = parsePage(path, show(path), errors, warnings, checkBodies ? 'incident' : undefined);
    const data = page && validate(incidentSchema, page.data, page.source, errors, zone, '(frontmatter)');
    const incident = data && { ...data.value, slug: slugOf(path), source: page.source, links: page.links };
    if (page) unfinished(page.placeholders, incident);
    if (incident) incidents.push(incident);
  }

  const reviews: LoadedReview[] = [];
  for (const path of files.reviews) {
    const page = parsePage(path, show(path), errors, warnings, checkBodies ? 'review' : undefined);
    const data = page && validate(reviewSchema, page.data, page.source, errors, zone, '(frontmatter)');
    const slug = slugOf(path);
    const review = data && {
      ...data.value,
      slug,
      locale: translationLocale(slug),
      source: page.source,
      uses: page.uses,
      links: page.links,
    };
    if (page && review?.summary?.startsWith(PLACEHOLDERS.summary)) {
      page.placeholders.push({
        file: page.source.file,
        line: page.source.lineOf(['summary']),
        field: 'summary',
        problem: "is still the scaffold's placeholder",
        fix: 'write one sentence about the month, or remove the summary line',
      });
    }
    if (page) unfinished(page.placeholders, review);
    if (review) reviews.push(review);
  }

  checkLogo(root, site?.value.logo, site?.source, files.images, show, errors);
  if (!site || !components) return { errors, warnings };
  const content: LoadedContent = {
    site: site.value,
    siteSource: site.source,
    components: components.value,
    componentsSource: components.source,
    incidents,
    reviews,
  };
  return { content, errors, warnings };
}

/** The logo site.yaml names must exist and be a safe image; an image it does not name is not read. */
function checkLogo(
  root: string,
  logo: string | undefined,
  source: Source | undefined,
  images: ReadonlySet<string>,
  show: (path: string) => string,
  errors: ContentError[],
): void {
  // Without a valid site.yaml there is nothing to compare with: its own error is reported.
  if (source === undefined) return;
  const named = logo === undefined ? undefined : join(root, logo);
  for (const path of images) {
    if (path !== named) {
      errors.push({
        file: show(path),
        field: '(file)',
        problem: 'is not read by Statusbook: site.yaml names no logo, or another one',
        fix: `name it in site.yaml (logo: ${path.split(sep).at(-1)}), or move it out of content/`,
      });
    }
  }
  if (named === undefined) return;
  const at = { file: source.file, line: source.lineOf(['logo']), field: 'logo' };
  if (!images.has(named)) {
    errors.push({
      ...at,
      problem: `names ${logo}, which is not in the content folder`,
      fix: `put ${logo} next to site.yaml, or remove the logo line`,
    });
    return;
  }
  const problem = logoProblem(logo!, readFileSync(named));
  if (problem) errors.push({ ...at, problem: `${logo} ${problem}`, fix: 'export the logo again as a plain SVG, PNG or WebP' });
}

/** The incident files of the content folder `dir`, in a stable order (errors are the content check's to report). */
export function incidentFiles(dir: string): string[] {
  return scanContent(resolve(dir), (path) => path, [])?.incidents ?? [];
}

/** The review files of the content folder `dir`, in a stable order. */
export function reviewFiles(dir: string): string[] {
  return scanContent(resolve(dir), (path) => path, [])?.reviews ?? [];
}

/** A page's text split into its frontmatter and its body, or undefined without frontmatter. */
export function splitPage(text: string): { frontmatter: string; body: string; bodyLine: number } | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match || match.index !== 0) return undefined;
  return {
    frontmatter: match[2] ?? '',
    body: text.slice(match[0].length + 1),
    bodyLine: text.slice(0, match[0].length).split('\n').length + 1,
  };
}

/**
 * The language of a review translation, from its file name (section 10): `2026-06.da.mdx` is
 * the Danish review of June; `2026-06.mdx` is the original (undefined).
 *
 * @example
 * translationLocale('2026-06.da') //=> 'da'
 */
export function translationLocale(slug: string): string | undefined {
  return /\.([a-z]{2,3})$/.exec(slug)?.[1];
}

/** The slug of a page: its file name without the extension. */
export function slugOf(path: string): string {
  return (path.split(sep).at(-1) ?? path).replace(PAGE_EXTENSIONS, '');
}

/** Files every operating system or editor may leave in a folder; never content. */
const IGNORED = /^(?:\..*|Thumbs\.db|desktop\.ini|.*~)$/;

interface ContentFiles {
  /** site.yaml and components.yaml, when present as regular files. */
  yaml: Set<string>;
  /** Image files beside site.yaml: a logo, if site.yaml names it. */
  images: Set<string>;
  incidents: string[];
  reviews: string[];
}

type Kind = 'file' | 'folder';

/**
 * Every file of the content folder `root`, sorted, each checked to be one Statusbook reads:
 * `site.yaml`, `components.yaml`, incident pages (`.md`, `.mdx`) anywhere under `incidents/`,
 * review pages directly in `reviews/`. Anything else is an error naming it (a skipped file
 * would silently drop an outage from every figure), except names starting with a dot,
 * `Thumbs.db`, `desktop.ini` and names ending in `~`. Only regular files are read: a symbolic
 * link must stay inside `root`, and a FIFO or device is refused, so no file can make the
 * check hang or read outside the content. Undefined when `root` is not a folder (reported).
 */
function scanContent(root: string, show: (path: string) => string, errors: ContentError[]): ContentFiles | undefined {
  const files: ContentFiles = { yaml: new Set(), images: new Set(), incidents: [], reviews: [] };
  const fail = (path: string, problem: string, fix: string, field = '(file)') =>
    errors.push({ file: show(path), field, problem, fix });
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    fail(root, 'does not exist', 'create it, or set STATUSBOOK_CONTENT to the folder holding site.yaml', '(folder)');
    return undefined;
  }
  if (!statSync(realRoot).isDirectory()) {
    errors.push({
      file: '(environment)',
      field: 'STATUSBOOK_CONTENT',
      problem: `names ${show(root)}, which is a file, not a folder`,
      fix: 'set STATUSBOOK_CONTENT to the folder holding site.yaml (e.g. content), or leave it unset',
    });
    return undefined;
  }
  const inside = (real: string) => real === realRoot || real.startsWith(`${realRoot}${sep}`);

  /** What `path` is once links are followed, or undefined when it cannot be read (and was reported). */
  const kindOf = (path: string): Kind | undefined => {
    if (lstatSync(path).isSymbolicLink()) {
      let real: string;
      try {
        real = realpathSync(path);
      } catch {
        fail(path, 'is a broken symbolic link', 'remove it or fix its target');
        return undefined;
      }
      if (!inside(real)) {
        fail(
          path,
          'is a symbolic link to something outside the content folder',
          'replace the link with the file itself (git stores symbolic links, so a link in a pull request could point anywhere)',
        );
        return undefined;
      }
    }
    const target = statSync(path);
    if (target.isDirectory()) return 'folder';
    if (target.isFile()) return 'file';
    fail(path, 'is not a regular file (a FIFO, socket or device)', 'remove it: content is text files only');
    return undefined;
  };

  const pages = (dir: string, recursive: boolean, into: string[], seen: ReadonlySet<string>): void => {
    const real = realpathSync(dir);
    if (seen.has(real)) {
      fail(dir, 'is a symbolic link back into a folder already read (a loop)', 'remove the link', '(folder)');
      return;
    }
    const within = new Set(seen).add(real);
    for (const name of readdirSync(dir).sort()) {
      if (IGNORED.test(name)) continue;
      const path = join(dir, name);
      const kind = kindOf(path);
      if (kind === 'folder') {
        if (recursive) pages(path, true, into, within);
        else fail(path, 'is a folder inside reviews/, which is not read', 'move its reviews up into reviews/', '(folder)');
      } else if (kind === 'file') {
        if (PAGE_EXTENSIONS.test(name)) into.push(path);
        else if (/\.(md|mdx|markdown)$/i.test(name))
          fail(
            path,
            'is not read: only the extensions .md and .mdx, in lowercase, are',
            `rename it to ${name.replace(/\.[^.]+$/, (ext) => (ext.toLowerCase() === '.mdx' ? '.mdx' : '.md'))}`,
          );
        else fail(path, 'is not read: this folder holds .md and .mdx pages only', 'move it out of content/');
      }
    }
  };

  for (const name of readdirSync(root).sort()) {
    if (IGNORED.test(name)) continue;
    const path = join(root, name);
    const kind = kindOf(path);
    if (kind === 'folder' && (name === 'incidents' || name === 'reviews')) {
      pages(path, name === 'incidents', name === 'incidents' ? files.incidents : files.reviews, new Set([realRoot]));
    } else if (kind === 'file' && (name === 'site.yaml' || name === 'components.yaml')) {
      files.yaml.add(path);
    } else if (kind === 'file' && LOGO_FILE.test(name)) {
      files.images.add(path);
    } else if (kind !== undefined) {
      fail(
        path,
        'is not read by Statusbook',
        'content/ holds site.yaml, components.yaml, a logo, incidents/ and reviews/ only: move it elsewhere (names starting with "." are ignored)',
      );
    }
  }
  return files;
}

function readText(path: string, file: string, errors: ContentError[]): string | undefined {
  const bytes = statSync(path).size;
  if (bytes > MAX_FILE_BYTES) {
    errors.push({
      file,
      field: '(file)',
      problem: `is ${(bytes / 1024 / 1024).toFixed(1)} MB; content files may be at most ${MAX_FILE_BYTES / 1024 / 1024} MB`,
      fix: 'shorten it: link to long logs or data instead of pasting them',
    });
    return undefined;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
  } catch {
    errors.push({
      file,
      field: '(file)',
      problem: 'is not valid UTF-8 text',
      fix: 'save the file as UTF-8 (most editors offer this under "Save with encoding")',
    });
    return undefined;
  }
}

interface Parsed {
  data: unknown;
  source: Source;
  /** The review components an MDX body uses. */
  uses?: ComponentUse[] | undefined;
  /** The links of the body, checked against the site's pages once all content is read. */
  links?: BodyLink[] | undefined;
}

/** A page: its frontmatter parsed, and the scaffold placeholders its body still holds. */
interface ParsedPage extends Parsed {
  placeholders: ContentError[];
}

function parseYamlFile(path: string, file: string, firstLine: number, errors: ContentError[]): Parsed | undefined {
  const text = readText(path, file, errors);
  return text === undefined ? undefined : parseYaml(text, file, firstLine, errors);
}

/** Parses YAML text that starts on line `firstLine + 1` of `file`. */
function parseYaml(text: string, file: string, firstLine: number, errors: ContentError[]): Parsed | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    errors.push(
      ...yamlProblems(
        text,
        doc.errors.map((error) => ({
          code: error.code,
          message: error.message,
          line: lineCounter.linePos(error.pos[0]).line,
        })),
      ).map((problem) => ({ file, field: '(YAML)', ...problem, line: problem.line + firstLine })),
    );
    return undefined;
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // yaml refuses to expand aliases past the limit ("billion laughs"): report it, not a stack trace.
    errors.push({
      file,
      line: firstLine + 1,
      field: '(YAML)',
      problem: `could not be read: ${excerpt((error as Error).message)}`,
      fix: 'write the values out instead of using YAML anchors (&name) and aliases (*name)',
    });
    return undefined;
  }
  return { data, source: { file, lineOf: lazyLineFinder(text, firstLine) } };
}

const YAML_FIX = 'fix the YAML syntax: indent with spaces, put a space after each colon, and quote text containing ": " or "#"';

/** A syntax error as the YAML parser reports it, at a 1-based line of the YAML text. */
interface YamlError {
  code: string;
  message: string;
  line: number;
}

/**
 * The parser's syntax errors as one message per problem, at the line the author must
 * change: a tab used as indentation is reported once, at its line, without the errors it
 * causes further down; a quote that is never closed is reported where it opens, not at the
 * end of the block where the parser gave up. Other errors: the first one on each line.
 *
 * @example
 * yamlProblems('title: "Emails delayed\nimpact: partial\n', [{ code: 'MISSING_CHAR', message: 'Missing closing "quote', line: 3 }])
 * //=> [{ line: 1, problem: 'the quote (") that opens here is not closed', fix: 'end the text with " on the same line, …' }]
 */
export function yamlProblems(text: string, found: readonly YamlError[]): { line: number; problem: string; fix: string }[] {
  const lines = text.split('\n');
  // The parser names some tabs; others it only trips over later. Either way the tab is the problem.
  const last = Math.max(...found.map((error) => error.line));
  const tabs = new Set([
    ...found.filter((error) => error.code === 'TAB_AS_INDENT').map((error) => error.line),
    ...lines.flatMap((line, index) => (index < last && /^[ ]*\t/.test(line) ? [index + 1] : [])),
  ]);
  if (tabs.size > 0) {
    return [...tabs]
      .sort((a, b) => a - b)
      .map((line) => ({
        line,
        problem: 'a tab indents this line; YAML indents with spaces',
        fix: 'replace the tab with spaces, lined up with the line above',
      }));
  }
  const seen = new Set<number>();
  return found.flatMap((error) => {
    if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) {
      const opened = unclosedQuote(lines, error.line);
      if (opened) {
        return [
          {
            line: opened.line,
            problem: `the quote (${opened.quote}) that opens here is not closed`,
            fix: `end the text with ${opened.quote} on the same line, or remove the opening ${opened.quote}`,
          },
        ];
      }
    }
    if (seen.has(error.line)) return [];
    seen.add(error.line);
    return [{ line: error.line, problem: error.message.split('\n')[0] ?? error.message, fix: YAML_FIX }];
  });
}

/** The last line at or before `before` whose value opens a quote that the line does not close. */
function unclosedQuote(lines: readonly string[], before: number): { line: number; quote: string } | undefined {
  for (let index = Math.min(before, lines.length) - 1; index >= 0; index--) {
    const match = /^\s*(?:-\s+)?(?:[^\s"'#][^:#]*:\s+)?(["'])(.*)$/.exec(lines[index] ?? '');
    if (!match) continue;
    const [, quote = '', rest = ''] = match;
    const closed = quote === '"' ? rest.replace(/\\./g, '').includes('"') : rest.replace(/''/g, '').includes("'");
    if (!closed) return { line: index + 1, quote };
  }
  return undefined;
}

/**
 * Finds lines by re-parsing the YAML the first time a line is asked for. Only errors ask,
 * so a build of thousands of valid files keeps no syntax trees in memory.
 */
function lazyLineFinder(text: string, firstLine: number): Source['lineOf'] {
  let find: Source['lineOf'] | undefined;
  return (path) => {
    if (!find) {
      const lineCounter = new LineCounter();
      find = lineFinder(parseDocument(text, { lineCounter, prettyErrors: false }), lineCounter, firstLine);
    }
    return find(path);
  };
}

function lineFinder(doc: Document, lineCounter: LineCounter, firstLine: number): Source['lineOf'] {
  return (path) => {
    for (let length = path.length; length >= 0; length--) {
      const node = length === 0 ? doc.contents : doc.getIn(path.slice(0, length) as unknown[], true);
      const range = (node as { range?: [number, number, number] } | undefined)?.range;
      if (range) return lineCounter.linePos(range[0]).line + firstLine;
    }
    return firstLine + 1;
  };
}

function parsePage(
  path: string,
  file: string,
  errors: ContentError[],
  warnings: ContentError[],
  kind: 'incident' | 'review' | undefined,
): ParsedPage | undefined {
  const text = readText(path, file, errors);
  if (text === undefined) return undefined;
  const page = splitPage(text);
  if (!page) {
    errors.push({
      file,
      line: 1,
      field: '(frontmatter)',
      problem: 'has no frontmatter block at the top',
      fix: 'start the file with a line "---", the fields, then another "---" line (see docs/authoring.md)',
    });
    return undefined;
  }
  let uses: ComponentUse[] | undefined;
  const links: BodyLink[] = [];
  if (kind && path.endsWith('.mdx'))
    uses = checkMdxBody(page.body, page.bodyLine, file, kind === 'review' ? REVIEW_ALLOWED : NO_COMPONENTS, errors, links);
  else if (kind) checkMarkdownBody(page.body, page.bodyLine, file, warnings, links);
  if (kind) warnings.push(...unclosedLinks(page.body, page.bodyLine, file));
  const parsed = parseYaml(page.frontmatter, file, 1, errors);
  return parsed && { ...parsed, uses, links, placeholders: findPlaceholders(page.body, page.bodyLine, file) };
}

const BODY_PLACEHOLDERS = Object.values(PLACEHOLDERS).filter((text) => text !== PLACEHOLDERS.summary);

/** The scaffold's placeholder sentences still in a body that starts on line `firstLine`. */
function findPlaceholders(body: string, firstLine: number, file: string): ContentError[] {
  return body.split('\n').flatMap((text, index) =>
    BODY_PLACEHOLDERS.filter((placeholder) => text.includes(placeholder)).map((placeholder) => ({
      file,
      line: firstLine + index,
      field: '(body)',
      problem: `still has the scaffold's placeholder "${excerpt(placeholder, 50)}"`,
      fix: 'replace the sentence with what customers should read, or delete it to publish without it',
    })),
  );
}

function validate<S extends z.ZodType>(
  schema: S,
  data: unknown,
  source: Source,
  errors: ContentError[],
  options: DescribeOptions = {},
  /** What an empty file is called in its message: `(file)` for YAML files, `(frontmatter)` for pages. */
  whole = '(file)',
): { value: z.output<S>; source: Source } | undefined {
  const result = schema.safeParse(data ?? {}, { reportInput: true });
  if (result.success) return { value: result.data, source };
  if (data === null || data === undefined) {
    // Nothing was written: one message listing what to write, not one per missing field.
    const missing = result.error.issues.flatMap((issue) =>
      issue.path.length === 1 && (issue as { input?: unknown }).input === undefined ? [String(issue.path[0])] : [],
    );
    errors.push({
      file: source.file,
      line: source.lineOf([]),
      field: whole,
      problem: 'is empty',
      fix: `write the required fields${whole === '(frontmatter)' ? ' between the two --- lines' : ''}: ${missing.join(', ')} (see docs/authoring.md)`,
    });
    return undefined;
  }
  errors.push(...describeIssues(result.error.issues, source.file, source.lineOf, options));
  return undefined;
}

/**
 * Loads the content folder and checks every rule, schema and cross-file, for a build
 * as of `asOf`. Content is returned only when there is no error at all.
 */
export function loadValidContent(dir: string, asOf: Date, options: LoadOptions = {}): ValidResult {
  const { content, errors, warnings } = loadContent(dir, { ...options, asOf });
  // Cross-file rules also run on the files that parsed, so one run reports every problem.
  const all = content ? [...errors, ...validateContent(content, asOf, options)] : errors;
  return all.length > 0 ? { parsed: content, errors: all, warnings } : { content, parsed: content, errors: [], warnings };
}
