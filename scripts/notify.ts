/**
 * `npm run notify`: tells subscribers what changed with a deploy. It compares the new build
 * with what was live before (Statuspage documents under `api/v2/`), works out the events
 * (src/notify/events.ts) and delivers each to the channels of `notifications:` in site.yaml.
 *
 *   npm run notify -- --previous previous/ [--current dist/] [--ledger FILE] [--dry-run]
 *   npm run notify -- --save-live previous/      before a deploy: keep what is live now
 *
 * Without --previous, the live site (site.yaml's url, under STATUSBOOK_BASE) is read; a site
 * that answers nothing is a first deploy, which announces only what is going on. Secrets are
 * read from the environment variables the channels name, and from nowhere else.
 *
 * What each channel received is recorded in the ledger (--ledger, default
 * notify/delivered.json) after each delivery, and never sent to it again: a re-run after a
 * failure sends only what is missing. A channel stops at its first failed event, so the
 * next run sends the rest in order. One summary line per channel; exit 1 while any channel
 * has events left, naming it. It never touches the deploy.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseCommandLine } from './args.ts';
import { contentDirectory, sitePath } from '../src/input/environment.ts';
import { loadContent } from '../src/input/load.ts';
import { formatErrors } from '../src/input/errors.ts';
import { isIncidentEvent, statusEvents, type LiveSite, type StatusEvent } from '../src/notify/events.ts';
import { channelKey, parseLedger, recordDelivery, undelivered, type Ledger } from '../src/notify/ledger.ts';
import { discordPayload, emailOf, messageOf, slackPayload, teamsPayload, webhookPayload } from '../src/notify/messages.ts';
import type { StatusJson } from '../src/outputs/statuspage.ts';
import type { Channel } from '../src/input/schema.ts';
import { DEFAULT_DELIVERY, fetchError, postJson, sendMail, signature, type Delivery, type DeliveryOptions } from './deliver.ts';

/** The documents a site's events are read from, under its root; a site without the first two has none. */
export const LIVE_DOCUMENTS = [
  'api/v2/incidents.json',
  'api/v2/scheduled-maintenances.json',
  'api/v2/components.json',
  'api/v2/status.json',
] as const;

const { values } = parseCommandLine(
  'npm run notify [-- --previous DIR] [--current DIR] [--ledger FILE] [--save-live DIR] [--dry-run]',
  {
    options: {
      previous: { type: 'string' },
      current: { type: 'string', default: 'dist' },
      'save-live': { type: 'string' },
      ledger: { type: 'string', default: 'notify/delivered.json' },
      'dry-run': { type: 'boolean', default: false },
      'timeout-ms': { type: 'string', default: String(DEFAULT_DELIVERY.timeoutMs) },
      'backoff-ms': { type: 'string', default: String(DEFAULT_DELIVERY.backoffMs) },
    },
  },
);
const delivery: DeliveryOptions = {
  timeoutMs: Number(values['timeout-ms']),
  attempts: DEFAULT_DELIVERY.attempts,
  backoffMs: Number(values['backoff-ms']),
};

const { content, errors } = loadContent(contentDirectory(), { checkBodies: false });
if (!content) {
  console.error(formatErrors(errors));
  process.exit(1);
}
const { site } = content;
const liveRoot = new URL(sitePath().replace(/\/?$/, '/'), site.url).href;

/** A channel's message: in its language, linking to the incident's page in that language where the site has one. */
const messageFor = (channel: Exclude<Channel, { type: 'webhook' }>, event: StatusEvent) => {
  const locale = channel.locale ?? site.locale;
  const localised = locale !== site.locale && site.locales.includes(locale);
  return messageOf(event, site.name, locale, (url) =>
    localised && url.startsWith(liveRoot) ? `${liveRoot}${locale}/${url.slice(liveRoot.length)}` : url,
  );
};
const FIRST_DEPLOY = 'a first deploy, which announces only what is going on';

if (values['save-live']) {
  const dir = values['save-live'];
  const unread = await saveLive(dir);
  if (unread) console.log(`${unread}; nothing was saved into ${dir}/, so this deploy is told as ${FIRST_DEPLOY}.`);
  process.exit(0);
}

const now = readSite(values.current);
if (!now) {
  console.error(`${values.current}/api/v2/ has no Statuspage documents: build the site first (npm run build).`);
  process.exit(1);
}
const before = values.previous ? readPrevious(values.previous) : await fetchSite();
const events = statusEvents(before, now.site);
const channels = site.notifications?.channels ?? [];
console.log(
  `${events.length} event${events.length === 1 ? '' : 's'} since ${before ? 'the previous deploy' : 'nothing (a first deploy: only what is going on)'}; ${channels.length} channel${channels.length === 1 ? '' : 's'}.`,
);
for (const event of events) console.log(`  ${event.id}  ${event.kind}`);
let ledger = readLedger(values.ledger);
// Written at once, so the workflow's cache finds the file even when nothing is delivered.
if (!values['dry-run']) writeLedger(values.ledger, ledger);
if (channels.length === 0) {
  console.log(
    `No channels are configured, so nothing is sent. To add one, write \`notifications: { channels: [{ type: slack, url: SLACK_WEBHOOK_URL }] }\` in ${join(contentDirectory(), 'site.yaml')}, add the secret SLACK_WEBHOOK_URL and pass it to the notify step of publish.yml (npm run check says how); Teams, Discord, webhooks and email: docs/publishing.md#notifications.`,
  );
  process.exit(0);
}

const failed: string[] = [];
for (const channel of channels) {
  const label = `${channel.type} ${channel.name ?? ('url' in channel ? channel.url : channel.to.join(', '))}`;
  const key = channelKey(channel);
  const { missing, delivered } = undelivered(ledger, key, channel.type === 'webhook' ? events : events.filter(isIncidentEvent));
  const skipped = delivered > 0 ? `; ${delivered} already delivered, skipped` : '';
  if (missing.length === 0) {
    console.log(`${label}: nothing to send${skipped}`);
    continue;
  }
  let sent = 0;
  let error: string | undefined;
  // In order, stopping at the first failure: a re-run then sends the rest in order.
  for (const event of missing) {
    const result = await deliver(channel, event, now.status);
    if (!result.ok) {
      error = result.error;
      break;
    }
    sent++;
    if (values['dry-run']) continue;
    ledger = recordDelivery(ledger, key, event.id, new Date());
    writeLedger(values.ledger, ledger);
  }
  const left = missing.length - sent;
  console.log(
    values['dry-run']
      ? `${label}: ${missing.length} would be sent (dry run)${skipped}`
      : `${label}: ${sent} of ${missing.length} sent${skipped}${error ? `; failed: ${error}; ${left} left for a re-run` : ''}`,
  );
  if (left > 0) failed.push(label);
}
if (failed.length > 0) {
  console.error(
    `Notification failed for: ${failed.join(', ')}. The deploy is not affected. What was delivered is recorded in ${values.ledger}, so a re-run sends only what is left.`,
  );
  process.exit(1);
}

/** Delivers one event to one channel (or prints it, with --dry-run). */
async function deliver(channel: Channel, event: StatusEvent, status: StatusJson): Promise<Delivery> {
  const secret = (name: string): string | undefined => process.env[name] || undefined;
  if (channel.type === 'email') {
    const mail = emailOf(messageFor(channel, event), site.notifications?.signup);
    const headers: Record<string, string> = {
      'List-Id': `${site.name.replace(/[<>"\\]/g, '')} status <${new URL(site.url).hostname}>`,
    };
    if (site.notifications?.signup) headers['List-Unsubscribe'] = `<${site.notifications.signup}>`;
    const message = { from: channel.from, to: channel.to, ...mail, headers };
    if (values['dry-run']) return dryRun(channel, event, message);
    const url = secret(channel.smtp);
    return url ? sendMail(url, message, delivery) : unsetSecret(channel.smtp);
  }
  const body = JSON.stringify(
    channel.type === 'webhook'
      ? webhookPayload(
          event,
          { id: new URL(site.url).hostname, status },
          { unsubscribe: site.notifications?.signup, documentation: `${liveRoot}subscribe/#webhooks` },
        )
      : { slack: slackPayload, teams: teamsPayload, discord: discordPayload }[channel.type](messageFor(channel, event)),
  );
  if (values['dry-run']) return dryRun(channel, event, JSON.parse(body));
  const url = secret(channel.url);
  if (!url) return unsetSecret(channel.url);
  const headers: Record<string, string> = {};
  if (channel.type === 'webhook') {
    const key = secret(channel.secret);
    if (!key) return unsetSecret(channel.secret);
    Object.assign(headers, {
      'X-Statusbook-Event': event.kind,
      'X-Statusbook-Event-Id': event.id,
      'X-Statusbook-Signature-256': signature(body, key),
    });
  }
  return postJson(url, body, headers, delivery);
}

function dryRun(channel: Channel, event: StatusEvent, payload: unknown): Delivery {
  console.log(`--- ${channel.type} ${channel.name ?? ''} ${event.id}\n${JSON.stringify(payload, null, 2)}`);
  return { ok: true, attempts: 0 };
}

function unsetSecret(name: string): Delivery {
  return {
    ok: false,
    attempts: 0,
    error: `the environment variable ${name} is not set (add it as a secret and pass it to this job: npm run check says how)`,
  };
}

/** The ledger in `file` (none yet: empty); a file that is not one stops the run before anything is sent. */
function readLedger(file: string): Ledger {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') stopOnLedger(file, `cannot be read (${(error as Error).message})`);
  }
  const parsed = parseLedger(text);
  if ('problem' in parsed) stopOnLedger(file, parsed.problem);
  return parsed.ledger;
}

function stopOnLedger(file: string, problem: string): never {
  console.error(
    `${file} ${problem}; it should record what each channel has received. Nothing was sent: delete it to announce every event again, or name another file with --ledger FILE.`,
  );
  process.exit(1);
}

/** Writes the ledger whole or not at all (a temporary file renamed over it), so a killed run never leaves half of one. */
function writeLedger(file: string, ledger: Ledger) {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(ledger, null, 2)}\n`);
  renameSync(temporary, file);
}

/** The site saved in `dir` before the deploy; none there (nothing was live): a first deploy. */
function readPrevious(dir: string): LiveSite | undefined {
  const previous = readSite(dir)?.site;
  if (!previous) console.log(`${dir}/api/v2/ has no Statuspage documents (nothing was live): ${FIRST_DEPLOY}.`);
  return previous;
}

/** A built site's documents from `dir`, or undefined when it has none (a first deploy). */
function readSite(dir: string): { site: LiveSite; status: StatusJson } | undefined {
  const read = (path: string) => {
    try {
      return JSON.parse(readFileSync(join(dir, path), 'utf8')) as Record<string, unknown>;
    } catch {
      // Missing or unreadable: this site has not published these documents.
      return undefined;
    }
  };
  const [incidents, maintenances, components, status] = LIVE_DOCUMENTS.map(read);
  if (!incidents || !maintenances) return undefined;
  return {
    site: {
      incidents: incidents['incidents'] as LiveSite['incidents'],
      maintenances: maintenances['scheduled_maintenances'] as LiveSite['maintenances'],
      components: (components?.['components'] ?? []) as LiveSite['components'],
    },
    status: (status?.['status'] ?? { indicator: 'none', description: 'All Systems Operational' }) as StatusJson,
  };
}

/** The live site's documents, or undefined when it does not answer with them (said in one line). */
async function fetchSite(): Promise<LiveSite | undefined> {
  const dir = join(process.env['RUNNER_TEMP'] ?? '/tmp', `statusbook-live-${process.pid}`);
  const unread = await saveLive(dir);
  if (!unread) return readSite(dir)?.site;
  console.log(
    `${unread}: taken as ${FIRST_DEPLOY}. To compare with a saved copy instead, pass --previous DIR (saved before a deploy with npm run notify -- --save-live DIR).`,
  );
  return undefined;
}

/** Saves the live site's documents into `dir`; when it does not have them, says which URL failed and why. */
async function saveLive(dir: string): Promise<string | undefined> {
  mkdirSync(join(dir, 'api/v2'), { recursive: true });
  const without: string[] = [];
  for (const [index, path] of LIVE_DOCUMENTS.entries()) {
    const url = new URL(path, liveRoot).href;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(delivery.timeoutMs) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      writeFileSync(join(dir, path), await response.text());
    } catch (error) {
      const why = fetchError(error, delivery.timeoutMs);
      // Without incidents or maintenances there is nothing to compare: the rest need not be asked.
      if (index < 2) return `The live site could not be read (${url}: ${why})`;
      without.push(`${url} (${why})`);
    }
  }
  console.log(`Saved the live site ${liveRoot} into ${dir}/${without.length > 0 ? `, without ${without.join(', ')}` : ''}.`);
  return undefined;
}
