/**
 * Reads `content/` from disk and parses every file through the schemas in
 * `src/schema.ts`, collecting every error with its file, line and field rather than
 * stopping at the first. Used by the content check that runs before each build and by
 * the build's model, so both see exactly the same data.
 *
 * YAML is read as YAML 1.2, where an unquoted timestamp stays text: the schema then
 * sees `2026-06-04T09:12:00` as written and can reject the missing offset.
 */
import { readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { REVIEW_COMPONENTS, componentsSchema, incidentSchema, reviewSchema, siteSchema } from '../schema.ts';
import { checkMdxBody } from './mdx.ts';
import type { ContentError, Source } from '../lib/errors.ts';
import { describeIssues } from '../lib/issues.ts';
import {
  validateContent,
  type LoadedContent,
  type LoadedIncident,
  type LoadedReview,
  type ValidateOptions,
} from '../lib/validate.ts';

export interface LoadResult {
  /** What parsed, once site.yaml and components.yaml did: files with errors are left out. */
  content?: LoadedContent | undefined;
  errors: ContentError[];
}

export interface ValidResult {
  /** The content, only when there is no error at all. */
  content?: LoadedContent | undefined;
  /** What parsed, errors or not (e.g. for warnings). */
  parsed?: LoadedContent | undefined;
  errors: ContentError[];
}

const PAGE_EXTENSIONS = /\.(md|mdx)$/;
/** Larger files are almost always a pasted log; they would slow every build. */
export const MAX_FILE_BYTES = 1024 * 1024;
const REVIEW_ALLOWED: ReadonlySet<string> = new Set(REVIEW_COMPONENTS);
/** Incident pages pass no components to their bodies. */
const NO_COMPONENTS: ReadonlySet<string> = new Set();
const FRONTMATTER = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)^---[ \t]*$/m;

/**
 * Loads the content folder `dir` through the schemas (cross-file rules live in
 * `src/lib/validate.ts`). Returns what parsed together with every error found.
 */
export interface LoadOptions extends ValidateOptions {
  /** Parse MDX bodies for syntax errors and unknown components (default true). */
  checkBodies?: boolean;
}

export function loadContent(dir: string, { checkBodies = true }: LoadOptions = {}): LoadResult {
  const errors: ContentError[] = [];
  const root = resolve(dir);
  const show = (path: string) => relative(process.cwd(), path) || path;

  const readYaml = <S extends z.ZodType>(path: string, schema: S) => {
    const parsed = parseYamlFile(path, show(path), 0, errors);
    return parsed && validate(schema, parsed.data, parsed.source, errors);
  };

  const siteFile = join(root, 'site.yaml');
  const componentsFile = join(root, 'components.yaml');
  for (const required of [siteFile, componentsFile]) {
    if (!isFile(required)) {
      errors.push({
        file: show(required),
        field: '(file)',
        problem: 'is missing',
        fix: `create it; see docs/authoring.md for its fields`,
      });
    }
  }
  const site = isFile(siteFile) ? readYaml(siteFile, siteSchema) : undefined;
  const components = isFile(componentsFile) ? readYaml(componentsFile, componentsSchema) : undefined;

  const incidents: LoadedIncident[] = [];
  for (const path of listPages(join(root, 'incidents'), true, show, errors)) {
    const page = parsePage(path, show(path), errors, checkBodies ? 'incident' : undefined);
    const data = page && validate(incidentSchema, page.data, page.source, errors);
    if (data) incidents.push({ ...data.value, slug: slugOf(path), source: page.source });
  }

  const reviews: LoadedReview[] = [];
  for (const path of listPages(join(root, 'reviews'), false, show, errors)) {
    const page = parsePage(path, show(path), errors, checkBodies ? 'review' : undefined);
    const data = page && validate(reviewSchema, page.data, page.source, errors);
    if (data) reviews.push({ ...data.value, slug: slugOf(path), source: page.source });
  }

  if (!site || !components) return { errors };
  const content: LoadedContent = {
    site: site.value,
    siteSource: site.source,
    components: components.value,
    componentsSource: components.source,
    incidents,
    reviews,
  };
  return { content, errors };
}

/** The incident files of the content folder `dir`, in a stable order (errors are the content check's to report). */
export function incidentFiles(dir: string): string[] {
  return listPages(join(resolve(dir), 'incidents'), true, (path) => path, []);
}

/** A page's text split into its frontmatter and its body, or undefined without frontmatter. */
export function splitPage(text: string): { frontmatter: string; body: string; bodyLine: number } | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match || match.index !== 0) return undefined;
  return {
    frontmatter: match[1] ?? '',
    body: text.slice(match[0].length + 1),
    bodyLine: text.slice(0, match[0].length).split('\n').length + 1,
  };
}

/** The slug of a page: its file name without the extension. */
export function slugOf(path: string): string {
  return (path.split(sep).at(-1) ?? path).replace(PAGE_EXTENSIONS, '');
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    // A missing file is reported by the caller with a fix; nothing else to do here.
    return false;
  }
}

/** Lists `.md` and `.mdx` files, following symbolic links but reporting loops. */
function listPages(
  dir: string,
  recursive: boolean,
  show: (path: string) => string,
  errors: ContentError[],
  seen = new Set<string>(),
): string[] {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    return [];
  }
  if (seen.has(real)) {
    errors.push({
      file: show(dir),
      field: '(folder)',
      problem: 'is a symbolic link back into a folder already read (a loop)',
      fix: 'remove the link, or point it outside content/',
    });
    return [];
  }
  seen.add(real);
  const found: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const stats = statSync(path, { throwIfNoEntry: false });
    if (!stats) {
      errors.push({
        file: show(path),
        field: '(file)',
        problem: 'is a broken symbolic link',
        fix: 'remove it or fix its target',
      });
    } else if (stats.isDirectory()) {
      if (recursive) found.push(...listPages(path, true, show, errors, new Set(seen)));
    } else if (PAGE_EXTENSIONS.test(name)) {
      found.push(path);
    }
  }
  return found;
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
    for (const error of doc.errors) {
      errors.push({
        file,
        line: lineCounter.linePos(error.pos[0]).line + firstLine,
        field: '(YAML)',
        problem: error.message.split('\n')[0] ?? error.message,
        fix: 'fix the YAML syntax: indent with spaces, put a space after each colon, and quote text containing ": " or "#"',
      });
    }
    return undefined;
  }
  return { data: doc.toJS({ maxAliasCount: 100 }), source: { file, lineOf: lazyLineFinder(text, firstLine) } };
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
  kind: 'incident' | 'review' | undefined,
): Parsed | undefined {
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
  if (kind && path.endsWith('.mdx'))
    checkMdxBody(page.body, page.bodyLine, file, kind === 'review' ? REVIEW_ALLOWED : NO_COMPONENTS, errors);
  return parseYaml(page.frontmatter, file, 1, errors);
}

function validate<S extends z.ZodType>(
  schema: S,
  data: unknown,
  source: Source,
  errors: ContentError[],
): { value: z.output<S>; source: Source } | undefined {
  const result = schema.safeParse(data ?? {}, { reportInput: true });
  if (result.success) return { value: result.data, source };
  errors.push(...describeIssues(result.error.issues, source.file, source.lineOf));
  return undefined;
}

/**
 * Loads the content folder and checks every rule, schema and cross-file, for a build
 * as of `asOf`. Content is returned only when there is no error at all.
 */
export function loadValidContent(dir: string, asOf: Date, options: LoadOptions = {}): ValidResult {
  const { content, errors } = loadContent(dir, options);
  // Cross-file rules also run on the files that parsed, so one run reports every problem.
  const all = content ? [...errors, ...validateContent(content, asOf, options)] : errors;
  return all.length > 0 ? { parsed: content, errors: all } : { content, parsed: content, errors: [] };
}
