// @ts-check
/**
 * Is a rebuild due? The first step of the scheduled publish workflow, run before anything is
 * installed (plain JavaScript, no dependencies, any Node ≥ 18). It reads the live site's
 * `/api/next-change.json` (or `--file`), and says due when its instant has passed, when the
 * file cannot be read (first deploy, site down: build to be safe), or when the run was not
 * scheduled (a push or a manual run always builds).
 *
 * Usage: node scripts/rebuild-due.mjs [--event schedule] [--url URL | --file PATH] [--now ISO]
 * Without --url or --file, the URL is site.yaml's `url` plus STATUSBOOK_BASE. Writes
 * `due=true|false` to $GITHUB_OUTPUT when set, and one line saying why. Always exits 0.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    event: { type: 'string', default: process.env['GITHUB_EVENT_NAME'] ?? 'schedule' },
    url: { type: 'string' },
    file: { type: 'string' },
    now: { type: 'string' },
    content: { type: 'string', default: process.env['STATUSBOOK_CONTENT'] || 'content' },
  },
});

const now = values.now ? Date.parse(values.now) : Date.now();
const { due, reason } = await decide();
console.log(`${due ? 'Rebuild due' : 'No rebuild due'}: ${reason}.`);
if (process.env['GITHUB_OUTPUT']) appendFileSync(process.env['GITHUB_OUTPUT'], `due=${due}\n`);

/** @returns {Promise<{ due: boolean, reason: string }>} */
async function decide() {
  if (values.event !== 'schedule') return { due: true, reason: `a ${values.event} run always builds` };
  let source = values.file ?? values.url;
  let text;
  try {
    source ??= nextChangeUrl();
    text = values.file ? readFileSync(values.file, 'utf8') : await fetchText(source);
  } catch (error) {
    return { due: true, reason: `${source ?? 'next-change.json'} could not be read (${message(error)}), so build to be safe` };
  }
  let next;
  try {
    next = JSON.parse(text);
  } catch {
    return { due: true, reason: `${source} is not JSON, so build to be safe` };
  }
  const at = Date.parse(next?.at);
  if (Number.isNaN(at)) return { due: true, reason: `${source} has no instant in "at", so build to be safe` };
  return at <= now
    ? { due: true, reason: `${next.reason ?? 'the page changes'} at ${new Date(at).toISOString()}` }
    : { due: false, reason: `the page next changes at ${new Date(at).toISOString()} (${next.reason ?? 'no reason given'})` };
}

/** The live site's next-change.json: `url` from site.yaml (read without a YAML library) and STATUSBOOK_BASE. */
function nextChangeUrl() {
  const yaml = readFileSync(`${values.content}/site.yaml`, 'utf8');
  const url = /^url:\s*["']?([^"'\s#]+)/m.exec(yaml)?.[1];
  if (!url) throw new Error(`no url in ${values.content}/site.yaml`);
  const base = (process.env['STATUSBOOK_BASE'] || '/').replace(/^\/?/, '/').replace(/\/?$/, '/');
  // As the site's own absolute URLs: the base path replaces any path of `url`.
  return new URL(`${base}api/next-change.json`, url).href;
}

/** @param {string} url */
async function fetchText(url) {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000), headers: { 'Cache-Control': 'no-cache' } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

/** @param {unknown} error */
function message(error) {
  return error instanceof Error ? error.message : String(error);
}
