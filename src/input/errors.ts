/**
 * Content errors: what is wrong, where, and how to fix it. Every check (YAML syntax,
 * schema, cross-file rules) reports in this one shape, and the build prints them all.
 */

export interface ContentError {
  /** Path of the file, relative to the project, e.g. `content/incidents/foo.mdx`. */
  file: string;
  /** 1-based line in that file, when known. */
  line?: number | undefined;
  /** The field at fault, as a path, e.g. `components[1].start`; `(file)` for the whole file. */
  field: string;
  /** What is wrong. */
  problem: string;
  /** What to write instead. */
  fix: string;
}

/**
 * One error as a line: `file:line — field — problem — how to fix`.
 *
 * @example
 * formatError({ file: 'content/site.yaml', line: 3, field: 'timezone', problem: '"Mars" is not a time zone', fix: 'write e.g. Europe/Copenhagen' })
 * //=> 'content/site.yaml:3 — timezone — "Mars" is not a time zone — write e.g. Europe/Copenhagen'
 */
export function formatError(error: ContentError): string {
  const where = error.line === undefined ? error.file : `${error.file}:${error.line}`;
  return `${where} — ${error.field} — ${error.problem} — ${error.fix}`;
}

/** All errors, sorted by file and line, under a one-line summary. */
export function formatErrors(errors: readonly ContentError[]): string {
  const sorted = errors.toSorted(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field),
  );
  const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
  return [`Statusbook found ${count} in the content; nothing was built.`, ...sorted.map((e) => `  ${formatError(e)}`)].join('\n');
}

/**
 * Thrown when content is invalid; its message lists every error. The list is `problems`,
 * not `errors`: Vite and Astro take an error with an `errors` array for an aggregate of
 * errors, and the dev server would then show "undefined" instead of the message.
 */
export class ContentErrors extends Error {
  readonly problems: readonly ContentError[];
  constructor(problems: readonly ContentError[]) {
    super(formatErrors(problems));
    this.name = 'ContentErrors';
    this.problems = problems;
    // The message says where; a stack of the build's own frames would only bury it.
    this.stack = `${this.name}: ${this.message}`;
  }
}

/**
 * Quoted input cut to a length that fits a message line, on one line: a message quotes
 * what was written, never a whole pasted file.
 *
 * @example
 * excerpt('two\nlines') //=> 'two lines'
 */
export function excerpt(text: string, length = 60): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > length ? `${line.slice(0, length - 1)}…` : line;
}

/** Where a parsed value came from, so checks after the schema can point at a line. */
export interface Source {
  /** Path of the file, relative to the project. */
  file: string;
  /** The line of a field, by its path within the file's YAML; undefined when unknown. */
  lineOf: (path: ReadonlyArray<PropertyKey>) => number | undefined;
}

/** Writes a field path the way an engineer would: `components[1].start`. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    '',
  );
}

/**
 * The candidate closest to `word` by edit distance, if it is close enough to be a likely typo.
 *
 * @example
 * didYouMean('emial', ['email', 'web-app']) //=> 'email'
 */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}
