/**
 * `npm run import -- <source>`: brings a team's history from another status page into the
 * content folder as ordinary content (components.yaml, one file per incident).
 *
 *   npm run import -- statuspage --page <page id> --api-key-env STATUSPAGE_API_KEY [--api-url URL]
 *   npm run import -- statuspage --public https://status.example.com
 *   npm run import -- cstate <path to a cState site>
 *   … [--dry-run]   list what would be written and every lossy mapping; write nothing
 *
 * Everything is read and checked with the build's rules on a copy of the content folder
 * before anything is written: bad input leaves the folder as it was.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import { buildInstant, contentDirectory } from '../src/input/environment.ts';
import { loadContent, loadValidContent } from '../src/input/load.ts';
import { formatError, type ContentError } from '../src/input/errors.ts';
import { siteSchema, type Component, type SiteSettings } from '../src/input/schema.ts';
import { componentsText, ImportError, planImport, type ImportResult } from '../src/import/content.ts';
import { mapStatuspage } from '../src/import/statuspage.ts';
import { mapCstate } from '../src/import/cstate.ts';
import { fetchManageApi, fetchPublicApi, PER_PAGE } from '../src/import/http.ts';
import { RECENT_LIMIT } from '../src/outputs/statuspage.ts';

const USAGE = `Usage:
  npm run import -- statuspage --page <page id> --api-key-env STATUSPAGE_API_KEY [--api-url URL] [--per-page N] [--dry-run]
  npm run import -- statuspage --public https://status.example.com [--dry-run]
  npm run import -- cstate <path to a cState site> [--dry-run]`;

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    page: { type: 'string' },
    'api-key-env': { type: 'string' },
    'api-url': { type: 'string', default: 'https://api.statuspage.io/v1' },
    'per-page': { type: 'string', default: '100' },
    public: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
});

/** The API key, once read: every line printed has it blanked, whatever went wrong. */
let secret: string | undefined;
// A key shorter than any real one (Statuspage's are 32+ characters) would blank ordinary words.
const scrub = (text: string) => (secret && secret.length >= 8 ? text.replaceAll(secret, '[key]') : text);
const say = (text: string) => console.log(scrub(text));
const dir = contentDirectory();
const show = (path: string) => {
  const near = relative(process.cwd(), path);
  return near.startsWith('..') ? path : near || path;
};

function stop(problems: readonly ContentError[], closing = `Nothing was imported; ${show(dir)}/ is as it was.`): never {
  console.error(scrub([...problems.map((p) => `  ${formatError(p)}`), closing].join('\n')));
  process.exit(1);
}
const usage = (problem: string): never => {
  console.error(`${problem}\n${USAGE}`);
  process.exit(2);
};

/** site.yaml, components.yaml (absent in a new site) and the incidents already there. */
function readContent(): {
  site: SiteSettings;
  components: Component[];
  incidents: Array<{ slug: string; title: string; start: Date }>;
} {
  const loaded = loadContent(dir, { checkBodies: false });
  if (loaded.content) return loaded.content;
  const componentsMissing = (e: ContentError) => e.file.endsWith('components.yaml') && e.problem === 'is missing';
  const siteFile = join(dir, 'site.yaml');
  if (existsSync(siteFile) && loaded.errors.every(componentsMissing)) {
    const site = siteSchema.safeParse(parseDocument(readFileSync(siteFile, 'utf8')).toJS());
    if (site.success) return { site: site.data, components: [], incidents: [] };
  }
  return stop(
    loaded.errors,
    `The import needs ${show(dir)}/site.yaml (its time zone dates every incident) and a readable components.yaml, if any; fix the above, then import again.`,
  );
}

async function read(existing: Component[], site: SiteSettings, now: Date): Promise<{ label: string; result: ImportResult }> {
  const [source, path] = positionals;
  const options = { timeZone: site.timezone, now, existing, longIncidentDays: site.longIncidentDays };
  const log = (line: string) => console.error(scrub(line));
  if (source === 'statuspage') {
    if (flags.public) {
      const data = await fetchPublicApi(flags.public, { log });
      const result = mapStatuspage(data, options);
      result.notices.unshift(
        `The public API lists only the ${RECENT_LIMIT} most recent incidents and the ${RECENT_LIMIT} most recent maintenances, and no postmortem text; import with --page and --api-key-env for the whole history.`,
      );
      return { label: `Statuspage public API of ${flags.public}`, result };
    }
    if (!flags.page || !flags['api-key-env']) usage('statuspage needs --page and --api-key-env, or --public <address>.');
    const keyVariable = flags['api-key-env']!;
    secret = process.env[keyVariable] || undefined;
    if (!secret) {
      stop([
        {
          file: '(environment)',
          field: keyVariable,
          problem: 'is not set',
          fix: `set ${keyVariable} to your Statuspage API key (never write the key itself on the command line)`,
        },
      ]);
    }
    const data = await fetchManageApi(
      { api: flags['api-url']!, pageId: flags.page!, key: secret!, keyVariable, perPage: Number(flags['per-page']) || PER_PAGE },
      { log },
    );
    return { label: `Statuspage page ${flags.page}`, result: mapStatuspage(data, options) };
  }
  if (source === 'cstate') {
    if (!path) usage('cstate needs the path of the cState site (the folder holding config.yml).');
    const configFile = join(path!, 'config.yml');
    if (!existsSync(configFile)) {
      stop([
        {
          file: show(configFile),
          field: '(file)',
          problem: 'does not exist',
          fix: 'give the folder of the cState site, the one holding config.yml (config.toml is not read: convert it to YAML)',
        },
      ]);
    }
    const issuesDir = join(path!, 'content', 'issues');
    const issues = existsSync(issuesDir)
      ? readdirSync(issuesDir)
          .filter((name) => name.endsWith('.md'))
          .sort()
          .map((name) => ({ file: show(join(issuesDir, name)), text: readFileSync(join(issuesDir, name), 'utf8') }))
      : [];
    const result = mapCstate({ config: { file: show(configFile), text: readFileSync(configFile, 'utf8') }, issues }, options);
    return { label: `cState site ${show(path!)}`, result };
  }
  return usage(source ? `Unknown source "${source}": statuspage or cstate.` : 'Which source?');
}

async function main(): Promise<void> {
  if (flags.help) {
    console.log(USAGE);
    return;
  }
  const { asOf, replay } = buildInstant();
  const content = readContent();
  const zone = content.site.timezone;
  const { label, result } = await read(content.components, content.site, asOf);
  const plan = planImport(result, content, zone);
  const dry = flags['dry-run'];
  const componentsFile = join(dir, 'components.yaml');
  const writes = plan.files.map((f) => ({ path: join(dir, f.path), text: f.text }));
  if (plan.components.length > 0) {
    const before = existsSync(componentsFile)
      ? readFileSync(componentsFile, 'utf8')
      : '# The components whose uptime is tracked. Incidents refer to them by id.\n';
    writes.push({
      path: componentsFile,
      text: `${before}${before.endsWith('\n') ? '' : '\n'}${componentsText(plan.components, zone)}`,
    });
  }

  // The whole result is checked on a copy first, with the build's rules.
  const stage = join(mkdtempSync(join(tmpdir(), 'statusbook-import-')), 'content');
  try {
    if (existsSync(dir)) cpSync(dir, stage, { recursive: true });
    for (const write of writes) {
      const staged = join(stage, relative(dir, write.path));
      mkdirSync(dirname(staged), { recursive: true });
      writeFileSync(staged, write.text);
    }
    const written = new Set(writes.map((w) => show(join(stage, relative(dir, w.path)))));
    const { errors } = loadValidContent(stage, asOf, { replay, placeholders: 'warning' });
    const own = errors
      .filter((e) => written.has(e.file))
      .map((e) => ({ ...e, file: show(join(dir, relative(show(stage), e.file))) }));
    if (own.length > 0)
      stop(own, `The imported content would not pass the content check. Nothing was imported; ${show(dir)}/ is as it was.`);
  } finally {
    rmSync(dirname(stage), { recursive: true, force: true });
  }

  say(`${dry ? 'Dry run: nothing is written. ' : ''}Importing from ${label} into ${show(dir)}/ (times in ${zone}).`);
  for (const notice of result.notices) say(`Note: ${notice}`);
  const verb = dry ? 'Would add' : 'Added';
  if (plan.components.length > 0)
    say(
      `${verb} ${plan.components.length} components to ${show(componentsFile)}: ${plan.components.map((c) => c.id).join(', ')}`,
    );
  if (plan.files.length > 0) say(`${dry ? 'Would write' : 'Wrote'} ${plan.files.length} incidents:`);
  for (const file of plan.files) say(`  ${show(join(dir, file.path))}  (${file.item})`);
  if (plan.present.length > 0) say(`Already there, left as they are: ${plan.present.length} incidents.`);
  if (result.losses.length > 0) say(`Lossy mappings (${result.losses.length}):`);
  // A note shared by many items is said once, with how many and a few of them.
  const byNote = Map.groupBy(result.losses, (loss) => loss.note);
  for (const [note, items] of byNote) {
    if (items.length <= 3) for (const { item } of items) say(`  ${item} — ${note}`);
    else
      say(
        `  ${items.length} items, e.g. ${items
          .slice(0, 2)
          .map((i) => i.item)
          .join(', ')} — ${note}`,
      );
  }
  if (!dry)
    for (const write of writes) {
      mkdirSync(dirname(write.path), { recursive: true });
      writeFileSync(write.path, write.text);
    }
  say(
    `Summary: ${result.components.length} components (${plan.components.length} new), ${result.incidents.length} incidents read, ${plan.files.length} ${dry ? 'to write' : 'written'}, ${plan.present.length} already there, ${result.losses.length} lossy mappings.`,
  );
  if (!dry && writes.length > 0)
    say(
      'Check the figures: npm run check:content, then npm run build and compare /uptime/ with the old page (docs/importing.md).',
    );
}

main().catch((error: unknown) => {
  if (error instanceof ImportError) stop(error.problems);
  // Not bad input but a fault of ours: say so without a secret.
  console.error(scrub(`The import failed: ${(error as Error).stack ?? String(error)}`));
  process.exit(1);
});
