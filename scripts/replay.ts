/**
 * `npm run replay -- INSTANT`: the page as it was published at an instant. Builds the
 * content as it was committed then (the last commit of the current branch, following first
 * parents, whose committer date is at or before the instant) with today's code, as of that
 * instant, into a folder of its own: `replay/<instant>/`, or `--out DIR`. Never `dist/`.
 *
 * `STATUSBOOK_NOW` (or `npm run build -- --as-of`) replays today's content at an instant,
 * which cannot know what a body said then; this replays what was committed.
 *
 * Options: `--out DIR`; `--serve` serves the result with `astro preview` once built.
 * Environment: `STATUSBOOK_CONTENT` (the content folder: its repository's history is read,
 * and the folder at the same path in the commit is built), `STATUSBOOK_BASE`.
 * The content of each replayed commit is kept in `node_modules/.statusbook-replay/<commit>/`
 * (Astro's cache is kept per content folder, so replaying a commit again is quicker).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { contentDirectory, parseInstant } from '../src/input/environment.ts';
import { ContentErrors, formatError } from '../src/input/errors.ts';
import { isRunning } from './publish.ts';
import { ASTRO_BIN } from './astro.ts';

const USAGE = 'Usage: npm run replay -- INSTANT [--out DIR] [--serve], e.g. npm run replay -- 2026-11-18T14:05:00+01:00';
function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' }, serve: { type: 'boolean', default: false } },
  });
} catch (error) {
  stop(`${(error as Error).message}\n${USAGE}`);
}
const { values, positionals } = parsed!;
if (positionals.length !== 1) stop(`Give one instant to replay.\n${USAGE}`);
const text = positionals[0]!;
let asOf: Date;
try {
  asOf = parseInstant('instant', text);
} catch (error) {
  if (!(error instanceof ContentErrors)) throw error;
  const fix = 'write an ISO 8601 date-time with its offset, e.g. npm run replay -- 2026-11-18T14:05:00+01:00 (or …T13:05:00Z)';
  stop(error.problems.map((problem) => formatError({ ...problem, file: '(command line)', fix })).join('\n'));
}

const root = fileURLToPath(new URL('..', import.meta.url));
// A folder name for the instant, in UTC: 2026-11-18T13-05-00Z.
const slug = asOf
  .toISOString()
  .replace(/\.000Z$/, 'Z')
  .replace(/[:.]/g, '-');
const out = values.out ?? join('replay', slug);
if (resolve(out) === resolve(root, 'dist'))
  stop(`--out ${out} is the published site; a replay never touches dist/. Leave --out out, or name another folder.`);

const content = contentDirectory();
const repository = findRepository(resolve(content));
const commit = commitAt(repository.top, asOf);
const short = commit.hash.slice(0, 7);
console.log(`Replaying ${text} with the content of commit ${short} (${commit.date}) "${commit.subject}".`);
const extracted = extract(repository.top, commit.hash, repository.path);

// The content check names files by their path; show them as the commit's, e.g. 1a2b3c4:content/x.mdx.
const shownAs = `${short}:${repository.path ? `${repository.path}/` : ''}`;
const extractedPrefixes = [`${resolve(extracted)}${sep}`, `${relative(process.cwd(), extracted)}${sep}`];
const show = (line: string) => extractedPrefixes.reduce((shown, prefix) => shown.replaceAll(prefix, shownAs), line);

const build = await run([fileURLToPath(new URL('build.ts', import.meta.url)), '--out', out], {
  ...process.env,
  STATUSBOOK_CONTENT: extracted,
  STATUSBOOK_NOW: asOf.toISOString(),
});
if (build !== 0) stop(`The replay of ${text} was not built: the content of commit ${short} fails today's build (see above).`);
console.log(`The page as of ${text}, from the content of commit ${short}, is in ${out}/.`);
if (!values.serve) {
  console.log(`Preview it: npm run preview -- --outDir ${out}   (or npm run replay -- ${text} --serve)`);
  process.exit(0);
}
const preview = spawn(process.execPath, [ASTRO_BIN, 'preview', '--outDir', out], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => preview.kill(signal));
preview.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

/** Runs git in `cwd`: whether it succeeded, and its trimmed output (its error output when it failed). */
function git(cwd: string, args: string[], env: NodeJS.ProcessEnv = process.env): { ok: boolean; output: string } {
  const result = spawnSync('git', ['-C', cwd, ...args], { encoding: 'utf8', env });
  if (result.error)
    stop(
      `npm run replay reads the content's history with git, which could not be run (${result.error.message}). Install git, then run it again.`,
    );
  return { ok: result.status === 0, output: (result.status === 0 ? result.stdout : result.stderr).trim() };
}

/** The repository holding the content folder: its top folder, and the folder's path inside it ('' for the top). */
function findRepository(folder: string): { top: string; path: string } {
  // The folder may be gone today (moved or renamed later): start from the nearest folder that exists.
  let existing = folder;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  const found = git(existing, ['rev-parse', '--show-toplevel']);
  if (!found.ok) {
    stop(
      `${content} — (history) — is not in a git repository, so there is no committed content to replay — run npm run replay in a clone of the status page's repository, or replay today's content with npm run build -- --as-of ${text}`,
    );
  }
  const path = relative(found.output, join(realpathSync(existing), relative(existing, folder)))
    .split(sep)
    .join('/');
  if (path.startsWith('..') || isAbsolute(path))
    stop(`${content} — (history) — is outside the repository ${found.output} — set STATUSBOOK_CONTENT to a folder inside it`);
  return { top: found.output, path };
}

/** The last commit of the current branch (first parents) whose committer date is at or before `instant`. */
function commitAt(top: string, instant: Date): { hash: string; date: string; subject: string } {
  // A Unix time with an explicit zone: git's date parsing reads it exactly (no local time, no guessing).
  const before = `--before=@${Math.floor(instant.getTime() / 1000)} +0000`;
  const found = git(top, ['log', '-1', '--first-parent', before, '--format=%H%x00%cI%x00%s', 'HEAD']);
  if (!found.ok)
    stop(`${content} — (history) — the repository ${top} has no commits yet (${found.output}) — commit the content, then replay`);
  if (!found.output) {
    const first = git(top, ['log', '--first-parent', '--format=%h %cI', 'HEAD']).output.split('\n').at(-1);
    const shallow = git(top, ['rev-parse', '--is-shallow-repository']).output === 'true';
    stop(
      shallow
        ? `(command line) — instant — this clone is shallow: its first commit, ${first}, is later than ${text} — fetch the history with git fetch --unshallow, then replay`
        : `(command line) — instant — no commit of this branch is dated at or before ${text}; the first is ${first} — replay a later instant, or replay today's content with npm run build -- --as-of ${text}`,
    );
  }
  const [hash = '', date = '', subject = ''] = found.output.split('\0');
  return { hash, date, subject };
}

/**
 * The content folder as it is in `hash`, written once to node_modules/.statusbook-replay/<hash>/
 * through an index of its own (the repository's index and work tree are not touched).
 */
function extract(top: string, hash: string, path: string): string {
  const folder = resolve(root, 'node_modules/.statusbook-replay');
  const done = join(folder, hash);
  const contentOf = (dir: string) => join(dir, basename(path) || 'content');
  if (existsSync(done)) return contentOf(done);
  const tree = `${hash}:${path}`;
  if (git(top, ['cat-file', '-t', tree]).output !== 'tree') {
    stop(
      `${content} — (history) — there is no folder ${path || '.'}/ in commit ${hash.slice(0, 7)} — replay an instant after the content was committed there`,
    );
  }
  mkdirSync(folder, { recursive: true });
  for (const name of readdirSync(folder)) {
    const pid = /\.(\d+)\.partial$/.exec(name)?.[1];
    if (pid && !isRunning(Number(pid))) rmSync(join(folder, name), { recursive: true, force: true });
  }
  const partial = join(folder, `${hash}.${process.pid}.partial`);
  const env = { ...process.env, GIT_INDEX_FILE: join(partial, 'index') };
  mkdirSync(partial);
  const steps = [
    ['read-tree', tree],
    ['checkout-index', '--all', `--prefix=${contentOf(partial)}${sep}`],
  ];
  for (const step of steps) {
    const result = git(top, step, env);
    if (!result.ok)
      stop(`Could not read ${path || '.'}/ of commit ${hash.slice(0, 7)} (git ${step[0]}: ${result.output}); nothing was built.`);
  }
  rmSync(join(partial, 'index'));
  // Another replay of the same commit may have finished first: its copy is the same.
  if (existsSync(done)) rmSync(partial, { recursive: true, force: true });
  else renameSync(partial, done);
  return contentOf(done);
}

/** Runs node with `args`, its output shown with the commit's paths, and resolves with its exit code. */
function run(args: string[], env: NodeJS.ProcessEnv): Promise<number | null> {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { stdio: ['inherit', 'pipe', 'pipe'], env });
    createInterface({ input: child.stdout }).on('line', (line) => console.log(show(line)));
    createInterface({ input: child.stderr }).on('line', (line) => console.error(show(line)));
    // Ctrl-C reaches the build too; it stops cleanly, and this script reports its exit code.
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));
    child.on('close', (code) => done(code));
  });
}
